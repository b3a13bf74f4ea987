import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Question, QuestionKind, QuestionSource } from '@/lib/generate/types';
import { articles } from './articles';
import { users } from './users';

export const questionStatuses = ['generated', 'approved', 'edited', 'retired'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

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
    /** The first cited article; the others are in `sources`. */
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    status: text('status', { enum: questionStatuses }).notNull().default('generated'),
    // A teacher's edits sit beside the generated text, so a regeneration never overwrites them.
    editedPrompt: text('edited_prompt'),
    editedChoices: jsonb('edited_choices').$type<string[]>(),
    editedAnswer: text('edited_answer'),
    editedExplanation: text('edited_explanation'),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Set when the latest generation no longer produced this question (it is then retired, never deleted). */
    vanishedAt: timestamp('vanished_at', { withTimezone: true }),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('questions_status_check', sql`${t.status} in ('generated', 'approved', 'edited', 'retired')`),
    check('questions_difficulty_check', sql`${t.difficulty} >= 0 and ${t.difficulty} <= 1`),
    index('questions_article_idx').on(t.articleId),
  ],
);

/** A teacher's pick of questions, or (owner null) the generated default set of an article. */
export const sets = pgTable(
  'sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
