import type { cards } from '@/db/schema';
import type { CardState } from '@/lib/srs/scheduler';

/** The FSRS state cached on a `cards` row, as lib/srs reads it. */
export function cardStateOf(row: typeof cards.$inferSelect): CardState {
  return { due: row.due, stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsedDays, scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, state: row.state, lastReview: row.lastReview };
}
