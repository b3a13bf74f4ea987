import type { AnswerOutcome, Stream } from './events';

/** What came back from one sync request, as the client saw it. */
export type SyncResponse =
  | { kind: 'network' }
  /** `redirected`: the proxy sent the request to the sign-in page (a session that ended). */
  | { kind: 'http'; status: number; body: unknown; redirected?: boolean };

export type Settlement = { key: string; status: 'synced' | 'refused'; reason?: string; outcome?: AnswerOutcome };

/**
 * What to do with a batch after a response:
 * - `settled`: each event the server answered, held (synced) or refused with a reason;
 * - `retry`: the request did not get through (or its answer was lost): send the same ids again later;
 * - `shrink`: the batch was too large or unreadable as a whole: send fewer at a time;
 * - `signedOut`: the session ended: keep everything until the student signs in again.
 */
export type BatchVerdict =
  | { kind: 'settled'; settled: Settlement[] }
  | { kind: 'retry'; message: string }
  | { kind: 'shrink' }
  | { kind: 'signed-out' };

type SentEvent = { key: string; stream: Stream; body: { id: string; type?: string } };
type ServerResult = { id?: unknown; ok?: unknown; error?: unknown; status?: unknown; feedback?: unknown };

const REASONS: Record<Stream, Record<string, string>> = {
  reviews: {
    'not-found': 'This card is no longer in your flashcards.',
    invalid: 'Cited could not read this review.',
    'too-old': 'It is dated more than 60 days ago: check the date and time on this device.',
  },
  answers: {
    'not-found': 'This quiz is no longer open to you.',
    invalid: 'Cited could not read this answer.',
    'too-old': 'It is dated more than 60 days ago: check the date and time on this device.',
  },
};

/** The words a student reads for a refusal, whatever the server's code. */
export function refusalReason(stream: Stream, error: unknown): string {
  return (typeof error === 'string' && REASONS[stream][error]) || 'Cited did not accept this one.';
}

function settleOne(event: SentEvent, result: ServerResult | undefined): Settlement | null {
  if (!result || typeof result !== 'object') return null;
  if (result.ok === true) {
    if (event.stream !== 'answers') return { key: event.key, status: 'synced' };
    const feedback = result.feedback as { isCorrect?: unknown } | undefined;
    const status = result.status === 'duplicate' || result.status === 'already-answered' ? result.status : 'stored';
    return { key: event.key, status: 'synced', outcome: { isCorrect: feedback?.isCorrect === true, status, feedback } };
  }
  // An undo whose review the server never held (never sent, or refused) has nothing left to undo.
  if (event.body.type === 'undo' && result.error === 'not-found') return { key: event.key, status: 'synced' };
  return { key: event.key, status: 'refused', reason: refusalReason(event.stream, result.error) };
}

/**
 * Reads a sync response for the batch that was sent. The server answers each event in the order sent;
 * an answer missing for any of them means the response cannot be trusted, so the whole batch is sent
 * again (the server keeps each id once, so that is harmless).
 *
 * @example
 * settleBatch(batch, { kind: 'network' }) // { kind: 'retry', message: 'No connection.' }
 */
export function settleBatch(batch: readonly SentEvent[], response: SyncResponse): BatchVerdict {
  if (response.kind === 'network') return { kind: 'retry', message: 'No connection.' };
  const { status, body } = response;
  if (response.redirected || status === 401) return { kind: 'signed-out' };
  if (status === 413 || (status === 400 && batch.length > 1)) return { kind: 'shrink' };
  if (status === 400) {
    const message = typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : refusalReason(batch[0]!.stream, 'invalid');
    return { kind: 'settled', settled: batch.map((e) => ({ key: e.key, status: 'refused', reason: message })) };
  }
  if (status < 200 || status >= 300) return { kind: 'retry', message: status >= 500 ? 'Cited is not answering right now.' : `Cited answered ${status}.` };
  const results = (body as { results?: unknown })?.results;
  if (!Array.isArray(results) || results.length !== batch.length) return { kind: 'retry', message: 'The answer from Cited was incomplete.' };
  const settled: Settlement[] = [];
  for (const [i, event] of batch.entries()) {
    const result = results[i] as ServerResult | undefined;
    const one = result && typeof result.id === 'string' && result.id !== event.body.id ? null : settleOne(event, result);
    if (!one) return { kind: 'retry', message: 'The answer from Cited did not match what was sent.' };
    settled.push(one);
  }
  return { kind: 'settled', settled };
}
