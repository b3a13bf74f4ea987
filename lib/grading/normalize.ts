/**
 * Folds text for comparing typed answers: case, accents, punctuation and spacing never decide a grade.
 * Apostrophes join ("O’Brien" → "obrien"); every other mark becomes a space.
 *
 * @example
 * foldText('  Jean-Yves  Le Drian! ') // 'jean yves le drian'
 * foldText('Genève') // 'geneve'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Courtesy titles say nothing about who is meant: "Mr Blinken" and "Blinken" are one answer.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'the']);

/**
 * The folded text without leading courtesy titles, and without spaces, so "Le Drian" and "LeDrian" meet.
 *
 * @example
 * nameKey('Mr. Blinken') // 'blinken'
 */
export function nameKey(text: string): string {
  const words = foldText(text).split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join('');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), stopping early once it
 * exceeds `limit`: graders only ask "is it within one slip?".
 *
 * @example
 * editDistance('stoltenburg', 'stoltenberg') // 1
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
