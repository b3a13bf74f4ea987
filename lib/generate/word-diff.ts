/**
 * Where two versions of a quotation differ, word by word: the changed words a source check can ask
 * about ("working for a good solution" against "working toward a peaceful solution").
 */
import { normalise } from './text';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'we', 'i', 'it', 'is', 'are', 'be', 'has', 'have', 'had', 'he', 's', 'that', 'this', 'not', 'toward', 'towards']);

export interface ChangedWords {
  /** The quotation as the asked version writes it, with the changed words blanked. */
  blanked: string;
  /** The changed words in the asked version, and in the other. */
  mine: string;
  theirs: string;
}

/** Index pairs of a longest common subsequence of two token lists. */
function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = dp[i] as number[];
      row[j] = a[i] === b[j] ? (dp[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(dp[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if ((dp[i + 1]?.[j] ?? 0) >= (dp[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

const strip = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The first place where the two versions put different words of substance (not "for" against
 * "toward"), each side at most four words; null when they differ only in small words or everywhere.
 *
 * @example
 * changedWords('working for a good solution', 'working toward a peaceful solution');
 * // → { blanked: 'working for a _____ solution', mine: 'good', theirs: 'peaceful' }
 */
export function changedWords(mine: string, theirs: string): ChangedWords | null {
  // Dashes written with or without spaces ("solution – de-escalation –", "solution—de-escalation—") are their own tokens.
  const tokens = (x: string) => x.replace(/\s*([–—])\s*/g, ' $1 ').trim().split(/\s+/);
  const a = tokens(mine);
  const b = tokens(theirs);
  const na = a.map((w) => normalise(w));
  const nb = b.map((w) => normalise(w));
  const pairs = lcsPairs(na, nb);
  // Versions that share less than half their words are two paraphrases, not a changed word.
  if (pairs.length < Math.min(a.length, b.length) / 2) return null;
  const anchors: [number, number][] = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [ai, bi] = anchors[k] as [number, number];
    const [aj, bj] = anchors[k + 1] as [number, number];
    const segA = a.slice(ai + 1, aj);
    const segB = b.slice(bi + 1, bj);
    if (!segA.length || !segB.length || segA.length > 4 || segB.length > 4) continue;
    const substantive = (seg: string[]) => seg.some((w) => normalise(w).length >= 3 && !STOP.has(normalise(w)));
    if (!substantive(segA) || !substantive(segB)) continue;
    const mineWords = strip(segA.join(' '));
    const theirWords = strip(segB.join(' '));
    if (!mineWords || !theirWords || normalise(mineWords) === normalise(theirWords)) continue;
    // "prepared" against "preparing": the same word in another form is no change of substance.
    if (segA.length === 1 && segB.length === 1 && normalise(mineWords).slice(0, 5) === normalise(theirWords).slice(0, 5)) continue;
    const joined = segA.join(' ');
    const lead = /^[^\p{L}\p{N}]*/u.exec(joined)?.[0] ?? '';
    const trail = /[^\p{L}\p{N}]*$/u.exec(joined)?.[0] ?? '';
    const blanked = [...a.slice(0, ai + 1), `${lead}_____${trail}`, ...a.slice(aj)].join(' ').replace(/ ([–—]) /g, (m, d: string) => (mine.includes(m) ? m : d));
    return { blanked, mine: mineWords, theirs: theirWords };
  }
  return null;
}

/** Words that turn what is said around: negation, certainty, obligation. */
const POLARITY = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'without', 'cannot', 'can’t', "can't", 'won’t', "won't", 'will', 'would', 'may', 'might', 'must', 'should', 'could', 'can', 'all', 'any', 'only', 'more', 'less', 'fewer', 'most', 'least']);

/**
 * Whether two versions of the changed words say different things, not the same thing in other words:
 * a name, a number or a negation or modal changed ("will" against "may"), or a word turned into its
 * opposite ("acceptable" against "unacceptable"). "idea" against "clue", "good" against "peaceful" is a
 * rewrite's synonym: no source check is worth spending on it.
 *
 * @example
 * changesMeaning('idea', 'clue'); // → false
 * changesMeaning('will', 'may'); // → true
 * changesMeaning('Tuesday', 'Wednesday'); // → true
 */
export function changesMeaning(mine: string, theirs: string): boolean {
  const words = (x: string) => x.split(/\s+/).map((w) => strip(w)).filter(Boolean);
  const a = words(mine);
  const b = words(theirs);
  if ([...a, ...b].some((w) => /\p{N}/u.test(w) || /^\p{Lu}/u.test(w))) return true;
  const pol = (ws: string[]) => ws.map((w) => normalise(w)).filter((w) => POLARITY.has(w)).sort().join(' ');
  if (pol(a) !== pol(b)) return true;
  const opposite = (x: string, y: string) => /^(?:un|in|im|il|ir|dis|non)/.test(x) && x.replace(/^(?:un|in|im|il|ir|dis|non)-?/, '') === y;
  return a.some((x) => b.some((y) => opposite(normalise(x), normalise(y)) || opposite(normalise(y), normalise(x))));
}
