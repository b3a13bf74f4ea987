/** Who-said options: an answer that stands alone among the choices by its side. */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sameCamp, sideOf } from './sides';

/** How many choices of one other side leave the answer alone among them: two of three. */
const MIN_OF_ONE_SIDE = 2;

/**
 * The answer the one choice of its side gives itself away: Talabani's “we are suffering from some problems … we are
 * determined to meet benchmarks” beside Bush, Gates and Rice is plainly the Iraqi's (full-r15). When two or more
 * options are of one other side, not the speaker's camp, and none is of the speaker's side, the words are left unasked.
 *
 * @example
 * unlessLoneSide(ctx, talabani, [bush, gates, rice]); // → [] when Gates and Rice are of the US and none is Iraqi
 */
export function unlessLoneSide(ctx: GenerateContext, speaker: Person, picks: Person[]): Person[] {
  const own = sideOf(ctx, speaker);
  if (!own) return picks;
  if (picks.some((p) => sideOf(ctx, p) === own)) return picks;
  // An ally's people stand closer: NATO's secretary general beside two US secretaries is no lone one.
  const counts = new Map<string, number>();
  for (const p of picks) {
    const side = sideOf(ctx, p);
    if (side && !sameCamp(ctx, speaker, p)) counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  return [...counts.values()].some((n) => n >= MIN_OF_ONE_SIDE) ? [] : picks;
}
