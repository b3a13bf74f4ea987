/**
 * A cited passage as an explanation shows it. The citation's span keeps the article's words and offsets; the
 * text a student reads is repaired only where no other reading is possible: an apostrophe the upload lost
 * ("Russias actions", as the stem already shows it), and a quotation the report forgot to close before its own
 * reporter's clause ("“All told it sets out a path forward, he said."), which otherwise reads as if "he said"
 * were part of the quotation (blind-28, -28b, -32b and -36 sent back a who-said for both slips).
 * A name run into an "s" is a lost possessive only where the report writes the name without it and the name
 * is a country or city, or the report writes its possessive elsewhere: "Hamas leaders", "Texas governor",
 * "Abbas said" and "Filipinos living abroad" are words of their own.
 */
import { CITIES, COUNTRIES, WORLD_CITIES } from '@/lib/extract/lexicon';
import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';
import { restoreApostrophes } from './clean';
import { escapeRegExp } from './text';

/** ", he said." / ", Blinken added." at the very end: the reporter's clause after a quotation. */
const TRAILING_REPORTER = /,(\s+(?:he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(\p{Ll}+)\.)$/u;

/**
 * The passage with lost apostrophes restored and an unclosed quotation closed before its reporter's clause;
 * `body` is the report it comes from, which attests a restored possessive.
 *
 * @example
 * shownCitation('Blinken spoke. “All told it sets out a path forward, he said.'); // → 'Blinken spoke. “All told it sets out a path forward,” he said.'
 * shownCitation('about Russias actions', 'Russia has massed troops. … about Russias actions'); // → 'about Russia’s actions'
 * shownCitation('Hamas leaders met.'); // → 'Hamas leaders met.'
 */
export function shownCitation(text: string, body = text): string {
  return closeBeforeReporter(restoreAttested(text, body));
}

/** restoreApostrophes, keeping each restored possessive only where the report attests it. */
function restoreAttested(text: string, body: string): string {
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

function closeBeforeReporter(text: string): string {
  const open = Math.max(text.lastIndexOf('“'), oddStraightMark(text));
  if (open < 0 || /[”]/.test(text.slice(open + 1))) return text;
  const m = TRAILING_REPORTER.exec(text.slice(open + 1));
  if (!m || !SPEECH_VERBS.has(m[2] ?? '')) return text;
  const close = text[open] === '"' ? '"' : '”';
  return `${text.slice(0, text.length - m[0].length)},${close}${m[1]}`;
}

/** The last straight mark when the marks do not pair up (an opening one left open), else -1. */
function oddStraightMark(text: string): number {
  return (text.match(/"/g) ?? []).length % 2 === 1 ? text.lastIndexOf('"') : -1;
}
