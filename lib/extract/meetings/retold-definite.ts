/**
 * "has held his first bilateral meeting with his US counterpart" … "The first bilateral meeting between the two held in
 * London focussed on …": a meeting of a name of two words or more, told first without a place, then named back with
 * "the" and placed, is one meeting; the later telling gives it its place.
 */
import type { Pending } from './types';
import { withoutDropped } from './merge';

const canTakePlace = (m: Pending) => m.place === null && !m.future && !m.isTopic && !m.isAway && !m.isInState && m.type !== 'call' && m.type !== 'video-conference';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Drops each placed "the …" mention that names back an earlier unplaced meeting of the same name (no other meeting of
 * that name between), giving the earlier its place and people. Returns the meetings left, in order.
 *
 * @example
 * // "Smith held a bilateral meeting with Jones. The bilateral meeting in London covered trade." → one meeting, London.
 */
export function joinDefiniteRetelling(out: Pending[], body: string): Pending[] {
  const drop = new Set<Pending>();
  for (const [i, m] of out.entries()) {
    if (m.place === null || m.place === 'virtual' || !/\s/.test(m.what) || !/^[\p{Ll}\s-]+$/u.test(m.what)) continue;
    const sentence = body.slice(m.sentence.start, m.sentence.end);
    if (!new RegExp(`\\b[Tt]he\\s+(?:(?:first|same|recent)\\s+)?${escape(m.what)}\\b`).test(sentence)) continue;
    const k = out.findLastIndex((p, j) => j < i && !drop.has(p) && p.what.toLowerCase() === m.what);
    const named = out[k];
    if (!named || !canTakePlace(named) || named.sentence.start === m.sentence.start) continue;
    if (m.when !== null && named.when !== null && m.when !== named.when) continue;
    named.place = m.place;
    named.when ??= m.when;
    for (const x of m.participants) if (!named.participants.includes(x)) named.participants.push(x);
    drop.add(m);
  }
  return withoutDropped(out, drop);
}
