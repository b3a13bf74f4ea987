import { describe, expect, it } from 'vitest';
import { analyseItems, pearson } from '@/lib/grading/item-analysis';

const attempt = (studentId: string, marks: Record<string, string | true>) => ({
  studentId,
  responses: Object.entries(marks).map(([questionId, mark]) => ({ questionId, response: mark === true ? 'right' : mark, isCorrect: mark === true })),
});

describe('item analysis', () => {
  it('gives the facility index as the share who got it right', () => {
    const [q1] = analyseItems(['q1'], [attempt('a', { q1: true }), attempt('b', { q1: 'Rome' }), attempt('c', { q1: true }), attempt('d', { q1: true })]);
    expect(q1?.facility).toBe(0.75);
    expect(q1?.responses).toBe(4);
  });

  it('finds the wrong answer chosen most often', () => {
    const [q1] = analyseItems(['q1'], [attempt('a', { q1: 'Rome' }), attempt('b', { q1: 'Oslo' }), attempt('c', { q1: 'Rome' }), attempt('d', { q1: true })]);
    expect(q1?.commonWrongAnswer).toEqual({ response: 'Rome', count: 2 });
  });

  it('a question the strong students get and the weak miss discriminates positively; the reverse is flagged', () => {
    // Strong students (s1, s2) get q-good right and q-bad wrong; weak ones the opposite.
    const attempts = [
      attempt('s1', { 'q-good': true, 'q-bad': 'x', q3: true, q4: true, q5: true }),
      attempt('s2', { 'q-good': true, 'q-bad': 'x', q3: true, q4: true, q5: 'n' }),
      attempt('w1', { 'q-good': 'y', 'q-bad': true, q3: 'n', q4: 'n', q5: 'n' }),
      attempt('w2', { 'q-good': 'y', 'q-bad': true, q3: 'n', q4: true, q5: 'n' }),
    ];
    const [good, bad] = analyseItems(['q-good', 'q-bad'], attempts);
    expect(good?.discrimination).toBeGreaterThan(0.5);
    expect(good?.needsCheck).toBe(false);
    expect(bad?.discrimination).toBeLessThan(-0.5);
    expect(bad?.needsCheck).toBe(true);
  });

  it('says nothing about discrimination with too few students or when everyone scored the same', () => {
    expect(analyseItems(['q1'], [attempt('a', { q1: true, q2: 'n' }), attempt('b', { q1: 'n', q2: true })])[0]?.discrimination).toBeNull();
    const same = [attempt('a', { q1: true }), attempt('b', { q1: true }), attempt('c', { q1: true })];
    expect(analyseItems(['q1'], same)[0]).toMatchObject({ facility: 1, discrimination: null, needsCheck: false, commonWrongAnswer: null });
  });

  it('counts only the students who were asked the question', () => {
    const [q9] = analyseItems(['q9'], [attempt('a', { q1: true })]);
    expect(q9).toMatchObject({ responses: 0, facility: null, discrimination: null });
  });

  it('pearson is 1 for a perfect line and null for a constant series', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
