/**
 * Words written in capitals, as a page's label or dateline writes them, in the case running text gives them:
 * "PRICE" → "Price", "JEAN-PIERRE" → "Jean-Pierre", "NEW YORK" → "New York".
 *
 * @example
 * titleCase('JEAN-PIERRE'); // → 'Jean-Pierre'
 */
export function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
