/**
 * "held in Beijing: the Third Belt and Road Forum for International Cooperation" and, in a quoted welcome, "the Belt and
 * Road Forum": one gathering told by its name twice, once placed. The unplaced mention joins the placed one.
 */
import { isShorterName } from './document';
import { withoutDropped } from './merge';
import type { Pending } from './types';

/** A gathering's own name: capitalised, with its noun ("U.S.-India Strategic Security Dialogue", "Belt and Road Forum for …"). */
const GATHERING_NAME = /^\p{Lu}.*\b(?:Summit|Conference|Forum|Dialogue|Council|Assembly)\b/u;

/**
 * Drops each unplaced mention of a gathering that a placed one of the article names the same (the same words, in order,
 * two or more), with no time of its own or the placed one's; the placed one keeps its people. Returns the meetings left, in order.
 *
 * @example
 * // [Forum "Third Belt and Road Forum for International Cooperation" Beijing, Forum "Road Forum" unplaced] → [the first]
 */
export function joinSameName(out: Pending[]): Pending[] {
  const drop = unplacedRetellings(out);
  const placed = out.filter((m) => m.place !== null && m.place !== 'virtual' && GATHERING_NAME.test(m.what));
  if (placed.length === 0) return withoutDropped(out, drop);
  for (const m of out) {
    if (drop.has(m) || m.place !== null || !GATHERING_NAME.test(m.what)) continue;
    const twin = placed.find((p) => isSameTime(m, p) && (isShorterName(bare(m.what), bare(p.what)) || isShorterName(bare(p.what), bare(m.what))));
    if (!twin) continue;
    for (const x of m.participants) if (!twin.participants.includes(x)) twin.participants.push(x);
    drop.add(m);
  }
  return withoutDropped(out, drop);
}

/** No time of its own, or the placed one's: "Wednesday" and "Wednesday, January 12" resolved to one day, or written alike. */
const isSameTime = (m: Pending, p: Pending) => m.when === null || m.when === p.when || (m.date !== null && m.date === p.date);

/** A name without its abbreviation in brackets: "Trilateral Strategic Dialogue (TSD)" → "Trilateral Strategic Dialogue". */
const bare = (name: string) => name.replace(/\s+\([A-Z]+\)$/, '');

/** Gatherings and polls, which an article names again by their noun alone: "next month's summit", "presidential elections". */
const RETOLD_NOUN = /\b(?:summit|conference|forum|elections?)$/i;

/**
 * "the three priority subjects at next month's summit" … "as host of next month's summit": a summit or an election named
 * again by the same words and the same time, placed nowhere both times, is one event; the later mentions are dropped and
 * their people given to the first.
 */
function unplacedRetellings(out: Pending[]): Set<Pending> {
  const drop = new Set<Pending>();
  const first = new Map<string, Pending>();
  for (const m of out) {
    if (m.place !== null || m.when === null || !RETOLD_NOUN.test(m.what)) continue;
    const key = `${m.what.toLowerCase()}|${m.when.toLowerCase().replace(/^(?:later|earlier)\s+/, '')}`;
    const twin = first.get(key);
    if (!twin) { first.set(key, m); continue; }
    for (const x of m.participants) if (!twin.participants.includes(x)) twin.participants.push(x);
    drop.add(m);
  }
  return drop;
}
