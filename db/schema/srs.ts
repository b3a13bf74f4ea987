import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { questions } from './questions';
import { users } from './users';

/**
 * A question in a student's flashcards, with its FSRS state (ts-fsrs `Card`). The state is derived: the
 * replay of the card's review log in review-time order, cached here and rebuilt when a late review arrives.
 */
export const cards = pgTable(
  'cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    due: timestamp('due', { withTimezone: true }).notNull(),
    stability: doublePrecision('stability').notNull().default(0),
    difficulty: doublePrecision('difficulty').notNull().default(0),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    state: smallint('state').notNull().default(0),
    lastReview: timestamp('last_review', { withTimezone: true }),
    /** When the question joined the student's flashcards (new cards are introduced in this order). */
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    /** Taken out of the queue by the student (history kept). */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('cards_student_question_unique').on(t.studentId, t.questionId), index('cards_student_due_idx').on(t.studentId, t.due)],
);

/**
 * Every review, append-only (ts-fsrs `ReviewLog`). The id comes from the client: a retried or re-synced
 * review is one row. `rating` and `review` are the event; the other columns are what the replay computed
 * and are rewritten when a late review lands before them. An undone review keeps its row with `undoneAt`
 * set, so a re-sync of the same id cannot bring it back.
 */
export const reviewLogs = pgTable(
  'review_logs',
  {
    id: uuid('id').primaryKey(),
    cardId: uuid('card_id')
      .notNull()
      .references(() => cards.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    rating: smallint('rating').notNull(),
    /** When the student reviewed (the client's clock, checked for sanity). */
    review: timestamp('review', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    state: smallint('state').notNull(),
    due: timestamp('due', { withTimezone: true }).notNull(),
    stability: doublePrecision('stability').notNull(),
    difficulty: doublePrecision('difficulty').notNull(),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    lastElapsedDays: integer('last_elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    /** When the server received it. */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('review_logs_rating_check', sql`${t.rating} between 1 and 4`),
    index('review_logs_card_idx').on(t.cardId, t.review),
    index('review_logs_student_review_idx').on(t.studentId, t.review),
  ],
);
