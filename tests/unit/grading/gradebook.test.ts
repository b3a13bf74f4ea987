import { describe, expect, it } from 'vitest';
import { bestScore, cellStatus, percent } from '@/lib/grading/gradebook';

const due = new Date('2026-03-10T17:00:00Z');
const before = new Date('2026-03-10T16:59:00Z');
const after = new Date('2026-03-10T17:01:00Z');

describe('gradebook cells', () => {
  it.each([
    ['done on time', { dueAt: due, excused: false, firstDoneAt: before, hasStarted: true }, after, 'done'],
    ['done after the due time', { dueAt: due, excused: false, firstDoneAt: after, hasStarted: true }, after, 'late'],
    ['nothing by the due time', { dueAt: due, excused: false, firstDoneAt: null, hasStarted: false }, after, 'missing'],
    ['started but not finished by the due time', { dueAt: due, excused: false, firstDoneAt: null, hasStarted: true }, after, 'missing'],
    ['not yet due', { dueAt: due, excused: false, firstDoneAt: null, hasStarted: false }, before, 'assigned'],
    ['started, not yet due', { dueAt: due, excused: false, firstDoneAt: null, hasStarted: true }, before, 'started'],
    ['excused wins over missing', { dueAt: due, excused: true, firstDoneAt: null, hasStarted: false }, after, 'excused'],
    ['no due date is never missing', { dueAt: null, excused: false, firstDoneAt: null, hasStarted: false }, after, 'assigned'],
  ] as const)('%s', (_name, input, now, expected) => {
    expect(cellStatus(input, now)).toBe(expected);
  });

  it('the best score counts', () => {
    expect(bestScore([0.2, null, 0.9, 0.5])).toBe(0.9);
    expect(bestScore([null])).toBeNull();
    expect(percent(0.666)).toBe('67%');
    expect(percent(null)).toBe('');
  });
});
