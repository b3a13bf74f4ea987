import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { AttributionMethod, Conflict, ConflictKind, FigureQualifier, MeetingKind } from '@/lib/extract/types';
import { articles } from './articles';

// Facts are derived from articles by lib/extract; each row keeps a hash of its content so that a re-import
// rewrites only what changed.
const factColumns = () => ({
  id: text('id').primaryKey(),
  articleId: text('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  sentenceStart: integer('sentence_start').notNull(),
  sentenceEnd: integer('sentence_end').notNull(),
  supportedBy: text('supported_by').array().notNull().default([]),
  conflictIds: text('conflict_ids').array().notNull().default([]),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const people = pgTable('people', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
  role: text('role'),
  affiliation: text('affiliation'),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const quotes = pgTable(
  'quotes',
  {
    ...factColumns(),
    text: text('text').notNull(),
    speaker: text('speaker'),
    speakerId: text('speaker_id').references(() => people.id, { onDelete: 'set null' }),
    method: text('method').$type<AttributionMethod>().notNull(),
    isFragment: boolean('is_fragment').notNull().default(false),
  },
  (t) => [index('quotes_article_idx').on(t.articleId), index('quotes_speaker_idx').on(t.speakerId)],
);

export const meetings = pgTable(
  'meetings',
  {
    ...factColumns(),
    what: text('what').notNull(),
    type: text('type').$type<MeetingKind>().notNull(),
    place: text('place'),
    whenText: text('when_text'),
    date: text('date'),
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    order: integer('order'),
  },
  (t) => [index('meetings_article_idx').on(t.articleId)],
);

export const figures = pgTable(
  'figures',
  {
    ...factColumns(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    about: text('about').notNull(),
    raw: text('raw').notNull(),
    valueStart: integer('value_start').notNull(),
    valueEnd: integer('value_end').notNull(),
    qualifier: text('qualifier').$type<NonNullable<FigureQualifier>>(),
    claimant: text('claimant'),
    status: text('status'),
  },
  (t) => [index('figures_article_idx').on(t.articleId)],
);

/** Claims span several articles, so they stay JSON rather than a join table. */
export const conflicts = pgTable('conflicts', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<ConflictKind>().notNull(),
  about: text('about').notNull(),
  claims: jsonb('claims').$type<Conflict['claims']>().notNull(),
  /** What a curated list gives for the disputed thing (a name's spelling, a role), when it gives one. */
  reference: text('reference'),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
