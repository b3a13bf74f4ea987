/**
 * What a gradebook cell says, as Google Classroom marks it: done (on time or late), missing, excused,
 * started, or simply assigned. Pure: the caller passes the clock.
 */

export type CellStatus = 'done' | 'late' | 'missing' | 'excused' | 'started' | 'assigned';

export interface CellInput {
  dueAt: Date | null;
  excused: boolean;
  /** When the student first finished the work (a quiz attempt, or the last card of a flashcard set). */
  firstDoneAt: Date | null;
  /** Something was started but not finished. */
  hasStarted: boolean;
}

/**
 * The status of one student's work on one assignment at `now`. Work turned in once on time stays on time
 * even if later attempts come after the due date (the best attempt counts for the score).
 *
 * @example
 * cellStatus({ dueAt: new Date('2026-01-01'), excused: false, firstDoneAt: null, hasStarted: false }, new Date('2026-01-02')) // 'missing'
 */
export function cellStatus(input: CellInput, now: Date): CellStatus {
  if (input.excused) return 'excused';
  if (input.firstDoneAt) return input.dueAt && input.firstDoneAt > input.dueAt ? 'late' : 'done';
  if (input.dueAt && now > input.dueAt) return 'missing';
  return input.hasStarted ? 'started' : 'assigned';
}

/** The words a teacher reads in a cell, and a screen reader hears. */
export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  done: 'Done',
  late: 'Done late',
  missing: 'Missing',
  excused: 'Excused',
  started: 'Started',
  assigned: 'Assigned',
};

/**
 * The best of several scores (0–1), or null when there are none.
 *
 * @example
 * bestScore([0.5, null, 0.8]) // 0.8
 */
export function bestScore(scores: readonly (number | null)[]): number | null {
  const real = scores.filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  return real.length ? Math.max(...real) : null;
}

/**
 * A score as a whole percentage, or an empty string.
 *
 * @example
 * percent(0.666) // '67%'
 */
export function percent(score: number | null): string {
  return score === null ? '' : `${Math.round(score * 100)}%`;
}
