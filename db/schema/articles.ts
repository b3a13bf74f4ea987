import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const articles = pgTable('articles', {
  /** The file name without extension: fact and question sources refer to it. */
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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ArticleRow = typeof articles.$inferSelect;
