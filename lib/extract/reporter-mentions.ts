/**
 * Where a report names its own reporter rather than someone it quotes or tells of: "VOA's Jim Teeple reports
 * …", "Lisa McAdams has this report", "Reporting by Ana Ruiz", "By Ana Ruiz" on a line of its own, "Ana
 * Ruiz, VOA News", "Ana Ruiz, Washington File Staff Writer", and a caption's photographer ("REUTERS/Kevin
 * Lamarque", "(AP Photo/Jo Lee)", "DOD photo by Sgt. Jo Lee"). Read on the text around a name, so that the people index can give whoever is only
 * ever named so the role "reporter": a who-said question never offers them as a speaker.
 */
const AFTER_NAME = /^(?:\s+(?:reports|reported from|is reporting|has (?:more|this report|the story))\b|,\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}News\s*(?:[.,;]|$)|,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Staff\s+)?(?:Writer|Correspondent|Reporter)\b)/u;
/** "Reporting by", "Editing by", a line opening "By", and the second name of "By Ana Ruiz and Li Wei". */
const BEFORE_NAME = /(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting) by|(?:^|\n)[ \t]*By)\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:in \p{Lu}\p{L}*\s+)?and\s+)?$/u;

/** A wire photo credit right before the photographer's name: "REUTERS/", "AP Photo/", "(AFP/". */
const CREDIT_BEFORE_NAME = /\b(?:REUTERS|Reuters|AP|AFP|EPA|Xinhua|Bloomberg)(?: Photo)?\/$/;

/**
 * A credit line's photographer: "DOD photo by U.S. Marine Corps Sgt. Aaron Hostutler", "(Photo courtesy of Ana
 * Ruiz)", "Photo: Ana Ruiz", "Photographer: Ana Ruiz". A name a report gives only under a picture is no one it
 * tells of (blind-35 offered a DoD photographer as a speaker). The rank and service between the credit and the
 * name are capitalised words ("U.S. Marine Corps Sgt.").
 */
const PHOTO_CREDIT_BEFORE_NAME = /\b(?:(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage|[Vv]ideo|[Ff]ootage)\s+(?:by|BY|courtesy(?:\s+of)?)|(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]hoto [Cc]redit|[Ii]mage [Cc]redit|[Pp]hotographer)\s*:)\s+(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){0,6}$/u;

/**
 * A transcript's question line where the reporter says who they are: "Q    Michelle Kelemen with NPR.", "QUESTION:
 * Hi, Jo Lee from Reuters." The outlet after the name tells it from a question that opens by addressing someone
 * ("Q    Secretary Kerry, you said …"). blind-51 offered NPR's reporter as a speaker.
 */
const QUESTION_LABEL_BEFORE_NAME = /(?:^|\n)[ \t]*(?:Q|QUESTION)\s*[:.]?\s+(?:(?:Hi|Hello|Yes|Thanks?(?: you)?)[,.!]?\s+)?$/u;
const OUTLET_AFTER_NAME = /^\s+(?:with|from)\s+(?:the\s+)?[\p{Lu}\d]/u;

/** The role the people index gives someone named only as the report's reporter. */
export const REPORTER = 'reporter';

/**
 * Whether the name at body[start, end) is written as the report's reporter.
 *
 * @example
 * isReporterName("VOA's Jim Teeple reports talks went on.", 6, 16) // → true
 * isReporterName('Jim Teeple said talks went on.', 0, 10) // → false
 */
export function isReporterName(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 60), start);
  const after = body.slice(end, end + 40);
  if (QUESTION_LABEL_BEFORE_NAME.test(before) && OUTLET_AFTER_NAME.test(after)) return true;
  return AFTER_NAME.test(after) || BEFORE_NAME.test(before) || CREDIT_BEFORE_NAME.test(before) || PHOTO_CREDIT_BEFORE_NAME.test(before);
}
