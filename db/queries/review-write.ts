import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { perDatabase } from './per-database';
import { cards, reviewLogs, studySettings, users } from '@/db/schema';
import type { CardState, ReviewOutcome, SrsParams } from '@/lib/srs/scheduler';
import { brandCaller, type Caller } from './caller';
import { isUniqueViolation, wellFormedClaims } from './users';

/*
 * The usual review without a lock or a transaction: read the card, compute its next state here, then one
 * statement writes the card only if the row is still the one read (its `xmin`, which every update of the
 * row changes) and inserts the log row only if the card was written. Either both happen or neither; a
 * card changed in between (another device, an undo, a late review replayed) is read again.
 */

// What a review reads of its card: the row and its version, the student's settings, and what the log
// holds under the event's id (as this student's review of some card, or as anyone's).
function cardFields(logId: ReturnType<typeof sql.placeholder>, studentId: ReturnType<typeof sql.placeholder> | typeof users.id) {
  return {
    card: cards,
    version: sql<string>`${cards}.xmin::text`,
    settings: studySettings,
    knownCardId: sql<string | null>`(select ${reviewLogs.cardId} from ${reviewLogs} where ${reviewLogs.id} = ${logId} and ${reviewLogs.studentId} = ${studentId})`,
    isIdTaken: sql<boolean>`exists (select 1 from ${reviewLogs} where ${reviewLogs.id} = ${logId})`,
    // The settings row's version (null: none saved), so a later review can check them without reading them.
    settingsVersion: sql<string | null>`${studySettings}.xmin::text`,
  };
}

// Every review runs one of these reads: their SQL is built once per database; unnamed, so nothing is kept on the server.
function prepareCardRead(db: Db) {
  const studentId = sql.placeholder('studentId');
  return db
    .select(cardFields(sql.placeholder('logId'), studentId))
    .from(cards)
    .leftJoin(studySettings, eq(studySettings.userId, cards.studentId))
    .where(and(eq(cards.id, sql.placeholder('cardId')), eq(cards.studentId, studentId)))
    .limit(1)
    .prepare('');
}

// The session check of resolveCaller (the user and the token's session version) and the card read, in one
// statement: a phone grading a card sends one review per request, and each round trip costs the server more
// than the review itself.
function prepareSessionAndCardRead(db: Db) {
  return db
    .select({ user: { id: users.id, role: users.role, isAdmin: users.isAdmin, displayName: users.displayName, timeZone: users.timeZone }, ...cardFields(sql.placeholder('logId'), users.id) })
    .from(users)
    .leftJoin(cards, and(eq(cards.id, sql.placeholder('cardId')), eq(cards.studentId, users.id)))
    .leftJoin(studySettings, eq(studySettings.userId, users.id))
    .where(and(eq(users.id, sql.placeholder('userId')), eq(users.sessionVersion, sql.placeholder('sessionVersion'))))
    .limit(1)
    .prepare('');
}

const cardRead = perDatabase(prepareCardRead);
const sessionAndCardRead = perDatabase(prepareSessionAndCardRead);

export type CardRead = NonNullable<Awaited<ReturnType<typeof readCardForReview>>>;

/** The caller's card with its row version and the caller's study settings, and whether `logId` is in the log. */
export async function readCardForReview(db: Db, studentId: string, cardId: string, logId: string) {
  const [row] = await cardRead(db).execute({ cardId, studentId, logId });
  return row ?? null;
}

/**
 * The caller a session token names, checked as resolveCaller checks it (null: no such user, or a session
 * version that was bumped), with the card as readCardForReview reads it (null: not one of the caller's).
 */
