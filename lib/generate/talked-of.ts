/**
 * Who-said options: someone a meeting's report only talks of. The report of two sides' talks shows its parties at
 * work (quoted, meeting, in the headline); a person it names in passing, of a side none of them is of, had no part in
 * the talks: the UN's Libya envoy, named in a Putin–Merkel news conference, offered for Merkel's words on Nord Stream
 * (blind-49).
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { presentAt } from './present-heads';
import { reportedVoices } from './reported-voices';
import { sideOf } from './sides';
import { namedIn } from './story';

/** Sides a report must show at work before a name of another side reads as one it only talks of. */
const MIN_PRESENT_SIDES = 2;

/**
 * Whether the report names the person only in passing while its parties, of at least two known sides, are at work
 * in it, and the person is of none of those sides.
 *
 * @example
 * isOnlyTalkedOfHere(ctx, salame, 'putin-merkel-2020'); // → true: the report quotes Putin and Merkel, he is the UN's
 */
export function isOnlyTalkedOfHere(ctx: GenerateContext, p: Person, articleId: string): boolean {
  if (!namedIn(ctx, articleId).has(p.id)) return false;
  const present = presentAt(ctx, articleId);
  if (present.has(p.id) || reportedVoices(ctx, articleId).has(p.id)) return false;
  const side = sideOf(ctx, p);
  if (!side) return false;
  const sides = new Set<string>();
  for (const id of present) {
    const other = ctx.people.byId.get(id);
    const theirs = other ? sideOf(ctx, other) : null;
    if (theirs) sides.add(theirs);
  }
  return sides.size >= MIN_PRESENT_SIDES && !sides.has(side);
}
