import { COUNTRIES as COUNTRY_LIST, NATIONALITIES } from '../lexicon';

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const COUNTRIES = COUNTRY_LIST;

function titleCase(word: string): string {
  return word.split('-').map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ');
}

/**
 * The country a lower-case word names as a nationality, for every word `word in NATIONALITIES` holds
 * for (inherited keys included, as the `in` test this replaces did), minus the institutions.
 */
const NATION_OF = new Map<string, unknown>(
  [...Object.keys(NATIONALITIES), ...Object.getOwnPropertyNames(Object.prototype)]
    .filter((k) => !['nato', 'eu', 'un', 'kremlin'].includes(k))
    .map((k) => [k, NATIONALITIES[k]]),
);

/**
 * The length and first character of every key either table holds, as `length * 128 + char code` (keys that open on a
 * character outside ASCII never equal an ASCII word): most words of a sentence have no such shape, and are passed
 * over without the lower-case copy and the two look-ups.
 */
const KEY_SHAPES = new Uint8Array(64 * 128);
for (const k of [...NATION_OF.keys(), ...COUNTRIES]) if (k.charCodeAt(0) < 128) KEY_SHAPES[Math.min(k.length, 63) * 128 + k.charCodeAt(0)] = 1;
/** Whether a key of `length` code units opening on ASCII `c` (lower case) may exist; 63 stands for any longer length. */
const hasShape = (length: number, c: number) => KEY_SHAPES[Math.min(length, 63) * 128 + c] === 1;

/** A country's name as written, from its key: "united-states" → "United States" (made once per country, not per mention). */
const COUNTRY_NAMES = new Map([...COUNTRIES].map((k) => [k, titleCase(k)]));

/** Whether the ASCII word text[start, end) could be a key of either table, itself or without its closing full stops. */
function hasKeyShape(text: string, start: number, end: number): boolean {
  let c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) c += 32;
  if (hasShape(end - start, c)) return true;
  let stripped = end;
  while (stripped > start && text.charCodeAt(stripped - 1) === 46) stripped--;
  return stripped < end && stripped > start && hasShape(stripped - start, c);
}

const LETTER_RE = /^\p{L}$/u;
/** \p{L} per BMP code unit, filled on first sight: 0 unknown, 1 letter, 2 not. */
const letterClass = new Uint8Array(0x10000);

/** Code units of the [\p{L}.] code point at i, or 0 when the character there separates words (as a /u regex reads it). */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = letterClass[c] as number;
  if (k === 0) {
    k = LETTER_RE.test(text[i] as string) ? 1 : 2;
    letterClass[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/** Countries named or implied (by a nationality) in the words of the text: runs of letters and dots. */
export function countriesIn(text: string): string[] {
  const out = new Set<string>();
  let i = 0;
  while (i < text.length) {
    let w = wordCharWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let isAscii = true;
    do {
      if (text.charCodeAt(i) >= 128) isAscii = false;
      i += w;
    } while (i < text.length && (w = wordCharWidth(text, i)) > 0);
    // A word outside ASCII may change length when lower-cased ("İ"): it is looked up as before.
    if (isAscii && !hasKeyShape(text, start, i)) continue;
    let lower = text.slice(start, i).toLowerCase();
    let nation = NATION_OF.get(lower);
    // "… with representatives of France and Germany.": the full stop ends the sentence, not an abbreviation.
    if (nation === undefined && !COUNTRIES.has(lower) && lower.endsWith('.')) {
      lower = lower.replace(/\.+$/, '');
      nation = NATION_OF.get(lower);
    }
    if (nation !== undefined) out.add(nation as string);
    else if (COUNTRIES.has(lower)) out.add(COUNTRY_NAMES.get(lower) as string);
  }
  return [...out];
}

