const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, carried on from state `h`: fast, dependency-free and stable across runs and machines. */
function fnv1aFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** Two hex digits per byte value: Number#toString(16) and padStart cost more than the hash itself. */
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** An unsigned 32-bit number as eight hex digits, as `h.toString(16).padStart(8, '0')` writes it. */
function hex8(h: number): string {
  return (HEX_BYTE[h >>> 24] as string) + (HEX_BYTE[(h >>> 16) & 255] as string) + (HEX_BYTE[(h >>> 8) & 255] as string) + (HEX_BYTE[h & 255] as string);
}

const HASH_MARK = '#'.charCodeAt(0);
/** The separator stableId hashes between its parts. */
const PART_MARK = 0x241f;

/**
 * An id derived from content, so that re-extracting an unchanged article gives the same ids.
 *
 * @example
 * stableId('quote', '003', 'nato door is open') === stableId('quote', '003', 'nato door is open') // true
 */
export function stableId(...parts: string[]): string {
  // The hash of the parts joined by U+241F, carried on part by part: a cluster's id reads hundreds of ids, never joined.
  let h = FNV_OFFSET;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) h = Math.imul(h ^ PART_MARK, FNV_PRIME) >>> 0;
    h = fnv1aFrom(h, parts[p] as string);
  }
  // The second half hashes `${text}#`: the first hash's state carried on by one character.
  const h2 = Math.imul(h ^ HASH_MARK, FNV_PRIME) >>> 0;
  return `${parts[0] ?? 'x'}-${hex8(h)}${hex8(h2)}`.slice(0, 40);
}

/** "Antony Blinken" → "antony-blinken". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unknown';
}

/** Non-ASCII characters news prose uses that are neither letters nor digits, nor change case. */
const PLAIN_SEPARATORS = new Set([...'“”‘—–…«»\u00a0'].map((ch) => ch.charCodeAt(0)));

/** The general rule; `normalizeWords` takes it whenever the text has other non-ASCII characters. */
function normalizeWordsUnicode(lower: string): string[] {
  return lower.replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Lower case, letters and digits only, apostrophes dropped ("Russia’s" → "russias"): for comparing
 * wordings. A scan by character code for the usual ASCII text (called for every quotation, twice).
 *
 * @example
 * normalizeWords('“NATO’s door is open,” he said.') // ['natos', 'door', 'is', 'open', 'he', 'said']
 */
export function normalizeWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let word = '';
  let from = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) from = i;
      continue;
    }
    if (c >= 128 && c !== 0x2019 && !PLAIN_SEPARATORS.has(c)) return normalizeWordsUnicode(lower);
    if (from >= 0) {
      word = word ? word + lower.slice(from, i) : lower.slice(from, i);
      from = -1;
    }
    if (c === 0x27 || c === 0x2019) continue; // an apostrophe joins the two halves of the word
    if (word) {
      out.push(word);
      word = '';
    }
  }
  if (from >= 0) word = word ? word + lower.slice(from) : lower.slice(from);
  if (word) out.push(word);
  return out;
}

const SPACE = 0x20;

/**
 * `stableId(kind, scope, normalizeWords(text).join(' '))`, hashed while the words are read instead of after
 * building them: every quotation of a library gets its id so, and its words, their list and the joined
 * string were a large share of what extraction allocated. Text with other non-ASCII characters than
 * `normalizeWords` reads plainly takes the general way.
 *
 * @example
 * stableIdOfWords('quote', '003', 'NATO’s door is open.') === stableId('quote', '003', 'natos door is open') // true
 */
export function stableIdOfWords(kind: string, scope: string, text: string): string {
  let h = fnv1aFrom(FNV_OFFSET, kind);
  h = fnv1aFrom(Math.imul(h ^ PART_MARK, FNV_PRIME) >>> 0, scope);
  h = Math.imul(h ^ PART_MARK, FNV_PRIME) >>> 0;
  let inWord = false;
  let needsSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (needsSpace) h = Math.imul(h ^ SPACE, FNV_PRIME) >>> 0;
      needsSpace = false;
      h = Math.imul(h ^ c, FNV_PRIME) >>> 0;
      inWord = true;
      continue;
    }
    if (c >= 128 && c !== 0x2019 && !PLAIN_SEPARATORS.has(c)) return stableId(kind, scope, normalizeWords(text).join(' '));
    // An apostrophe joins the two halves of a word; anything else ends it.
    if (c === 0x27 || c === 0x2019) continue;
    if (inWord) needsSpace = true;
    inWord = false;
  }
  const h2 = Math.imul(h ^ HASH_MARK, FNV_PRIME) >>> 0;
  return `${kind}-${hex8(h)}${hex8(h2)}`.slice(0, 40);
}
