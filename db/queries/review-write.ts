import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cards, reviewLogs, studySettings } from '@/db/schema';
import type { CardState, ReviewOutcome } from '@/lib/srs/scheduler';
import { isUniqueViolation } from './users';

/*
 * The usual review without a lock or a transaction: read the card, compute its next state here, then one
 * statement writes the card only if the row is still the one read (its `xmin`, which every update of the
 * row changes) and inserts the log row only if the card was written. Either both happen or neither; a
 * card changed in between (another device, an undo, a late review replayed) is read again.
 */

// Every review runs this read: its SQL is built once per database; unnamed, so nothing is kept on the server.
function prepareCardRead(db: Db) {
  const logId = sql.placeholder('logId');
  const studentId = sql.placeholder('studentId');
  return db
    .select({
      card: cards,
      version: sql<string>`${cards}.xmin::text`,
      settings: studySettings,
      // The event's id already in the log: as this student's review of some card, or as anyone's.
      knownCardId: sql<string | null>`(select ${reviewLogs.cardId} from ${reviewLogs} where ${reviewLogs.id} = ${logId} and ${reviewLogs.studentId} = ${studentId})`,
      isIdTaken: sql<boolean>`exists (select 1 from ${reviewLogs} where ${reviewLogs.id} = ${logId})`,
    })
    .from(cards)
    .leftJoin(studySettings, eq(studySettings.userId, cards.studentId))
    .where(and(eq(cards.id, sql.placeholder('cardId')), eq(cards.studentId, studentId)))
    .limit(1)
    .prepare('');
}
const cardReads = new WeakMap<Db, ReturnType<typeof prepareCardRead>>();

/** The caller's card with its row version and the caller's study settings, and whether `logId` is in the log. */
export async function readCardForReview(db: Db, studentId: string, cardId: string, logId: string) {
  let query = cardReads.get(db);
  if (!query) cardReads.set(db, (query = prepareCardRead(db)));
  const [row] = await query.execute({ cardId, studentId, logId });
  return row ?? null;
}

export interface NewReviewLog {
  id: string;
  rating: number;
  review: Date;
  durationMs: number | null;
  outcome: ReviewOutcome;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Moves the card to `state` and appends the log row, in one statement, if the card row is still at
 * `version`. Returns false when it was not (nothing written: read again), or when the log id was taken in
 * the meantime (the unique key aborts the whole statement, card update included).
 */
export async function advanceIfUnchanged(db: Db, studentId: string, cardId: string, version: string, state: CardState, log: NewReviewLog, now: Date): Promise<boolean> {
  const o = log.outcome;
  try {
    const result = await db.execute(sql`
      with moved as (
        update ${cards} set
          due = ${iso(state.due)}::timestamptz, stability = ${state.stability}, difficulty = ${state.difficulty},
          elapsed_days = ${state.elapsedDays}, scheduled_days = ${state.scheduledDays}, learning_steps = ${state.learningSteps},
          reps = ${state.reps}, lapses = ${state.lapses}, state = ${state.state},
          last_review = ${iso(state.lastReview)}::timestamptz, updated_at = ${iso(now)}::timestamptz
        where id = ${cardId} and student_id = ${studentId} and xmin::text = ${version}
        returning id, question_id
      )
      insert into ${reviewLogs} (id, card_id, student_id, question_id, rating, review, duration_ms, created_at,
        state, due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps)
      select ${log.id}, moved.id, ${studentId}, moved.question_id, ${log.rating}, ${iso(log.review)}::timestamptz, ${log.durationMs}, ${iso(now)}::timestamptz,
        ${o.state}, ${iso(o.due)}::timestamptz, ${o.stability}, ${o.difficulty}, ${o.elapsedDays}, ${o.lastElapsedDays}, ${o.scheduledDays}, ${o.learningSteps}
      from moved
      returning id`);
    return (result as unknown as { rows: unknown[] }).rows.length > 0;
  } catch (error) {
    if (isUniqueViolation(error, 'review_logs_pkey')) return false;
    throw error;
  }
}