export async function readSessionAndCard(db: Db, claims: { userId: unknown; sessionVersion: unknown }, cardId: string, logId: string): Promise<{ caller: Caller; read: CardRead | null } | null> {
  const checked = wellFormedClaims(claims);
  if (!checked) return null;
  const [row] = await sessionAndCardRead(db).execute({ userId: checked.userId, sessionVersion: checked.sessionVersion, cardId, logId });
  if (!row) return null;
  const { user, card, ...rest } = row;
  return { caller: brandCaller(user), read: card ? { card, ...rest } : null };
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

/*
 * The review in one round trip. The device sends the card's state as it graded it; the server applies the
 * review to that claim with ts-fsrs and sends one statement that checks the session, the card's owner,
 * that the row holds exactly the claimed state, and that the student's settings are the ones the review
 * was computed with; only then does it move the card and append the log. Nothing written means one of
 * those did not hold: the caller takes the usual path, which reads the card and tells them apart.
 */

// The settings each student's reviews were last computed with, by the version of their row: learned from
// the usual path's read, checked by the one-statement path's WHERE clause, so a stale entry only costs a miss.
type KnownSettings = { version: string | null; params: SrsParams };
const knownSettings = perDatabase(() => new Map<string, KnownSettings>());
const MAX_KNOWN_SETTINGS = 50_000;

export function rememberSettings(db: Db, studentId: string, version: string | null, params: SrsParams): void {
  const known = knownSettings(db);
  if (known.size >= MAX_KNOWN_SETTINGS && !known.has(studentId)) known.clear();
  known.set(studentId, { version, params: { desiredRetention: params.desiredRetention, weights: params.weights } });
}

export function settingsKnownFor(db: Db, studentId: string): KnownSettings | null {
  return knownSettings(db).get(studentId) ?? null;
}

/**
 * Session check, ownership check, claimed-state check and the write, in one statement. Returns the caller
 * when the review was stored, null when nothing was written (or the log id was already taken).
 */
export async function advanceClaimed(
  db: Db,
  claims: { userId: string; sessionVersion: number },
  cardId: string,
  from: CardState,
  settingsVersion: string | null,
  state: CardState,
  log: NewReviewLog,
  now: Date,
): Promise<Caller | null> {
  const o = log.outcome;
  try {
    // The statement is the function cited_review_claimed (db/migrations/0004_review_function.sql), whose plan
    // PostgreSQL keeps per connection: sent as it is, it was planned again on every review.
    const result = await db.execute(sql`select * from cited_review_claimed(
      ${claims.userId}::uuid, ${claims.sessionVersion}::int, ${cardId}::uuid, ${settingsVersion}::text,
      ${iso(from.due)}::timestamptz, ${iso(from.lastReview)}::timestamptz, ${from.stability}::float8, ${from.difficulty}::float8,
      ${from.elapsedDays}::int, ${from.scheduledDays}::int, ${from.learningSteps}::int, ${from.reps}::int, ${from.lapses}::int, ${from.state}::int,
      ${iso(state.due)}::timestamptz, ${iso(state.lastReview)}::timestamptz, ${state.stability}::float8, ${state.difficulty}::float8,
      ${state.elapsedDays}::int, ${state.scheduledDays}::int, ${state.learningSteps}::int, ${state.reps}::int, ${state.lapses}::int, ${state.state}::int,
      ${log.id}::uuid, ${log.rating}::int, ${iso(log.review)}::timestamptz, ${log.durationMs}::int, ${iso(now)}::timestamptz,
      ${o.state}::int, ${iso(o.due)}::timestamptz, ${o.stability}::float8, ${o.difficulty}::float8,
      ${o.elapsedDays}::int, ${o.lastElapsedDays}::int, ${o.scheduledDays}::int, ${o.learningSteps}::int)`);
    const [row] = (result as unknown as { rows: { id: string; role: 'student' | 'teacher'; is_admin: boolean; display_name: string; time_zone: string }[] }).rows;
    return row ? brandCaller({ id: row.id, role: row.role, isAdmin: row.is_admin, displayName: row.display_name, timeZone: row.time_zone }) : null;
  } catch (error) {
    if (isUniqueViolation(error, 'review_logs_pkey')) return null;
    throw error;
  }
}
