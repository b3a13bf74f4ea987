/**
 * Whether two strings are at most one insertion, deletion or substitution apart (a Levenshtein distance of
 * at most 1), without building the distance table: names one slip apart ("Blinker", "Blinken").
 *
 * @example
 * withinOneEdit('blinker', 'blinken') // true
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return true; // equal, or a is b plus one final character
  // First difference at i: substitute (same length) or delete from the longer one.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
