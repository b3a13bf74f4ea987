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
    // The placed telling is kept: its sentence, which the questions cite, names the place.
    const prior = out[i - 1];
    if (prior && !drop.has(prior) && opensOnTheMeeting(m, prior, body) && takeTimeAndPeople(m, prior)) {
      drop.add(prior);
      continue;
    }
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

/**
 * "The Senior Leadership Council … met today to discuss …" then "The meeting was another reminder that … here in
 * Washington": a sentence opening on "The meeting" or "The talks", placed, names back the meeting told in the sentence
 * right before it, held and unplaced: one meeting, cited where it is placed. One told ahead with a time of its own ("The meeting in Tbilisi next week") is another.
 */
function opensOnTheMeeting(m: Pending, prior: Pending | undefined, body: string): boolean {
  if (!prior || m.place === null || m.place === 'virtual' || (m.future && m.when !== null) || !/^(?:meeting|talks)$/.test(m.what) || !canTakePlace(prior)) return false;
  if (prior.sentence.end > m.sentence.start || /\S/.test(body.slice(prior.sentence.end, m.sentence.start).replace(/[\s"”’]+/g, ''))) return false;
  return /^\s*["“]?The\s+(?:meeting|talks)\b/.test(body.slice(m.sentence.start, m.sentence.end));
}

/** Gives the placed telling the earlier one's time (if it has none) and people; false when their times differ. */
function takeTimeAndPeople(m: Pending, prior: Pending): boolean {
  if (m.when !== null && prior.when !== null && m.when !== prior.when) return false;
  if (m.when === null && prior.when !== null) Object.assign(m, { when: prior.when, direction: prior.direction });
  for (const x of prior.participants) if (!m.participants.includes(x)) m.participants.push(x);
  return true;
}
