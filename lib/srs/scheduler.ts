import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade, type ReviewLog } from 'ts-fsrs';

import type { Rating } from './ratings';

export { RATINGS, RATING_LABELS, type Rating } from './ratings';

/** A student's scheduler settings: their desired retention and, once fitted, their own FSRS weights. */
export interface SrsParams {
  desiredRetention: number;
  weights: readonly number[] | null;
}

export const DEFAULT_SRS_PARAMS: SrsParams = { desiredRetention: 0.9, weights: null };

/** A card's FSRS state as the `cards` table stores it. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: number;
  lastReview: Date | null;
}

/** What the replay computed for one review, as `review_logs` stores it beside the event. */
export interface ReviewOutcome {
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
}

/** The event itself: who graded what, when. Everything else is derived from these. */
export interface ReviewEvent {
  id: string;
  rating: Rating;
  review: Date;
}

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs instance per distinct settings (fuzz on: ts-fsrs seeds it from the card, so replays repeat it). */
function schedulerFor(params: SrsParams): FSRS {
  const key = `${params.desiredRetention}|${params.weights?.join(',') ?? ''}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({ request_retention: params.desiredRetention, enable_fuzz: true, enable_short_term: true, ...(params.weights ? { w: [...params.weights] } : {}) }),
    );
    if (schedulers.size > 200) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function toCard(state: CardState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.lastReview ?? undefined,
  };
}

function fromCard(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function fromLog(log: ReviewLog): ReviewOutcome {
  return {
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
  };
}

/**
 * A card that has never been reviewed, due when it was added.
 *
 * @example
 * newCardState(new Date('2026-01-05T09:00:00Z')).state // 0
 */
export function newCardState(addedAt: Date): CardState {
  return fromCard(createEmptyCard(addedAt));
}

/**
 * One review applied to a card at a given time.
 *
 * @example
 * const { card } = applyReview(newCardState(now), 3, now, DEFAULT_SRS_PARAMS);
 */
export function applyReview(card: CardState, rating: Rating, at: Date, params: SrsParams): { card: CardState; outcome: ReviewOutcome } {
  // A clock that ran backwards (another device, a late sync) must not make elapsed time negative.
  const when = card.lastReview && at < card.lastReview ? card.lastReview : at;
  const result = schedulerFor(params).next(toCard(card), when, rating as Grade);
  return { card: fromCard(result.card), outcome: fromLog(result.log) };
}

/** Review-time order, the id breaking ties, so every device and every arrival order replays alike. */
export function compareReviews(a: ReviewEvent, b: ReviewEvent): number {
  return a.review.getTime() - b.review.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A card's state is the replay of its log in review-time order: the order reviews arrived in does not
 * matter, so a review synced late lands where it belongs. Returns the card and each review's outcome.
 *
 * @example
 * replayReviews(addedAt, shuffled, params).card // equals replayReviews(addedAt, ordered, params).card
 */
export function replayReviews(addedAt: Date, events: readonly ReviewEvent[], params: SrsParams): { card: CardState; outcomes: Map<string, ReviewOutcome> } {
  let card = newCardState(addedAt);
  const outcomes = new Map<string, ReviewOutcome>();
  for (const event of [...events].sort(compareReviews)) {
    const next = applyReview(card, event.rating, event.review, params);
    card = next.card;
    outcomes.set(event.id, next.outcome);
  }
  return { card, outcomes };
}

/**
 * When the card would next be due after each grade, for the labels on the grade buttons.
 *
 * @example
 * previewDue(card, now, params)[3] // the due date after "Good"
 */
export function previewDue(card: CardState, now: Date, params: SrsParams): Record<Rating, Date> {
  const preview = schedulerFor(params).repeat(toCard(card), card.lastReview && now < card.lastReview ? card.lastReview : now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}
