import { describe, expect, it } from 'vitest';
import { settleBatch } from '@/lib/sync/settle';

const reviews = [
  { key: 'r1', stream: 'reviews' as const, body: { type: 'review', id: 'r1' } },
  { key: 'undo:r0', stream: 'reviews' as const, body: { type: 'undo', id: 'r0' } },
  { key: 'r2', stream: 'reviews' as const, body: { type: 'review', id: 'r2' } },
];
const answers = [{ key: 'a1', stream: 'answers' as const, body: { id: 'a1' } }];
const feedback = { response: 'Geneva', isCorrect: true, answer: 'Geneva', explanation: '…', citations: [] };

describe('settleBatch', () => {
  it('marks what the server holds as synced and keeps what it refused, with a reason a student understands', () => {
    const verdict = settleBatch(reviews, {
      kind: 'http',
      status: 200,
      body: { results: [{ id: 'r1', ok: true, status: 'duplicate' }, { id: 'r0', ok: false, error: 'not-found' }, { id: 'r2', ok: false, error: 'too-old' }], held: ['r1'] },
    });
    expect(verdict).toEqual({
      kind: 'settled',
      settled: [
        { key: 'r1', status: 'synced' },
        // An undo of a review the server never held has nothing to undo: done, not an error.
        { key: 'undo:r0', status: 'synced' },
        { key: 'r2', status: 'refused', reason: 'It is dated more than 60 days ago: check the date and time on this device.' },
      ],
    });
  });

  it('keeps the feedback of a synced answer, and says when another device’s answer counts', () => {
    const stored = settleBatch(answers, { kind: 'http', status: 200, body: { results: [{ id: 'a1', ok: true, status: 'stored', feedback }] } });
    expect(stored).toEqual({ kind: 'settled', settled: [{ key: 'a1', status: 'synced', outcome: { isCorrect: true, status: 'stored', feedback } }] });
    const elsewhere = settleBatch(answers, { kind: 'http', status: 200, body: { results: [{ id: 'a1', ok: true, status: 'already-answered', feedback: { ...feedback, isCorrect: false } }] } });
    expect(elsewhere.kind === 'settled' && elsewhere.settled[0]?.outcome?.status).toBe('already-answered');
    const gone = settleBatch(answers, { kind: 'http', status: 200, body: { results: [{ id: 'a1', ok: false, error: 'not-found' }] } });
    expect(gone).toEqual({ kind: 'settled', settled: [{ key: 'a1', status: 'refused', reason: 'This quiz is no longer open to you.' }] });
  });

  it('sends the batch again when the request or its answer was lost', () => {
    expect(settleBatch(reviews, { kind: 'network' }).kind).toBe('retry');
    expect(settleBatch(reviews, { kind: 'http', status: 502, body: null }).kind).toBe('retry');
    expect(settleBatch(reviews, { kind: 'http', status: 200, body: { results: [{ id: 'r1', ok: true }] } }).kind).toBe('retry');
    expect(settleBatch(reviews, { kind: 'http', status: 200, body: { results: [{ id: 'r2', ok: true }, { id: 'r0', ok: true }, { id: 'r1', ok: true }] } }).kind).toBe('retry');
    expect(settleBatch(reviews, { kind: 'http', status: 200, body: '<html>' }).kind).toBe('retry');
  });

  it('waits for a new sign-in when the session ended, and never drops the queue for it', () => {
    expect(settleBatch(reviews, { kind: 'http', status: 401, body: { error: 'Your session has ended. Sign in again.' } })).toEqual({ kind: 'signed-out' });
    expect(settleBatch(reviews, { kind: 'http', status: 0, body: null, redirected: true })).toEqual({ kind: 'signed-out' });
  });

  it('sends fewer at a time when the batch is too large, and refuses a single event the server cannot read', () => {
    expect(settleBatch(reviews, { kind: 'http', status: 413, body: null })).toEqual({ kind: 'shrink' });
    expect(settleBatch(reviews, { kind: 'http', status: 400, body: { error: 'Send { events: [...] }' } })).toEqual({ kind: 'shrink' });
    expect(settleBatch(answers, { kind: 'http', status: 400, body: { error: 'Send { answers: [...] } with 1 to 200 answers.' } })).toEqual({
      kind: 'settled',
      settled: [{ key: 'a1', status: 'refused', reason: 'Send { answers: [...] } with 1 to 200 answers.' }],
    });
  });
});
