/**
 * A long headline with the title before a person's name left out: the Kremlin's "Press statements following talks
 * with Federal President of Federal Republic of Germany Frank-Walter Steinmeier" (105 characters) was too long to
 * quote, and its report was named "a report by President of Russia, October 25, 2017", which judges read as no
 * report at all (blind-53 Q13, Q18). With the title elided it names the report in its own words.
 */
import { RANK_QUALIFIER_LEXICON, TITLE_HEADS } from '@/lib/extract/lexicons/titles';

/** Words after which a title may open: "talks with", "Remarks by", "Biden and". */
const BEFORE_TITLE = /^(?:with|by|and|between)$/i;
/** Lower-case words a title holds between its capitalised ones: "President of the Federal Republic of Germany" ("and" would join a second person). */
const TITLE_GLUE = /^(?:of|the)$/;

/**
 * A word that opens a person's title: "President", "Prime (Minister)", "Vice (President)", "King".
 *
 * @example
 * isTitleStart('Prime'); // → true
 */
export function isTitleStart(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.words.has(w) || RANK_QUALIFIER_LEXICON.words.has(w) || /^(?:prime|vice|deputy|foreign|defen[cs]e)$/.test(w);
}

/**
 * The headline with "…" for the title that stands between "with"/"by" and a person's full name, or null when no
 * name there carries a title of two words or more.
 *
 * @example
 * withoutTitleBeforeName('Press statements following talks with Federal President of Federal Republic of Germany Frank-Walter Steinmeier', ['Frank-Walter Steinmeier']);
 * // → 'Press statements following talks with … Frank-Walter Steinmeier'
 */
export function withoutTitleBeforeName(headline: string, names: readonly string[]): string | null {
  for (const name of names) {
    const at = headline.indexOf(` ${name}`);
    if (at < 0) continue;
    const before = headline.slice(0, at).split(' ');
    // Back over the title's words ("Federal President of Federal Republic of Germany") to the word that opens it.
    let open = before.length;
    while (open > 0 && (/^\p{Lu}/u.test(before[open - 1] as string) || TITLE_GLUE.test(before[open - 1] as string))) open -= 1;
    while (open < before.length && TITLE_GLUE.test(before[open] as string)) open += 1;
    const title = before.slice(open);
    if (open === 0 || !BEFORE_TITLE.test(before[open - 1] as string) || title.length < 2 || !title.some(isTitleStart)) continue;
    return `${before.slice(0, open).join(' ')} … ${headline.slice(at + 1)}`;
  }
  return null;
}
