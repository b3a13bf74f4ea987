import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Question, QuestionKind, QuestionSource } from '@/lib/generate/types';
import { articles } from './articles';
import { users } from './users';

/** 'retired': the latest generation no longer produced the question (kept for learners' history). */
export const questionStatuses = ['generated', 'retired'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/** The shared, generated bank. Teachers never change these rows: their approvals and edits are `question_reviews`. */
export const questions = pgTable(
  'questions',
  {
    /** Derived from content by lib/generate, so regenerating keeps learners' history on unchanged questions. */
    id: text('id').primaryKey(),
    kind: text('kind').$type<QuestionKind>().notNull(),
    prompt: text('prompt').notNull(),
    choices: jsonb('choices').$type<string[]>().notNull().default([]),
    answer: text('answer').notNull(),
    numeric: jsonb('numeric').$type<NonNullable<Question['numeric']>>(),
    back: text('back'),
    explanation: text('explanation').notNull(),
    sources: jsonb('sources').$type<QuestionSource[]>().notNull(),
    factIds: text('fact_ids').array().notNull().default([]),
    difficulty: real('difficulty').notNull(),
    tags: text('tags').array().notNull().default([]),
    /** What the choices are ('person', 'place', …): typed answers compare people by alias. */
    choiceType: text('choice_type'),
    /** The first cited article; the others are in `sources`. */
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    status: text('status', { enum: questionStatuses }).notNull().default('generated'),
    /** Set when the latest generation no longer produced this question (it is then retired, never deleted). */
    vanishedAt: timestamp('vanished_at', { withTimezone: true }),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('questions_status_check', sql`${t.status} in ('generated', 'retired')`),
    check('questions_difficulty_check', sql`${t.difficulty} >= 0 and ${t.difficulty} <= 1`),
    index('questions_article_idx').on(t.articleId),
  ],
);

/** The learner-facing content of a question: what a teacher may edit, and what an assignment or attempt freezes. */
export interface QuestionVersion {
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  answer: string;
  numeric: { value: number; tolerance: number; unit: string } | null;
  back: string | null;
  explanation: string;
  sources: QuestionSource[];
  choiceType: string | null;
}

/**
 * One teacher's decision on one generated question: approve or reject, and optionally their own wording.
 * An overlay: it never changes the shared row nor another teacher's view, and survives a regeneration
 * (the id is content-derived; a question that changes is a new id to review).
 */
export const questionReviews = pgTable(
  'question_reviews',
  {
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['approved', 'rejected'] }).notNull(),
    /** The teacher's wording; null fields keep the generated text. */
    prompt: text('prompt'),
    choices: jsonb('choices').$type<string[]>(),
    answer: text('answer'),
    explanation: text('explanation'),
    numeric: jsonb('numeric').$type<NonNullable<Question['numeric']>>(),
    /** Why it was rejected or changed, for the teacher's own record. */
    note: text('note'),
    /** Bumped on every change, so a set or assignment can tell which wording it froze. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.teacherId, t.questionId] }),
    check('question_reviews_status_check', sql`${t.status} in ('approved', 'rejected')`),
    index('question_reviews_question_idx').on(t.questionId),
  ],
);

/** A teacher's pick of questions, in order. */
export const sets = pgTable(
  'sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Set for the ready-made set of one article. */
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sets_owner_idx').on(t.ownerId)],
);

export const setItems = pgTable(
  'set_items',
  {
    setId: uuid('set_id')
      .notNull()
      .references(() => sets.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.setId, t.questionId] })],
);

export type QuestionRow = typeof questions.$inferSelect;
export type QuestionReviewRow = typeof questionReviews.$inferSelect;
