/** The word tokens of a body: the tokenizer every stage of extraction reads, and lookups over its sorted output. */
import { lowerBound } from './sorted';

/** A word of the body with its offsets; `possessive` when written "Blinken’s". */
export interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  possessive: boolean;
  /** Followed directly by a period ("Mr.", "C."). */
  dotted: boolean;
}

/**
 * A word is one \p{L}\p{N} code point, then any of \p{L}\p{N}\p{M}'’- (as a /u regex would read it).
 * Character classes per UTF-16 code unit of the BMP, filled on first sight (0 = not yet known):
 * bit 1 = may start a word, bit 2 = may continue one, bit 4 = known.
 * A table instead of running the Unicode regex per word: tokenizing is the hottest loop of extraction.
 */
const WORD_START = 1;
const WORD_PART = 2;
const KNOWN = 4;
const charClass = new Uint8Array(0x10000);
const START_RE = /^[\p{L}\p{N}]$/u;
const PART_RE = /^[\p{L}\p{N}\p{M}'’\-]$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (START_RE.test(ch) ? WORD_START : 0) | (PART_RE.test(ch) ? WORD_PART : 0);
}

/** The class bits of the code point at i of body (surrogate pairs read as one code point, like /u). */
function classAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  let k = charClass[c] as number;
  if (k === 0) {
    k = classify(c);
    charClass[c] = k;
  }
  return k;
}

/** Code units taken by the code point at i (2 for a surrogate pair). */
function widthAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The classes of the ASCII characters, looked up without a call. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classify(c));
const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;

/**
 * Splits the body into word tokens, remembering possessives and following periods. A word may run
 * past `to` and is then cut there.
 */
export function tokenize(body: string, from = 0, to = body.length): Token[] {
  const out: Token[] = [];
  const n = body.length;
  let i = from;
  while (i < n) {
    // Skip to the next word start; none before `to` means no more tokens.
    const c = body.charCodeAt(i);
    if (c < 128 ? !((ASCII_CLASS[c] as number) & WORD_START) : !(classAt(body, i) & WORD_START)) {
      i += c < 128 ? 1 : widthAt(body, i);
      continue;
    }
    if (i >= to) break;
    const start = i;
    // Plain lower-case ASCII words (most of them) are their own lower case: no toLowerCase call.
    let plain = c >= 97 && c <= 122;
    i += c < 128 ? 1 : widthAt(body, i);
    while (i < n) {
      const d = body.charCodeAt(i);
      if (d < 128) {
        if (!((ASCII_CLASS[d] as number) & WORD_PART)) break;
        if (d >= 65 && d <= 90) plain = false;
        i++;
      } else {
        if (!(classAt(body, i) & WORD_PART)) break;
        plain = false;
        i += widthAt(body, i);
      }
    }
    const end = Math.min(i, to);
    // The word's end found in the body and the word sliced once: a one-letter word read at `len - 2` of its
    // own slice was an out-of-bounds read, and each trimmed ending was a second slice.
    let wordEnd = end;
    let possessive = false;
    const lastC = body.charCodeAt(end - 1);
    if (lastC === 0x73 /* s */ && end - start > 2 && (body.charCodeAt(end - 2) === APOS || body.charCodeAt(end - 2) === RSQUO)) {
      possessive = true;
      wordEnd = end - 2;
    } else if (lastC === APOS || lastC === RSQUO) {
      wordEnd = end - 1;
    }
    if (body.charCodeAt(wordEnd - 1) === HYPHEN) {
      wordEnd--;
      while (wordEnd > start && body.charCodeAt(wordEnd - 1) === HYPHEN) wordEnd--;
    }
    const word = body.slice(start, wordEnd);
    out.push({ start, end, word, lower: plain ? word : word.toLowerCase(), possessive, dotted: end < n && body.charCodeAt(end) === PERIOD });
  }
  return out;
}

/** Index of the first token of a sorted token list starting at or after pos, by binary search. */
export function firstTokenFrom(tokens: Token[], pos: number): number {
  return lowerBound(tokens, pos, (t) => t.start);
}

/** The tokens inside [a, b) of a sorted token list. */
export function tokensIn(tokens: Token[], a: number, b: number): Token[] {
  const lo = firstTokenFrom(tokens, a);
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as Token).start < b; i++) out.push(tokens[i] as Token);
  return out;
}
