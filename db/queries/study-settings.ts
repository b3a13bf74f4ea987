import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviewLogs, studySettings } from '@/db/schema';
import { DEFAULT_SRS_PARAMS, type Rating, type SrsParams } from '@/lib/srs/scheduler';
import { reviewsUntilFit, shouldFit, trainingItems } from '@/lib/srs/training';
import { dayKeyOf } from '@/lib/time/zones';
import { studySettingsSchema } from '@/lib/validation/study';
import type { Caller } from './caller';

export interface StudySettingsDto extends SrsParams {
  newCardsPerDay: number;
  /** When the student's own weights were fitted, and on how many reviews (null: the defaults). */
  weightsFittedAt: Date | null;
  weightsReviewCount: number | null;
}

const DEFAULTS: StudySettingsDto = { ...DEFAULT_SRS_PARAMS, newCardsPerDay: 20, weightsFittedAt: null, weightsReviewCount: null };

/** The caller's own study settings, or the defaults when they never changed any. */
export async function getStudySettings(db: Db, caller: Caller): Promise<StudySettingsDto> {
  const [row] = await db.select().from(studySettings).where(eq(studySettings.userId, caller.id)).limit(1);
  return studySettingsOf(row ?? null);
}

/** A study_settings row (null: none saved) as the settings it stands for. */
export function studySettingsOf(row: typeof studySettings.$inferSelect | null): StudySettingsDto {
  if (!row) return DEFAULTS;
  return {
    desiredRetention: row.desiredRetention,
    weights: row.fsrsWeights,
    newCardsPerDay: row.newCardsPerDay,
    weightsFittedAt: row.weightsFittedAt,
    weightsReviewCount: row.weightsReviewCount,
  };
}

/** Saves the caller's desired retention and daily new cards (validated); returns the field errors otherwise. */
export async function saveStudySettings(db: Db, caller: Caller, input: unknown): Promise<{ ok: true } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const parsed = studySettingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, fieldErrors };
  }
  const values = { desiredRetention: Math.round(parsed.data.desiredRetention * 100) / 100, newCardsPerDay: parsed.data.newCardsPerDay, updatedAt: new Date() };
  await db.insert(studySettings).values({ userId: caller.id, ...values }).onConflictDoUpdate({ target: studySettings.userId, set: values });
  return { ok: true };
}

/** How many reviews count toward fitting (undone ones do not). */
export async function countMyReviews(db: Db, caller: Caller): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviewLogs).where(and(eq(reviewLogs.studentId, caller.id), isNull(reviewLogs.undoneAt)));
  return row?.n ?? 0;
}

/** How many reviews count toward the caller's fit, and how many more their log needs before one is due (0: due now). */
export async function reviewsBeforeFit(db: Db, caller: Caller): Promise<{ reviews: number; until: number }> {
  const [reviews, settings] = await Promise.all([countMyReviews(db, caller), getStudySettings(db, caller)]);
  return { reviews, until: reviewsUntilFit(reviews, settings.weightsReviewCount) };
}

/** Whether the caller's log has grown enough since the last fit to fit their own weights again. */
export async function isFitDue(db: Db, caller: Caller): Promise<boolean> {
  return (await reviewsBeforeFit(db, caller)).until === 0;
}

// Zone offsets are whole quarter hours and change (as days do) on a quarter hour, so every instant of a
// quarter hour falls on one day: the zone is asked once per quarter hour, not once per review of a long log.
const QUARTER_HOUR_MS = 900_000;
function dayNumberIn(timeZone: string): (instant: Date) => number {
  const byQuarter = new Map<number, number>();
  return (instant) => {
    const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
    let day = byQuarter.get(quarter);
    if (day === undefined) {
      day = Math.round(Date.parse(`${dayKeyOf(instant, timeZone)}T00:00:00Z`) / 86_400_000);
      byQuarter.set(quarter, day);
    }
    return day;
  };
}

/**
 * Fits the caller's own FSRS weights on their review log (seconds of CPU: run it after the response) and
 * stores them; later reviews are scheduled with them. Returns the weights, or null when the log is too thin.
 * `fit` is the optimizer (lib/srs/fit), passed in so tests can stand in a fast one.
 */
export async function fitMyWeights(db: Db, caller: Caller, fit: (items: ReturnType<typeof trainingItems>) => Promise<number[]>, now: Date = new Date()): Promise<number[] | null> {
  const logs = await db
    .select({ cardId: reviewLogs.cardId, rating: reviewLogs.rating, review: reviewLogs.review })
    .from(reviewLogs)
    .where(and(eq(reviewLogs.studentId, caller.id), isNull(reviewLogs.undoneAt)))
    .orderBy(asc(reviewLogs.review));
  const settings = await getStudySettings(db, caller);
  if (!shouldFit(logs.length, settings.weightsReviewCount)) return null;
  // Days as the student lives them: two reviews either side of their midnight are a day apart.
  const dayNumber = dayNumberIn(caller.timeZone);
  const items = trainingItems(logs.map((l) => ({ ...l, rating: l.rating as Rating })), dayNumber);
  if (items.length === 0) return null;
  const weights = await fit(items);
  const values = { fsrsWeights: weights, weightsFittedAt: now, weightsReviewCount: logs.length, updatedAt: now };
  await db.insert(studySettings).values({ userId: caller.id, ...values }).onConflictDoUpdate({ target: studySettings.userId, set: values });
  return weights;
}
