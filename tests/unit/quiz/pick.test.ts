import { describe, expect, it } from 'vitest';
import { pickQuestions } from '@/lib/quiz/pick';
import { masteryBy, topicOf } from '@/lib/progress/topics';
import { sanityCheckedTime } from '@/lib/validation/study';
import { uuidFromBytes } from '@/lib/ids/uuid';

describe('picking an attempt’s questions', () => {
  const items = Array.from({ length: 20 }, (_, i) => `q${i}`);
  it('takes the count asked for, the same ones for the same attempt, in the original order', () => {
    const a = pickQuestions(items, 5, 'attempt-1');
    expect(a).toHaveLength(5);
    expect(pickQuestions(items, 5, 'attempt-1')).toEqual(a);
    expect([...a].sort((x, y) => items.indexOf(x) - items.indexOf(y))).toEqual(a);
    expect(pickQuestions(items, 5, 'attempt-2')).not.toEqual(a);
  });
  it('never puts two items that clash in an attempt: another is drawn, and the quiz is shorter when none is left', () => {
    // Pairs on one fact: a who-said and a what-said of the same quotation.
    const pairs = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, fact: `f${Math.floor(i / 2)}` }));
    const clash = (a: { fact: string }, b: { fact: string }) => a.fact === b.fact;
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const picked = pickQuestions(pairs, 6, seed, clash);
      expect(new Set(picked.map((q) => q.fact)).size).toBe(6);
      expect(picked).toHaveLength(6);
    }
    expect(pickQuestions(pairs, 8, 'a', clash)).toHaveLength(6);
    expect(pickQuestions(pairs, null, 'a', clash)).toHaveLength(6);
  });
  it('takes everything when there is no count or too few questions', () => {
    expect(pickQuestions(items, null, 's')).toEqual(items);
    expect(pickQuestions(items.slice(0, 3), 5, 's')).toEqual(items.slice(0, 3));
  });
});

describe('topics and mastery', () => {
  it('groups kinds into the topics students know', () => {
    expect(topicOf('who-said')).toBe('who-said-what');
    expect(topicOf('order')).toBe('meetings');
    expect(topicOf('figure-numeric')).toBe('figures');
    expect(topicOf('cloze', ['place:geneva'])).toBe('meetings');
    expect(topicOf('cloze', [])).toBe('figures');
  });
  it('counts the latest outcome per question', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const rows = masteryBy(
      [
        { group: 'a', questionId: 'q1', isCorrect: false, at: t(1) },
        { group: 'a', questionId: 'q1', isCorrect: true, at: t(2) },
        { group: 'a', questionId: 'q2', isCorrect: true, at: t(3) },
        { group: 'a', questionId: 'q2', isCorrect: false, at: t(4) },
        { group: 'b', questionId: 'q3', isCorrect: true, at: t(1) },
      ],
      (g) => g.toUpperCase(),
    );
    expect(rows).toEqual([
      { key: 'a', label: 'A', mastered: 1, seen: 2 },
      { key: 'b', label: 'B', mastered: 1, seen: 1 },
    ]);
  });
});

describe('client times and ids', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  it('keeps a past time, turns a future one into now, refuses one from months ago', () => {
    expect(sanityCheckedTime(new Date('2026-04-30T12:00:00Z'), now)).toEqual(new Date('2026-04-30T12:00:00Z'));
    expect(sanityCheckedTime(new Date('2026-05-01T12:03:00Z'), now)).toEqual(now);
    expect(sanityCheckedTime(new Date('2025-12-01T12:00:00Z'), now)).toBeNull();
  });
  it('makes version 4 UUIDs', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(255))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
