import { describe, expect, it } from 'vitest';
import { describePending, nextBatch, pendingCounts, type QueuedEvent } from '@/lib/sync/events';

const review = (seq: number, status: QueuedEvent['status'] = 'pending'): QueuedEvent => ({
  key: `r${seq}`,
  seq,
  status,
  createdAt: seq,
  stream: 'reviews',
  body: { type: 'review', id: `r${seq}`, cardId: 'c', rating: 3, reviewedAt: new Date(seq).toISOString() },
});
const undo = (seq: number, of: string): QueuedEvent => ({ key: `undo:${of}`, seq, status: 'pending', createdAt: seq, stream: 'reviews', body: { type: 'undo', id: of } });
const answer = (seq: number, status: QueuedEvent['status'] = 'pending'): QueuedEvent => ({
  key: `a${seq}`,
  seq,
  status,
  createdAt: seq,
  stream: 'answers',
  body: { id: `a${seq}`, attemptId: 't', questionId: `q${seq}`, response: 'x', answeredAt: new Date(seq).toISOString() },
});

describe('nextBatch', () => {
  it('takes the oldest pending events of one stream, in device order, at most the batch size', () => {
    const queue = [review(5), answer(1), review(2, 'synced'), review(3), undo(4, 'r3'), review(6, 'refused'), review(7)];
    expect(nextBatch(queue, 'reviews', 3).map((e) => e.key)).toEqual(['r3', 'undo:r3', 'r5']);
    expect(nextBatch(queue, 'answers', 3).map((e) => e.key)).toEqual(['a1']);
  });

  it('never makes an empty batch out of a zero size', () => {
    expect(nextBatch([review(1), review(2)], 'reviews', 0)).toHaveLength(1);
  });
});

describe('pending counts and their words', () => {
  it('counts waiting reviews and answers, not undos, synced or refused events', () => {
    const counts = pendingCounts([review(1), review(2), undo(3, 'r2'), review(4, 'synced'), review(5, 'refused'), answer(6)]);
    expect(counts).toEqual({ reviews: 2, answers: 1 });
  });

  it('says what waits in plain words', () => {
    expect(describePending({ reviews: 0, answers: 0 })).toBeNull();
    expect(describePending({ reviews: 1, answers: 0 })).toBe('1 review');
    expect(describePending({ reviews: 20, answers: 1 })).toBe('20 reviews and 1 answer');
    expect(describePending({ reviews: 0, answers: 3 })).toBe('3 answers');
  });
});
