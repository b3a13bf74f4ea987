/**
 * The last stages of meeting extraction: a mention of a meeting already read joins it, a stated
 * sequence of stops becomes one meeting per stop, and meetings get their dates and order.
 */
import { inferAnchor, resolveWhen, weekdayDirection } from '../dates';
import type { MeetingKind, Span } from '../types';
import { sequenceStops } from './sequence-stops';
import type { Pending, RawMeeting } from './types';

const SEQ_CUE = /\b(?:first|then|finally)\b/i;

/**
 * "first to Geneva on Monday, then to Brussels on Wednesday and finally to Vienna on Friday": one
 * meeting per stop, in the stated order, built on the meeting the sentence names (which already took
 * one of the stops as its place). Meetings elsewhere with a stop's place take its order.
 */
export function addSequence(sentence: string, s: Span, out: Pending[]): void {
  if (!SEQ_CUE.test(sentence)) return;
  const stops = sequenceStops(sentence);
  const base = out.find((m) => m.sentence.start === s.start);
  if (stops.length === 0 || !base) return;
  const baseIndex = out.indexOf(base);
  stops.forEach((stop, i) => {
    const same = out.find((m) => m.place === stop.place);
    if (same) {
      if (same === base || same.sentence.start === s.start) {
        same.when = stop.when ?? same.when;
        if (stop.when) same.direction = weekdayDirection(sentence, stop.when);
      }
      same.seq = i + 1;
      return;
    }
    // Inserted around the sentence's own meeting (which took one stop) so that stops stay in stated order.
    out.splice(baseIndex + i, 0, {
      ...base, participants: [...base.participants], place: stop.place, when: stop.when, direction: stop.when ? weekdayDirection(sentence, stop.when) : null, cue: null, after: null, seq: i + 1,
    });
  });
}

/**
 * The meeting already read that a new mention in the same place names again, if any: of the same kind
 * first, then of any kind unless the mention is a body's own meeting or (with "a"/"an" and a date of its
 * own, as "Cairo would also host an emergency summit on March 11") plainly another one. "The next round"
 * is always another.
 */
export function sameMeeting(
  out: Pending[], before: string, type: MeetingKind, when: string | null, isBodyOwn: boolean, samePlace: (m: Pending) => boolean, isNamed = false, what = '', opening = '',
): Pending | undefined {
  // "the next round", "a separate discussion", "will also chair a meeting": another meeting, said so.
  if (/\bnext\s+$/i.test(before) || /\b(?:separate|another|second|further|also\s+(?:\w+\s+)?(?:a|an))\s+(?:[\w-]+\s+)?$/i.test(before)) return undefined;
  // "The Secretary will also meet with …", "He will also have bilateral meetings with …": "also" in the clause adds a meeting.
  if (ADDED.test(before) || ADDED_OPENER.test(opening)) return undefined;
  const isIndefinite = /\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$/i.test(before);
  // "will participate in a Syria Ministerial": an event named, and introduced with "a" or "an", is a new one.
  if (isNamed && isIndefinite) return undefined;
  const sameKind = out.find((m) => samePlace(m) && m.type === type);
  // "here at the Eastern Economic Forum in Vladivostok" after "Russian-Japanese talks" there: a gathering told by its
  // own name is another event than talks or a meeting of another kind held in its town.
  if (sameKind || isBodyOwn || (isNamed && isGatheringKind(type) && GATHERING_NAME.test(what))) return sameKind;
  const isOther = when !== null && isIndefinite;
  return out.find((m) => samePlace(m) && !(isOther && !m.when));
}

/** A gathering's own name ends in its noun: "Eastern Economic Forum", not "Israel" (the party of "the summit between Israel and …"). */
const GATHERING_NAME = /\b(?:Forum|Summit|Conference|Council|Dialogue|Assembly)$/;
/** Meetings of many parties, held under a name of their own. */
const isGatheringKind = (type: MeetingKind) => type === 'conference' || type === 'forum' || type === 'council';

/** An additive adverb or a sequence in the clause before a meeting's words: "will also meet", "a one-on-one meeting, followed by talks". */
const ADDED = /\b(?:also|additionally|separately|followed by|then)\b[^,;]{0,40}$/i;
/**
 * "Also this morning, Carter and Dunford met with Sharif": a sentence that opens on an additive adverb, its time after it,
 * tells another meeting than the one told before, though held that morning in the same town.
 */
const ADDED_OPENER = /^\s*(?:Also|Additionally|Separately|In addition)\b[^,;.]{0,30},\s/;

/** Dates and order: a meeting cued "followed by", "after the Geneva talks", "the next day" comes after its predecessor. */
export function orderMeetings(out: Pending[], anchor: ReturnType<typeof inferAnchor>): void {
  const pred = out.map((m, i) => (m.seq ? (m.seq > 1 ? i - 1 : null) : m.cue === 'next' ? (m.after ?? (i > 0 ? i - 1 : null)) : null));
  const hasSuccessor = new Set(pred.filter((x): x is number => x !== null));
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as Pending;
    const pi = pred[i];
    const prevDate = pi !== null && pi !== undefined ? (out[pi]?.date ?? null) : null;
    m.date = m.when ? resolveWhen(m.when, anchor, prevDate, m.direction ?? null) : null;
    if (m.seq) {
      m.order = m.seq;
    } else if (pi !== null && pi !== undefined) {
      const prev = out[pi] as RawMeeting;
      if (prev.order === null) prev.order = 1;
      m.order = prev.order + 1;
    } else if (hasSuccessor.has(i)) {
      m.order = 1;
    }
  }
}


/**
 * The meetings without those dropped, each "after" still pointing at the same meeting (or at none when that
 * one was dropped): merges that fold a retelling into the meeting it retells share this.
 */
export function withoutDropped(out: Pending[], drop: ReadonlySet<Pending>): Pending[] {
  if (drop.size === 0) return out;
  const kept = out.filter((m) => !drop.has(m));
  for (const m of kept) if (m.after !== null) { const to = out[m.after]; m.after = to && !drop.has(to) ? kept.indexOf(to) : null; }
  return kept;
}
