/**
 * A spokesperson's statement or readout handed over by its lead-in ("A Downing Street spokesman said:", "Press
 * Secretary Ana Ruiz provided the following statement:") tells what was done in the third person ("The leaders
 * welcomed …"), so it cannot be told by its first person as a speech is. It runs to the body's end when nothing
 * after the lead-in is the reporter's: no verb reporting speech, no marks, no other lead-in.
 */
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/**
 * A lead-in whose speaker speaks for an office, or whose object is the text issued ("provided the following statement");
 * not a medium ("said in a statement:"), which a news story's own paragraphs may follow.
 */
const STATEMENT_LEAD = /\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary)\b|(?<!\bin )\b(?:the following|this|a|an|his|her|its|their) (?:[\p{L}-]+ )?(?:statement|readout)$/u;
/** What a reporter's paragraph has and a statement's lacks: a verb reporting speech, marks, a colon handing over. */
const REPORTED = /\b(?:said|says|told|tells|added|adds|according to|stated|noted|explained|quoted)\b|[“”"]|:\s*$/;
/** A statement is a few paragraphs: a longer tail is an article going on. */
const MAX_PARAGRAPHS = 6;
/** A line of page furniture after a statement: a few capitalised words or numbers ("Published 4 March 2017"). */
const FURNITURE_WORDS = 8;

/** Whether a turn's label hands over a spokesperson's statement or a readout. */
export function isStatementLead(label: SpeakerLabel): boolean {
  return label.isIntro === true && label.needsFirstPerson === true && STATEMENT_LEAD.test(label.text);
}

/**
 * Whether paragraph p and every paragraph after it are the statement's: plain prose no reporter's words interrupt,
 * to the body's end (page furniture aside), at most a few paragraphs.
 *
 * @example
 * // 'A spokesman said:' then 'The leaders met.' and 'They agreed on aid.' → true for both paragraphs
 */
export function runsToEnd(body: string, paragraphs: Paragraph[], p: Paragraph): boolean {
  const rest = paragraphs.slice(p.index).filter((x) => !x.isJunk && !isFurniture(body.slice(x.start, x.end)));
  if (rest.length === 0 || rest.length > MAX_PARAGRAPHS || rest[0] !== p) return false;
  return rest.every((x) => !REPORTED.test(body.slice(x.start, x.end)));
}

function isFurniture(line: string): boolean {
  return line.split(/\s+/).length <= FURNITURE_WORDS && !/(?<![\p{L}'’-])\p{Ll}/u.test(line);
}
