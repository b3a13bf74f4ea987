/** Who-said options: an answer that stands alone among the choices by its side. */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sameCamp, sideOf } from './sides';
import { pickPeople } from './pick-people';
import { isHeadThen } from './head-scene';
import { ofTheSameEra } from './peer-era';

/** Choices a who-said question shows at most: the answer and three others. */
const MAX_OPTIONS = 3;

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

/**
 * A head's words offered only beside people of other sides, with room for one more: a head of the speaker's own state
 * of the same year makes the choice one of sides no more (al-Maliki beside Bush and Zoellick for Talabani's “we are
 * determined to meet benchmarks”, full-r15). `eligible` is the question's own test of an option.
 *
 * @example
 * withOwnSideHead(ctx, q, talabani, [bush, zoellick], excluded, eligible); // → [bush, zoellick, maliki]
 */
export function withOwnSideHead(ctx: GenerateContext, q: Quote, speaker: Person, picks: Person[], excluded: Set<string>, eligible: (p: Person) => boolean): Person[] {
  const own = sideOf(ctx, speaker);
  if (!own || !isHeadThen(ctx, speaker) || picks.length >= MAX_OPTIONS || picks.some((p) => sideOf(ctx, p) === own)) return picks;
  const taken = new Set([...excluded, ...picks.map((p) => p.id)]);
  const mate = (p: Person) => isHeadThen(ctx, p) && sideOf(ctx, p) === own && ofTheSameEra(ctx, q.articleId, p.id, 0, 0) && eligible(p);
  return [...picks, ...pickPeople(ctx, speaker, taken, 1, `${ctx.seed}|own-head|${q.id}`, undefined, mate)];
}

