import { withinOneEdit } from '@/lib/text/within-one-edit';
import type { Mention } from './mentions';

/**
 * How two spellings of a name compare: first names of one person (Tony/Antony), nicknames, the surname
 * behind a suffix ("Lloyd J. Austin III") and slips of the pen ("Rassumen" for Rasmussen). Read by
 * the people index as it merges sightings and by its conflict report.
 */

/** Tony/Antony, Sergey/Sergei, J./John: first names that can belong to one person. */
export function compatibleFirst(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  if (x.length >= 3 && y.length >= 3 && (x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x))) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x.length >= 4 && withinOneEdit(x, y);
}

/** Nickname or initial: not a spelling disagreement worth reporting. */
export function isNickname(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x);
}

/** "Jr", "III": what may follow a surname; the surname is the word before it ("Lloyd J. Austin III" → austin). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
export const lastTokenOf = (n: string) => {
  const words = n.split(' ');
  const last = words.length > 2 && NAME_SUFFIX.test(words[words.length - 1] as string) ? words[words.length - 2] : words[words.length - 1];
  return (last ?? '').toLowerCase();
};
export const suffixOf = (n: string): string | null => {
  const last = n.split(' ').pop() ?? '';
  return NAME_SUFFIX.test(last) ? last.toLowerCase().replace(/\.$/, '') : null;
};
export const firstTokenOf = (n: string) => (n.split(' ')[0] ?? '').toLowerCase();
/** The name as written; a lone word (most sightings) is itself, without a join. */
export const writtenName = (m: Mention) => (m.name.length === 1 ? (m.name[0] as string) : m.name.join(' '));

/**
 * Whether `word` reads as a misspelling of the surname `last`. A slip keeps the first letter: "Price" is not
 * "Rice" (another name, one letter apart). Within the article, where the person has just been named, letters
 * swapped with one dropped or doubled ("Rassumen" for Rasmussen) are a slip too when the first two letters
 * hold; across the library only one edit is.
 */
export function isSlipOf(last: string, word: string, isLocal: boolean): boolean {
  if (last[0] !== word[0]) return false;
  if (withinOneEdit(last, word)) return true;
  return isLocal && word.length >= 6 && last[1] === word[1] && Math.abs(last.length - word.length) <= 1 && lettersApart(last, word) <= 1;
}

/** How many letters one word has that the other lacks, counted on the side with more ("rasmussen"/"rassumen" → 1). */
function lettersApart(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
  let extraA = 0;
  let extraB = 0;
  for (const n of counts.values()) {
    if (n > 0) extraA += n;
    else extraB -= n;
  }
  return Math.max(extraA, extraB);
}
