import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cards, reviewLogs, studySettings } from '@/db/schema';
import { applyReview, replayReviews, type CardState, type Rating, type ReviewOutcome, type SrsParams } from '@/lib/srs/scheduler';
import { reviewEventSchema, sanityCheckedTime, undoEventSchema, type ReviewEvent } from '@/lib/validation/study';
import type { Caller } from './caller';
import { cardStateOf } from './card-state';
import { stateToWire, type SrsWire } from '@/lib/sync/study-cards';
import { advanceClaimed, advanceIfUnchanged, readCardForReview, rememberSettings, settingsKnownFor, type CardRead } from './review-write';
import { wellFormedClaims } from './users';
import { getStudySettings, studySettingsOf } from './study-settings';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * A card's schedule after an event. The grade buttons' labels are computed on the device (it schedules
 * offline with the same ts-fsrs), so the server sends the state, not a preview of every grade.
 */
export interface CardScheduleDto {
  cardId: string;
  due: string;
  state: number;
  reps: number;
  /** The card's whole FSRS state after the event: what a device grades its next review from. */
  srs: SrsWire;
}

export type ReviewResult =
  | { id: string; ok: true; status: 'stored' | 'duplicate' | 'undone' | 'already-undone'; card: CardScheduleDto }
  | { id: string | null; ok: false; error: 'invalid' | 'not-found' | 'too-old' };

function cardColumns(state: CardState, now: Date) {
  return { due: state.due, stability: state.stability, difficulty: state.difficulty, elapsedDays: state.elapsedDays, scheduledDays: state.scheduledDays, learningSteps: state.learningSteps, reps: state.reps, lapses: state.lapses, state: state.state, lastReview: state.lastReview, updatedAt: now };
}

function outcomeColumns(outcome: ReviewOutcome) {
  return { state: outcome.state, due: outcome.due, stability: outcome.stability, difficulty: outcome.difficulty, elapsedDays: outcome.elapsedDays, lastElapsedDays: outcome.lastElapsedDays, scheduledDays: outcome.scheduledDays, learningSteps: outcome.learningSteps };
}

function scheduleOf(cardId: string, state: CardState): CardScheduleDto {
  return { cardId, due: state.due.toISOString(), state: state.state, reps: state.reps, srs: stateToWire(state) };
}

const stored = { state: reviewLogs.state, due: reviewLogs.due, stability: reviewLogs.stability, difficulty: reviewLogs.difficulty, elapsedDays: reviewLogs.elapsedDays, lastElapsedDays: reviewLogs.lastElapsedDays, scheduledDays: reviewLogs.scheduledDays, learningSteps: reviewLogs.learningSteps };

function sameOutcome(a: ReviewOutcome, b: ReviewOutcome): boolean {
  return a.state === b.state && a.due.getTime() === b.due.getTime() && a.stability === b.stability && a.difficulty === b.difficulty && a.elapsedDays === b.elapsedDays && a.lastElapsedDays === b.lastElapsedDays && a.scheduledDays === b.scheduledDays && a.learningSteps === b.learningSteps;
}

/** Rebuilds a card from its log (undone reviews left out) and rewrites what the replay derives. */
async function replayCard(tx: Tx, card: { id: string; addedAt: Date }, params: SrsParams, now: Date): Promise<CardState> {
  const log = await tx
    .select({ id: reviewLogs.id, rating: reviewLogs.rating, review: reviewLogs.review, ...stored })
    .from(reviewLogs)
    .where(and(eq(reviewLogs.cardId, card.id), isNull(reviewLogs.undoneAt)))
    .orderBy(asc(reviewLogs.review), asc(reviewLogs.id));
  const { card: state, outcomes } = replayReviews(card.addedAt, log.map((l) => ({ ...l, rating: l.rating as Rating })), params);
  // Reviews before the one that landed replay as they were: only rows whose outcome moved are written.
  const byId = new Map(log.map((l) => [l.id, l]));
  for (const [id, outcome] of outcomes) {
    const before = byId.get(id);
    if (before && sameOutcome(before, outcome)) continue;
    await tx.update(reviewLogs).set(outcomeColumns(outcome)).where(eq(reviewLogs.id, id));
  }
  await tx.update(cards).set(cardColumns(state, now)).where(eq(cards.id, card.id));
  return state;
}

async function lockOwnCard(tx: Tx, caller: Caller, cardId: string) {
  const [card] = await tx.select().from(cards).where(and(eq(cards.id, cardId), eq(cards.studentId, caller.id))).for('update').limit(1);
  return card ?? null;
}

type NewLog = typeof reviewLogs.$inferInsert;

