/** How questions name an outlet: the name people know it by, without a store's notes on where the copy came from. */

/**
 * The outlet as people know it: "U.S. Department of Defense (archived via webharvest.gov)" is the
 * U.S. Department of Defense; "The Conversation (republished on …)" is The Conversation.
 *
 * @example
 * outletName('GOV.UK (Foreign and Commonwealth Office), via government-world.com'); // → 'GOV.UK'
 */
export function outletName(outlet: string | null | undefined): string | null {
  const o = (outlet ?? '').replace(/\s*\([^)]*\)/g, '').replace(/\s*[,;]\s*(?:via|republished|archived)\b.*$/i, '').replace(/\s+/g, ' ').trim();
  return o || null;
}

/** Sites whose own name is an office: en.kremlin.ru calls itself "President of Russia", which in "a report by President of Russia" reads as a person (blind-53). */
const KNOWN_AS: Readonly<Record<string, string>> = { 'President of Russia': 'the Kremlin' };

/**
 * The outlet as a label names it: its name, or the name readers know the site by.
 *
 * @example
 * labelOutlet('President of Russia (en.kremlin.ru)'); // → 'the Kremlin'
 */
export function labelOutlet(outlet: string | null | undefined): string | null {
  const name = outletName(outlet);
  return name ? (KNOWN_AS[name] ?? name) : null;
}

/**
 * Nouns that head the name of an office, a force or a body: such a name takes "the" in running text ("the White
 * House", "the U.S. Department of State", "the Royal Air Force", "the Court of Appeal"); a name of its own ("AFP",
 * "Voice of America", "Wikinews", "DoD News") takes none (Quirk et al. 1985, 5.34–5.40: institutional names with a
 * common-noun head take the definite article).
 */
const INSTITUTION_HEAD = /\b(?:House|Kremlin|Pentagon|Department|Ministry|Office|Service|Council|Commission|Secretariat|Embassy|Consulate|Mission|Army|Navy|Air\s+Force|Marine\s+Corps|Corps|Guard|Command|Survey|Parliament|Court|Cent(?:er|re)s?|Agency|Bureau|Administration|Institute|Committee|Assembly|Senate|Congress|Government|Presidency|Treasury|Board|Authority|Executive|Cabinet)\b/;

/** What a body issues, written after its name when the store names the document rather than the body: "10 Downing Street press release". */
const DOCUMENT_KIND = /\s+((?:news\s+|press\s+|media\s+)?(?:release|transcript|statement|readout|note|speech|feature|briefing|story))$/i;

/** Plural records a body keeps: "the White House archives". */
const RECORDS = /\s+(?:archives|readouts|records|papers)$/i;

/**
 * The outlet as it reads after "According to" or "by": an office takes "the" ("the White House", which a title's
 * capital "The" becomes mid-sentence), a document of one takes "a" ("a 10 Downing Street press release", "a U.S.
 * Department of Defense news transcript"), a name of its own none ("Voice of America").
 *
 * @example
 * outletPhrase('White House'); // → 'the White House'
 * outletPhrase('10 Downing Street press release'); // → 'a 10 Downing Street press release'
 */
export function outletPhrase(outlet: string): string {
  // "Kremlin.ru" is the Kremlin's site: read as the office it is.
  // "U.S. Department of State, transcript": a store's note of the document kind reads as the document.
  const name = outlet.replace(/\s+via\s.*$/i, '').replace(/\.(?:ru|com|org|net|gov)$/i, '').replace(/,\s+(?=(?:news\s+|press\s+|media\s+)?(?:release|transcript|statement|readout|note|speech|feature|briefing|story)$)/i, ' ').trim();
  if (DOCUMENT_KIND.test(name)) {
    const body = name.replace(/^The\s+/, '');
    return `${/^[AEIO]/.test(body) ? 'an' : 'a'} ${body}`;
  }
  if (/^the\s/i.test(name)) return name.replace(/^The\s/, 'the ');
  return INSTITUTION_HEAD.test(name) || RECORDS.test(name) ? `the ${name}` : name;
}

/**
 * A report named by its outlet: "a report by the White House"; a document the outlet names is the report itself
 * ("a Foreign and Commonwealth Office transcript", never "a report by Foreign and Commonwealth Office transcript").
 *
 * @example
 * reportByOutlet('U.S. Department of Defense'); // → 'a report by the U.S. Department of Defense'
 */
export function reportByOutlet(outlet: string): string {
  const phrase = outletPhrase(outlet);
  return /^an?\s/.test(phrase) ? phrase : `a report by ${phrase}`;
}
