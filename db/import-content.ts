/**
 * Loads content/articles/*.md, the facts extracted from them and the generated question bank into the
 * database. Idempotent: every row carries a hash of its content and is rewritten only when that changes,
 * so a second run writes nothing. Questions are never deleted (learners' answers point at them): one the
 * generator no longer produces is retired, and revived if it comes back.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, getTableColumns, isNotNull, isNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { articles, conflicts, figures, meetings, people, questions, quotes } from '@/db/schema';
import { parseArticleFile } from '@/lib/extract/article-file';
import { frontMatterProblem } from '@/lib/content/front-matter';
import { DEFAULT_CONTENT_DIR } from '@/db/start-meta';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput, CuratedPerson, LibraryFacts } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

// Kept in db/start-meta.ts, which start-up loads without this module (and extraction and generation with it).
export { contentFingerprint, DEFAULT_CONTENT_DIR } from '@/db/start-meta';

export const DEFAULT_SEED = 'cited';

/** The pure steps the import runs; tests swap in a fixed bank to exercise retiring and reviving. */
export interface ContentPipeline {
  extract: (articles: ArticleInput[], options: { curated?: CuratedPerson[] }) => LibraryFacts;
  generate: (facts: LibraryFacts, articles: ArticleInput[], options: { seed: string }) => readonly Question[] | { questions: readonly Question[] };
}

export const defaultPipeline: ContentPipeline = {
  extract: (inputs, options) => extractLibrary(inputs, options),
  generate: (facts, inputs, options) => generateBank(facts, inputs, options),
};

export interface ImportReport {
  /** `retired`: folder articles whose file is gone, hidden from the library from now on (history kept). */
  articles: { total: number; written: number; retired: number };
  facts: { total: number; written: number; deleted: number } | null;
  questions: { total: number; written: number; retired: number } | null;
  /** Set when extraction or generation failed: the articles are still imported. */
  error: string | null;
  /** Files left out, each with the reason (binary, empty, too large): the rest of the library still loads. */
  skipped: { file: string; reason: string }[];
}

/** A news article is a few kilobytes; anything this large is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Runner = Db | Tx;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stable hash of a row's content: the same data always hashes the same, whatever the key order. */
function hashOf(value: unknown): string {
  return sha256(JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)));
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Title slugs, cut at a word near 60 characters; a clash within the library gets the file id appended. */
export function slugsFor(inputs: readonly { id: string; title: string }[]): Map<string, string> {
  const base = inputs.map((a) => {
    const full = slugify(a.title) || slugify(a.id);
    if (full.length <= 60) return full;
    const cut = full.slice(0, 60);
    return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
  });
  const seen = new Map<string, number>();
  for (const s of base) seen.set(s, (seen.get(s) ?? 0) + 1);
  // "003_7dd9…" → "-003"; the whole id only if even that prefix is shared.
  const prefixes = inputs.map((a) => slugify(a.id.split('_')[0] ?? a.id));
  const prefixUnique = new Set(prefixes).size === prefixes.length;
  return new Map(
    inputs.map((a, i) => [a.id, (seen.get(base[i]!) ?? 0) > 1 ? `${base[i]}-${prefixUnique ? prefixes[i] : slugify(a.id)}` : base[i]!]),
  );
}

type ArticleFile = { input: ArticleInput; hash: string };

/** Reads every `.md` article; a file that cannot be an article is reported and left out, never fatal. */
export async function readArticleFiles(contentDir = DEFAULT_CONTENT_DIR): Promise<{ files: ArticleFile[]; skipped: ImportReport['skipped'] }> {
  const names = (await readdir(/*turbopackIgnore: true*/ contentDir)).filter((n) => n.endsWith('.md')).sort();
  const files: ArticleFile[] = [];
  const skipped: ImportReport['skipped'] = [];
  for (const name of names) {
    const file = path.join(/*turbopackIgnore: true*/ contentDir, name);
    try {
      const { size } = await stat(file);
      if (size > MAX_ARTICLE_BYTES) throw new Error(`${Math.round(size / 1024)} KiB is over the ${MAX_ARTICLE_BYTES / 1024} KiB limit for one article`);
      const text = await readFile(file, 'utf8');
      const problem = frontMatterProblem(text);
      if (problem) throw new Error(problem);
      const input = parseArticleFile(name, text);
      if (!input.body.trim()) throw new Error('the article has no text');
      files.push({ input, hash: sha256(text) });
    } catch (error) {
      skipped.push({ file: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { files, skipped };
}

const idOf = (fileName: string) => fileName.replace(/\.md$/, '');

/** Optional spelling fixes for people, `content/people.json` beside the articles folder. */
export async function readCuratedPeople(contentDir = DEFAULT_CONTENT_DIR): Promise<CuratedPerson[] | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ contentDir, '..', 'people.json'), 'utf8'));
    return Array.isArray(parsed) ? (parsed as CuratedPerson[]) : undefined;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Inserts rows, or rewrites an existing row only when its content hash differs. Returns how many rows
 * were written (inserted or changed).
 */
async function upsertByHash<T extends PgTable>(
  db: Runner,
  table: T,
  rows: Record<string, unknown>[],
  now: Date,
  options: { keep?: readonly string[]; extraSet?: Record<string, SQL>; extraWhere?: SQL } = {},
): Promise<number> {
  const { keep = [], extraSet = {}, extraWhere } = options;
  // One statement may not touch a row twice: a duplicated id keeps its first occurrence.
  const seen = new Set<unknown>();
  rows = rows.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
  if (rows.length === 0) return 0;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL | Date> = {};
  for (const [key, column] of Object.entries(columns)) {
    if (key === 'id' || key === 'createdAt' || keep.includes(key)) continue;
    set[key] = key === 'updatedAt' ? now : sql.raw(`excluded."${column.name}"`);
  }
  Object.assign(set, extraSet);
  const hash = columns.contentHash as PgColumn;
  const changed = sql`${hash} is distinct from excluded."content_hash"`;
  let written = 0;
  // Well under PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const result = await db
      .insert(table)
      .values(chunk as never)
      .onConflictDoUpdate({ target: columns.id as PgColumn, set: set as never, setWhere: extraWhere ? sql`(${changed}) or (${extraWhere})` : changed })
      .returning({ id: columns.id as PgColumn });
    written += (result as unknown[]).length;
  }
  return written;
}

