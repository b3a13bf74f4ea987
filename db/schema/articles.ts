import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const articles = pgTable(
  'articles',
  {
    /** The file name without extension (or `upload-…` for a teacher's upload): fact and question sources refer to it. */
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    outlet: text('outlet'),
    publishedOn: date('published_on', { mode: 'string' }),
    /** Exactly as published: citations are offsets into it. */
    body: text('body').notNull(),
    bodyStart: integer('body_start').notNull().default(0),
    /** sha256 of the whole file: the import rewrites a row only when this changes. */
    contentHash: text('content_hash').notNull(),
    /** 'folder': content/articles (everyone's library); 'upload': added by a teacher, seen by them and their classes. */
    origin: text('origin', { enum: ['folder', 'upload'] }).notNull().default('folder'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Set when the file left content/articles: hidden from the library, kept for learners' history. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** A near-copy of another article (same story, reworded): points at the original. */
    duplicateOf: text('duplicate_of'),
    duplicateSimilarity: real('duplicate_similarity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('articles_origin_check', sql`${t.origin} in ('folder', 'upload')`),
    check('articles_upload_owner_check', sql`${t.origin} = 'folder' or ${t.ownerId} is not null`),
    index('articles_owner_idx').on(t.ownerId),
  ],
);

/** Background extraction and generation of an uploaded article, with progress a teacher can watch. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: text('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    /** 0–100. */
    progress: integer('progress').notNull().default(0),
    /** What the job is doing now, in words ("Finding quotations"). */
    step: text('step'),
    error: text('error'),
    questionCount: integer('question_count'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('import_jobs_status_check', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    index('import_jobs_requested_by_idx').on(t.requestedBy),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
