/** FNV-1a over UTF-16 code units: fast, dependency-free and stable across runs and machines. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * An id derived from content, so that re-extracting an unchanged article gives the same ids.
 *
 * @example
 * stableId('quote', '003', 'nato door is open') === stableId('quote', '003', 'nato door is open') // true
 */
export function stableId(...parts: string[]): string {
  const text = parts.join('\u241f');
  return `${parts[0] ?? 'x'}-${fnv1a(text)}${fnv1a(`${text}#`)}`.slice(0, 40);
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

/** Lower case, letters and digits only: for comparing wordings. */
export function normalizeWords(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