async function insertLog(tx: Tx, log: NewLog): Promise<boolean> {
  const [row] = await tx.insert(reviewLogs).values(log).onConflictDoNothing().returning({ id: reviewLogs.id });
  return Boolean(row);
}

/** Inserts the log and, only when it was new, writes the card's new state: one statement. */
async function insertAndAdvance(tx: Tx, log: NewLog, cardId: string, state: ReturnType<typeof cardColumns>): Promise<boolean> {
  const inserted = tx.$with('inserted').as(tx.insert(reviewLogs).values(log).onConflictDoNothing().returning({ id: reviewLogs.id }));
  const [row] = await tx
    .with(inserted)
    .update(cards)
    .set(state)
    .where(and(eq(cards.id, cardId), sql`exists (select 1 from ${inserted})`))
    .returning({ id: cards.id });
  return Boolean(row);
}

/** The caller's card, locked for this transaction, with the caller's study settings: one round trip. */
async function lockOwnCardWithSettings(tx: Tx, caller: Caller, cardId: string) {
  const [row] = await tx
    .select({ card: cards, settings: studySettings })
    .from(cards)
    .leftJoin(studySettings, eq(studySettings.userId, caller.id))
    .where(and(eq(cards.id, cardId), eq(cards.studentId, caller.id)))
    .for('update', { of: cards })
    .limit(1);
  return row ? { card: row.card, params: studySettingsOf(row.settings) } : null;
}

// A card changed between the read and the write this many times in a row (a burst of devices syncing one
// card) is reviewed under its row lock instead, so every review ends.
const OPTIMISTIC_TRIES = 3;

/**
 * Records one review. The log is append-only and keyed by the client's id, so a retried or re-synced
 * review is one row. A review later than the card's last one is applied to the card as read, and written
 * with its log row in one statement if the card did not change meanwhile (the usual case: two round trips,
 * no lock); one that arrives late, dated before reviews already recorded, replays the card's whole log in
 * review-time order under the card's lock so it lands where it belongs.
 */
export async function submitReview(db: Db, caller: Caller, input: unknown, now: Date = new Date(), firstRead?: { cardId: string; logId: string; read: CardRead | null }): Promise<ReviewResult> {
  const parsed = reviewEventSchema.safeParse(input);
  const rawId = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id.slice(0, 64) : null;
  if (!parsed.success) return { id: rawId, ok: false, error: 'invalid' };
  const event = parsed.data;
  if (caller.role !== 'student') return { id: event.id, ok: false, error: 'not-found' };
  const reviewedAt = sanityCheckedTime(event.reviewedAt, now);
  if (!reviewedAt) return { id: event.id, ok: false, error: 'too-old' };

  for (let tries = 0; tries < OPTIMISTIC_TRIES; tries++) {
    // The first read may come with the session check (readSessionAndCard), for this same card and id.
    const read = tries === 0 && firstRead?.cardId === event.cardId && firstRead.logId === event.id ? firstRead.read : await readCardForReview(db, caller.id, event.cardId, event.id);
    if (!read) return { id: event.id, ok: false, error: 'not-found' };
    const { card } = read;
    // Sent before (a retry or re-sync): the card as it stands. Another card's or another student's id: not ours to touch.
    if (read.isIdTaken) return read.knownCardId === card.id ? { id: event.id, ok: true, status: 'duplicate', card: scheduleOf(card.id, cardStateOf(card)) } : { id: event.id, ok: false, error: 'invalid' };
    const at = reviewedAt < card.addedAt ? card.addedAt : reviewedAt;
    if (card.lastReview && at < card.lastReview) break;
    const params = studySettingsOf(read.settings);
    rememberSettings(db, caller.id, read.settingsVersion, params);
    const next = applyReview(cardStateOf(card), event.rating, at, params);
    const log = { id: event.id, rating: event.rating, review: at, durationMs: event.durationMs ?? null, outcome: next.outcome };
    if (await advanceIfUnchanged(db, caller.id, card.id, read.version, next.card, log, now)) return { id: event.id, ok: true, status: 'stored', card: scheduleOf(card.id, next.card) };
  }
  return submitLocked(db, caller, event, reviewedAt, now);
}

/**
 * A review in one round trip, when the device sent the card's state as it graded it and this process knows
 * the student's settings: the review applied to that claim, written only if the card row, the session and
 * the settings all still match (review-write.ts, advanceClaimed). Null: take the usual path (submitReview),
 * which also answers every refusal, a duplicate and a late review.
 */
