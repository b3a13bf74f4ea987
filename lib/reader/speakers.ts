/** How many speaker styles the reader cycles through (colour and underline style, so colour is never alone). */
export const SPEAKER_STYLE_COUNT = 6;

/**
 * A style number per speaker, in order of first appearance, so the same person keeps one colour across
 * an article. Quotations without a known speaker get -1 (a neutral style).
 *
 * @example
 * speakerStyles(['blinken', null, 'lavrov', 'blinken']) // Map { 'blinken' => 0, 'lavrov' => 1 }
 */
export function speakerStyles(speakerKeys: readonly (string | null)[]): Map<string, number> {
  const styles = new Map<string, number>();
  for (const key of speakerKeys) if (key !== null && !styles.has(key)) styles.set(key, styles.size % SPEAKER_STYLE_COUNT);
  return styles;
}

/**
 * The short name a reader knows a person by: the alias that ends their full name ("Le Drian" for
 * Jean-Yves Le Drian), else an alias that is one word of it ("Wang" for Wang Yi), else its last word.
 *
 * @example
 * shortName('Jean-Yves Le Drian', ['Le Drian']) // 'Le Drian'
 * shortName('Wang Yi', ['Wang'])                 // 'Wang'
 * shortName('Ned Price', [])                     // 'Price'
 */
export function shortName(name: string, aliases: readonly string[]): string {
  const words = name.trim().split(/\s+/);
  const suffixes = aliases.filter((a) => a.length < name.length && name.endsWith(` ${a}`));
  if (suffixes.length) return suffixes.reduce((a, b) => (a.length <= b.length ? a : b));
  return aliases.find((a) => words.length > 1 && words.includes(a)) ?? words.at(-1) ?? name;
}
