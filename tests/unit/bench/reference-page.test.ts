import { describe, expect, it } from 'vitest';
import { articleHtml, firstAnswer, firstReview, libraryHtml, requestedBytes } from '@/bench/reference-page';

const row = { slug: 'talks-001', title: 'Talks <resume>', outlet: 'AFP', body: 'First paragraph.\n\nSecond & last.' };

describe('the references’ page', () => {
  it('is padded to exactly the size of the app’s page, so both send the same bytes', () => {
    expect(Buffer.byteLength(libraryHtml([row], 5000))).toBe(5000);
    expect(Buffer.byteLength(articleHtml(row, 8000))).toBe(8000);
  });

  it('escapes the article text and keeps a page larger than asked whole', () => {
    const page = articleHtml(row, 10);
    expect(page).toContain('Talks &#60;resume&#62;');
    expect(page).toContain('<p>Second &#38; last.</p>');
  });

  it('caps the size a request may ask for', () => {
    expect(requestedBytes('50000000')).toBe(2_000_000);
    expect(requestedBytes('-1')).toBeNull();
    expect(requestedBytes(null)).toBeNull();
  });

  it('reads the first event of the students’ JSON batches, and nothing malformed', () => {
    const answer = { id: 'a', attemptId: 'b', questionId: 'q_1', response: 'Brussels', answeredAt: '2026-01-01T00:00:00Z' };
    expect(firstAnswer({ answers: [answer] })).toEqual({ ...answer, timeMs: null });
    expect(firstAnswer({ answers: [{ ...answer, id: 7 }] })).toBeNull();
    expect(firstReview({ events: [{ id: 'r', cardId: 'c', rating: 3, reviewedAt: '2026-01-01T00:00:00Z', durationMs: 900 }] })).toMatchObject({ cardId: 'c', durationMs: 900 });
    expect(firstReview({ events: 'nope' })).toBeNull();
  });
});