/** Upserts the articles; returns how many rows changed. */
async function importArticles(db: Runner, files: { input: ArticleInput; hash: string }[], now: Date): Promise<number> {
  const slugs = slugsFor(files.map((f) => f.input));
  const rows = files.map(({ input, hash }) => ({
    id: input.id,
    slug: slugs.get(input.id)!,
    title: input.title,
    outlet: input.outlet ?? null,
    publishedOn: input.date ?? null,
    body: input.body,
    bodyStart: input.bodyStart,
    contentHash: hash,
    updatedAt: now,
  }));
  // A new article can change an old one's slug (a title clash adds the id): rewrite on that too. A file
  // that comes back after it was removed is un-retired (upsertByHash sets retired_at from the new row: null).
  return upsertByHash(db, articles, rows, now, {
    extraWhere: sql`${articles.slug} is distinct from excluded."slug" or ${articles.retiredAt} is not null`,
  });
}

/**
 * Retires the folder articles whose file is no longer in the folder: hidden from the library, kept (with
 * their questions, answers and reviews) for learners' history. Teachers' uploads are not the folder's.
 */
async function retireRemoved(db: Runner, presentIds: string[], now: Date): Promise<number> {
  const retired = await db
    .update(articles)
    .set({ retiredAt: now, updatedAt: now })
    .where(and(eq(articles.origin, 'folder'), isNull(articles.retiredAt), presentIds.length ? notInArray(articles.id, presentIds) : undefined))
    .returning({ id: articles.id });
  return retired.length;
}

function factRows(facts: LibraryFacts) {
  const base = (f: { id: string; articleId: string; sentence: { start: number; end: number }; supportedBy: string[]; conflictIds: string[] }) => ({
    id: f.id,
    articleId: f.articleId,
    sentenceStart: f.sentence.start,
    sentenceEnd: f.sentence.end,
    supportedBy: f.supportedBy,
    conflictIds: f.conflictIds,
  });
  const withHash = <R extends Record<string, unknown>>(row: R) => ({ ...row, contentHash: hashOf(row) });
  const personIds = new Set(facts.people.map((p) => p.id));
  return {
    people: facts.people.map((p) => withHash({ id: p.id, name: p.name, aliases: p.aliases, role: p.role, affiliation: p.affiliation })),
    quotes: facts.articles.flatMap((a) =>
      a.quotes.map((q) =>
        withHash({
          ...base(q),
          start: q.start,
          end: q.end,
          text: q.text,
          speaker: q.speaker,
          speakerId: q.speakerId && personIds.has(q.speakerId) ? q.speakerId : null,
          method: q.method,
          isFragment: q.isFragment,
        }),
      ),
    ),
    meetings: facts.articles.flatMap((a) =>
      a.meetings.map((m) =>
        withHash({ ...base(m), start: m.start, end: m.end, what: m.what, type: m.type, place: m.place, whenText: m.when, date: m.date, participants: m.participants, order: m.order }),
      ),
    ),
    figures: facts.articles.flatMap((a) =>
      a.figures.map((f) =>
        withHash({
          ...base(f),
          start: f.start,
          end: f.end,
          value: f.value,
          unit: f.unit,
          about: f.about,
          raw: f.raw,
          valueStart: f.valueStart,
          valueEnd: f.valueEnd,
          qualifier: f.qualifier,
          claimant: f.claimant,
          status: f.status,
        }),
      ),
    ),
    conflicts: facts.conflicts.map((c) => withHash({ id: c.id, kind: c.kind, about: c.about, claims: c.claims, reference: c.reference ?? null })),
  };
}

/** Articles a teacher added in the app: the folder's import neither owns nor removes their facts and questions. */
const uploadedArticleIds = (db: Runner) => db.select({ id: articles.id }).from(articles).where(ne(articles.origin, 'folder'));

