/**
 * "Following the meeting at a press conference at the Presidential Palace in Kabul, …", "addressed a press conference
 * following the meeting in the Rose Garden": what is held right after a meeting, named back by "the meeting", is held
 * where it was. The place read there is the meeting's too, when the article gave the meeting none.
 */
import type { Pending } from './types';
import { withoutDropped } from './merge';

/** "following the meeting", "after their talks": a meeting named back as the one just held. */
const AFTER_THE_MEETING = /\b(?:[Ff]ollowing|[Aa]fter)\s+(?:the|their|this|that)\s+(meeting|talks)\b/;

/** A meeting that may take a place from the one held after it: told as held, in no other place, not a call. */
const canTakePlace = (m: Pending) =>
  m.place === null && !m.future && !m.isTopic && !m.isAway && !m.isInState && m.type !== 'call' && m.type !== 'video-conference';

/**
 * Gives the meeting named back by "following the meeting" the place of what its sentence places; a placed "the meeting"
 * that is only that back-reference joins the meeting it names. Returns the meetings left, in order.
 *
 * @example
 * // "X met Y today. Following the meeting at a press conference in Kabul, X said …": the talks are placed in Kabul.
 */
export function placeBeforeAfterMeeting(out: Pending[], body: string): Pending[] {
  const drop = new Set<Pending>();
  for (const [i, m] of out.entries()) {
    if (m.place === null || m.place === 'virtual' || drop.has(m)) continue;
    const after = AFTER_THE_MEETING.exec(body.slice(m.sentence.start, m.sentence.end));
    if (!after) continue;
    // The meeting named back: the last one told before, not one held for the press.
    const k = out.findLastIndex((p, j) => j < i && !p.isPress && !drop.has(p));
    const named = out[k];
    if (!named || !canTakePlace(named)) continue;
    const noun = (after[1] as string).toLowerCase();
    // "following the meeting in the Rose Garden": the placed noun is the back-reference itself, told again.
    const isSameNoun = m.what.toLowerCase() === noun && m.sentence.start === named.sentence.start;
    // Only the press's event held after it, or the back-reference: "After the talks, Kerry met Lavrov in Paris" is another meeting elsewhere.
    if (!m.isPress && !isSameNoun) continue;
    for (const p of out.slice(k, i)) if (!drop.has(p) && canTakePlace(p) && (p === named || p.isPress)) p.place = m.place;
    if (isSameNoun) {
      for (const x of m.participants) if (!named.participants.includes(x)) named.participants.push(x);
      drop.add(m);
    }
  }
  return withoutDropped(out, drop);
}
