/**
 * "In a Tokyo meeting with Japanese Prime Minister Shinzo Abe today, Defense Secretary Jim Mattis …" and, below, the
 * photo's "Jim Mattis speaks with Shinzo Abe … in Tokyo, Feb. 3, 2017": one meeting told twice, with the same two people
 * (or more) in the same town on the same day. The first telling that gives a time is kept, with the people the other adds.
 */
import { withoutDropped } from './merge';
import type { Pending } from './types';

/**
 * Drops a meeting that an earlier one in the same town retells: two of the people (`isPerson`) both name, neither a
 * call, the same standing (both ahead or both held), and no two calendar dates that differ. Returns the meetings left, in order.
 *
 * @example
 * // [talks Tokyo "today" (Abe, Mattis), talks Tokyo "Feb. 3, 2017" (Mattis, Abe, Inada)], both dated 2017-02-03
 * // → [talks Tokyo "today" (Abe, Mattis, Inada)]; [talks Moscow (no time), talks Moscow "Friday"] → [the second]
 */
export function joinSamePeople(out: Pending[], isPerson: (name: string) => boolean): Pending[] {
  const drop = new Set<Pending>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as Pending;
    if (drop.has(m) || !isHeldInTown(m)) continue;
    const people = m.participants.filter(isPerson);
    if (people.length < 2) continue;
    for (const u of out.slice(i + 1)) {
      if (drop.has(u) || u.place !== m.place || !isHeldInTown(u) || Boolean(u.future) !== Boolean(m.future)) continue;
      // "met with Prime Minister A, Defence Minister B and …": one sentence's meetings are one per counterpart, told once each.
      if (u.sentence.start === m.sentence.start || !hasSameCounterpart(m, u)) continue;
      if (m.date && u.date && m.date !== u.date) continue;
      if (m.when && u.when && !(m.date && u.date)) continue;
      if (u.participants.filter((p) => isPerson(p) && people.some((q) => sameName(p, q))).length < 2) continue;
      // The telling that gives the time is kept, so that the sentence it is cited from shows it.
      const [kept, gone] = m.when === null && u.when !== null ? [u, m] : [m, u];
      for (const x of gone.participants) if (!kept.participants.some((p) => sameName(p, x))) kept.participants.push(x);
      drop.add(gone);
      if (gone === m) break;
    }
  }
  return withoutDropped(out, drop);
}

/** Talks between people, in a town: a summit, a press conference or a call is another event than the talks held at it. */
const isHeldInTown = (m: Pending) => m.place !== null && m.place !== 'virtual' && (m.type === 'talks' || m.type === 'meeting') && !m.isPress;
/** Whether two tellings name counterparts, and the same one: meetings of a trip, one per counterpart, are each their own. */
const hasSameCounterpart = (m: Pending, u: Pending) => {
  const a = m.counterparts ?? [];
  const b = u.counterparts ?? [];
  return a.length === 0 || b.length === 0 || a.some((p) => b.some((q) => sameName(p, q)));
};
/** "Barack Obama" and "Obama": one person, by the last word of the name. */
const sameName = (a: string, b: string) => (a.split(/\s+/).at(-1) ?? a) === (b.split(/\s+/).at(-1) ?? b);