async function deleteMissing(db: Runner, table: PgTable, ids: string[]): Promise<number> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const idColumn = columns.id as PgColumn;
  const notUploaded = columns.articleId ? notInArray(columns.articleId, uploadedArticleIds(db)) : undefined;
  const result = await db.delete(table).where(and(ids.length ? notInArray(idColumn, ids) : undefined, notUploaded)).returning({ id: idColumn });
  return (result as unknown[]).length;
}

async function importFacts(db: Runner, facts: LibraryFacts, articleIds: Set<string>, now: Date) {
  const rows = factRows(facts);
  // Facts of an article that is not in the library (a stale extraction) would break the foreign key.
  const own = <R extends { articleId: string }>(list: R[]) => list.filter((r) => articleIds.has(r.articleId));
  let written = await upsertByHash(db, people, rows.people, now);
  written += await upsertByHash(db, quotes, own(rows.quotes), now);
  written += await upsertByHash(db, meetings, own(rows.meetings), now);
  written += await upsertByHash(db, figures, own(rows.figures), now);
  written += await upsertByHash(db, conflicts, rows.conflicts, now);
  let deleted = 0;
  deleted += await deleteMissing(db, quotes, own(rows.quotes).map((r) => r.id));
  deleted += await deleteMissing(db, meetings, own(rows.meetings).map((r) => r.id));
  deleted += await deleteMissing(db, figures, own(rows.figures).map((r) => r.id));
  deleted += await deleteMissing(db, conflicts, rows.conflicts.map((r) => r.id));
  deleted += await deleteMissing(db, people, rows.people.map((r) => r.id));
  const total = rows.people.length + own(rows.quotes).length + own(rows.meetings).length + own(rows.figures).length + rows.conflicts.length;
  return { total, written, deleted };
}

async function importQuestions(db: Runner, bank: readonly Question[], articleIds: Set<string>, now: Date) {
  const rows = bank.map((q) => {
    const content = {
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices,
      answer: q.answer,
      numeric: q.numeric ?? null,
      back: q.back ?? null,
      explanation: q.explanation,
      sources: q.sources,
      factIds: q.factIds,
      difficulty: Math.min(1, Math.max(0, q.difficulty)),
      tags: q.tags,
      choiceType: q.choiceType ?? null,
      articleId: q.sources.map((s) => s.article).find((a) => articleIds.has(a)) ?? null,
    };
    return { ...content, contentHash: hashOf(content) };
  });
  // A question the generator produces again comes back from retirement; a teacher's own retirement stays.
  const revive = isNotNull(questions.vanishedAt);
  const written = await upsertByHash(db, questions, rows, now, {
    // Retirement is decided below, not by the content; teachers' reviews live in question_reviews.
    keep: ['status', 'vanishedAt'],
    extraSet: {
      status: sql`case when ${questions.vanishedAt} is not null and ${questions.status} = 'retired' then 'generated' else ${questions.status} end`,
      vanishedAt: sql`null`,
    },
    extraWhere: revive,
  });
  const ids = rows.map((r) => r.id);
  const retired = await db
    .update(questions)
    .set({ status: 'retired', vanishedAt: now, updatedAt: now })
    .where(
      and(
        isNull(questions.vanishedAt),
        ids.length ? notInArray(questions.id, ids) : undefined,
        or(isNull(questions.articleId), notInArray(questions.articleId, uploadedArticleIds(db))),
      ),
    )
    .returning({ id: questions.id });
  return { total: rows.length, written, retired: retired.length };
}

/**
 * Imports the library. Articles go in first and stay even if extraction or generation throws (the error
 * is reported), so the app can always show the texts.
 */
export async function importContent(
  db: Db,
  options: { contentDir?: string; seed?: string; now?: Date; pipeline?: ContentPipeline } = {},
): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const { files, skipped } = await readArticleFiles(options.contentDir);
  // A file refused for its format is still in the folder: it is reported, not retired.
  const presentIds = [...files.map((f) => f.input.id), ...skipped.map((s) => idOf(s.file))];
  const { written, retired } = await db.transaction(async (tx) => ({
    written: await importArticles(tx, files, now),
    retired: await retireRemoved(tx, presentIds, now),
  }));
  const report: ImportReport = { articles: { total: files.length, written, retired }, facts: null, questions: null, error: null, skipped };
  try {
    const inputs = files.map((f) => f.input);
    const articleIds = new Set(inputs.map((a) => a.id));
    const pipeline = options.pipeline ?? defaultPipeline;
    const facts = pipeline.extract(inputs, { curated: await readCuratedPeople(options.contentDir) });
    const generated = pipeline.generate(facts, inputs, { seed: options.seed ?? DEFAULT_SEED });
    const bank = 'questions' in generated ? generated.questions : generated;
    await db.transaction(async (tx) => {
      report.facts = await importFacts(tx, facts, articleIds, now);
      report.questions = await importQuestions(tx, bank, articleIds, now);
    });
  } catch (error) {
    report.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return report;
}
