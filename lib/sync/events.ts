/**
 * The events a device keeps until the server holds them: reviews and undos (sent to `POST /api/reviews`)
 * and quiz answers (`POST /api/answers`). The wire shapes are those routes' own; each carries the id made
 * on the device and the time it happened, so sending one twice is harmless.
 */
import type { SrsWire } from './study-cards';

/** `from`: the card's state as the device graded it (the server checks it before trusting it). */
export type ReviewWire = { type: 'review'; id: string; cardId: string; rating: 1 | 2 | 3 | 4; reviewedAt: string; durationMs?: number; from?: SrsWire };
export type UndoWire = { type: 'undo'; id: string; undoneAt?: string };
export type AnswerWire = { id: string; attemptId: string; questionId: string; response: string; answeredAt: string; timeMs?: number };

export type Stream = 'reviews' | 'answers';

/** What the server said about an answer, kept so the quiz can show it once synced (even after a reload). */
export interface AnswerOutcome {
  isCorrect: boolean;
  /** 'already-answered': an answer from another device (or tab) to the same question counts instead. */
  status: 'stored' | 'duplicate' | 'already-answered';
  feedback: unknown;
}

export type QueuedEvent =
  | (QueuedBase & { stream: 'reviews'; body: ReviewWire | UndoWire })
  | (QueuedBase & { stream: 'answers'; body: AnswerWire; outcome?: AnswerOutcome });

interface QueuedBase {
  /** The event's own id (the body's id); an undo's body id is the review it undoes, so undos get their own. */
  key: string;
  /** Device order: events of one stream are sent in this order (an undo never overtakes its review). */
  seq: number;
  status: 'pending' | 'synced' | 'refused';
  /** Why the server refused it, in words for the student. */
  reason?: string;
  createdAt: number;
  settledAt?: number;
  /** What the student would recognise it by ("Flashcard: Who said…"), shown if it is refused. Stays on the device. */
  label?: string;
}

/** The event's position in its stream, oldest first. */
export function bySeq(a: { seq: number }, b: { seq: number }): number {
  return a.seq - b.seq;
}

/**
 * The next batch of one stream: its oldest pending events, at most `max`, in device order.
 *
 * @example
 * nextBatch(queue, 'reviews', 10).map((e) => e.body)
 */
export function nextBatch<E extends { stream: Stream; status: string; seq: number }>(events: readonly E[], stream: Stream, max: number): E[] {
  return events.filter((e) => e.stream === stream && e.status === 'pending').sort(bySeq).slice(0, Math.max(1, max));
}

/** How many events still wait for the server, by stream (for "3 reviews and 1 answer wait to sync"). */
export function pendingCounts(events: readonly { stream: Stream; status: string; body: object }[]): { reviews: number; answers: number } {
  let reviews = 0;
  let answers = 0;
  for (const e of events) {
    if (e.status !== 'pending') continue;
    if (e.stream === 'answers') answers++;
    else if (!('type' in e.body) || e.body.type !== 'undo') reviews++;
  }
  return { reviews, answers };
}

/**
 * The words for what waits: "3 reviews and 1 answer", or null when nothing does.
 *
 * @example
 * describePending({ reviews: 1, answers: 2 }) // '1 review and 2 answers'
 */
export function describePending(counts: { reviews: number; answers: number }): string | null {
  const parts: string[] = [];
  if (counts.reviews) parts.push(`${counts.reviews} ${counts.reviews === 1 ? 'review' : 'reviews'}`);
  if (counts.answers) parts.push(`${counts.answers} ${counts.answers === 1 ? 'answer' : 'answers'}`);
  return parts.length ? parts.join(' and ') : null;
}