export async function submitClaimedReview(db: Db, claims: { userId: unknown; sessionVersion: unknown }, input: unknown, now: Date = new Date()): Promise<{ caller: Caller; result: ReviewResult } | null> {
  const parsed = reviewEventSchema.safeParse(input);
  const checked = wellFormedClaims(claims);
  if (!parsed.success || !parsed.data.from || !checked) return null;
  const event = parsed.data;
  const from = event.from as CardState;
  const at = sanityCheckedTime(event.reviewedAt, now);
  const settings = settingsKnownFor(db, checked.userId);
  if (!at || !settings || (from.lastReview && at < from.lastReview)) return null;
  const next = claimedNext(from, event.rating, at, settings.params);
  if (!next) return null;
  const log = { id: event.id, rating: event.rating, review: at, durationMs: event.durationMs ?? null, outcome: next.outcome };
  const caller = await advanceClaimed(db, checked, event.cardId, from, settings.version, next.card, log, now);
  return caller ? { caller, result: { id: event.id, ok: true, status: 'stored', card: scheduleOf(event.cardId, next.card) } } : null;
}

// A claimed state no card can be in (a forged one) makes ts-fsrs throw: then it is not the row's state either.
function claimedNext(from: CardState, rating: Rating, at: Date, params: SrsParams) {
  try {
    return applyReview(from, rating, at, params);
  } catch {
    return null;
  }
}

/** A review under the card's row lock: a late one (replayed into place), or one that lost the race too often. */
function submitLocked(db: Db, caller: Caller, event: ReviewEvent, reviewedAt: Date, now: Date): Promise<ReviewResult> {
  return db.transaction(async (tx): Promise<ReviewResult> => {
    const locked = await lockOwnCardWithSettings(tx, caller, event.cardId);
    if (!locked) return { id: event.id, ok: false, error: 'not-found' };
    const { card, params } = locked;
    const at = reviewedAt < card.addedAt ? card.addedAt : reviewedAt;
    const isInOrder = !card.lastReview || at >= card.lastReview;
    const next = applyReview(cardStateOf(card), event.rating, at, params);
    const log = { id: event.id, cardId: card.id, studentId: caller.id, questionId: card.questionId, rating: event.rating, review: at, durationMs: event.durationMs ?? null, createdAt: now, ...outcomeColumns(next.outcome) };
    // The insert is the duplicate check: a new id is stored; a known one changes nothing and is looked up.
    const inserted = isInOrder ? await insertAndAdvance(tx, log, card.id, cardColumns(next.card, now)) : await insertLog(tx, log);
    if (!inserted) {
      const [known] = await tx.select({ cardId: reviewLogs.cardId }).from(reviewLogs).where(and(eq(reviewLogs.id, event.id), eq(reviewLogs.studentId, caller.id))).limit(1);
      return known?.cardId === card.id ? { id: event.id, ok: true, status: 'duplicate', card: scheduleOf(card.id, cardStateOf(card)) } : { id: event.id, ok: false, error: 'invalid' };
    }
    if (isInOrder) return { id: event.id, ok: true, status: 'stored', card: scheduleOf(card.id, next.card) };
    const replayed = await replayCard(tx, card, params, now);
    return { id: event.id, ok: true, status: 'stored', card: scheduleOf(card.id, replayed) };
  });
}

/**
 * Undoes one of the caller's reviews: the row stays, marked undone (so a re-sync of the same id cannot
 * bring it back), and the card is replayed without it.
 */
export async function undoReview(db: Db, caller: Caller, input: unknown, now: Date = new Date()): Promise<ReviewResult> {
  const parsed = undoEventSchema.safeParse(input);
  const rawId = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id.slice(0, 64) : null;
  if (!parsed.success) return { id: rawId, ok: false, error: 'invalid' };
  const { id } = parsed.data;
  if (caller.role !== 'student') return { id, ok: false, error: 'not-found' };
  const [review] = await db.select({ cardId: reviewLogs.cardId }).from(reviewLogs).where(and(eq(reviewLogs.id, id), eq(reviewLogs.studentId, caller.id))).limit(1);
  if (!review) return { id, ok: false, error: 'not-found' };
  const params = await getStudySettings(db, caller);
  return db.transaction(async (tx): Promise<ReviewResult> => {
    const card = await lockOwnCard(tx, caller, review.cardId);
    if (!card) return { id, ok: false, error: 'not-found' };
    const [marked] = await tx
      .update(reviewLogs)
      .set({ undoneAt: now })
      .where(and(eq(reviewLogs.id, id), eq(reviewLogs.studentId, caller.id), isNull(reviewLogs.undoneAt)))
      .returning({ id: reviewLogs.id });
    if (!marked) return { id, ok: true, status: 'already-undone', card: scheduleOf(card.id, cardStateOf(card)) };
    const state = await replayCard(tx, card, params, now);
    return { id, ok: true, status: 'undone', card: scheduleOf(card.id, state) };
  });
}
