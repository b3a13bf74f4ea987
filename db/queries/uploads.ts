import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, figures, importJobs, meetings, questions, quotes } from '@/db/schema';
import { defaultPipeline, readCuratedPeople } from '@/db/import-content';
import { parseArticleFile } from '@/lib/extract/article-file';
import type { ArticleInput } from '@/lib/extract/types';
import { findNearCopy } from '@/lib/upload/similarity';
import { isUuid, type Caller } from './caller';

/**
 * A teacher's own articles: stored at once, then extracted and turned into questions in the background
 * (an import job the teacher watches). Seen by that teacher and the students of their classes only.
 */

export interface UploadCreated {
  jobId: string;
  articleId: string;
  articleSlug: string;
  title: string;
  /** The library article this text copies, when it is a near-copy. */
  copyOf: { title: string; slug: string; similarity: number } | null;
}

function slugify(text: string): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-[^-]*$/, '') || 'article';
}

/** Stores the article and queues its import job; the text has passed lib/upload/check.ts already. */
export async function createUpload(db: Db, caller: Caller, input: { fileName: string; text: string; title?: string; outlet?: string }): Promise<UploadCreated | null> {
  if (caller.role !== 'teacher') return null;
  const suffix = randomBytes(4).toString('hex');
  const id = `upload-${suffix}`;
  const parsed = parseArticleFile(`${id}${input.fileName.toLowerCase().endsWith('.md') ? '.md' : '.txt'}`, input.text);
  const title = input.title ?? parsed.title.slice(0, 200);
  const library = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, body: articles.body })
    .from(articles)
    .where(and(isNull(articles.retiredAt), or(eq(articles.origin, 'folder'), eq(articles.ownerId, caller.id))));
  const near = findNearCopy(parsed.body, library);
  const original = near ? library.find((a) => a.id === near.id)! : null;
  const jobId = await db.transaction(async (tx) => {
    await tx.insert(articles).values({
      id,
      slug: `${slugify(title)}-${suffix}`,
      title,
      outlet: input.outlet ?? parsed.outlet ?? null,
      publishedOn: parsed.date ?? null,
      body: parsed.body,
      bodyStart: parsed.bodyStart,
      contentHash: createHash('sha256').update(input.text).digest('hex'),
      origin: 'upload',
      ownerId: caller.id,
      duplicateOf: near?.id ?? null,
      duplicateSimilarity: near?.similarity ?? null,
    });
    const [job] = await tx.insert(importJobs).values({ articleId: id, requestedBy: caller.id, step: 'Waiting to start' }).returning({ id: importJobs.id });
    return job!.id;
  });
  return {
    jobId,
    articleId: id,
    articleSlug: `${slugify(title)}-${suffix}`,
    title,
    copyOf: original && near ? { title: original.title, slug: original.slug, similarity: near.similarity } : null,
  };
}

export interface ImportJobDto {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  step: string | null;
  error: string | null;
  questionCount: number | null;
  article: { title: string; slug: string; copyOfTitle: string | null } | null;
}

/** A job the caller started; null for anyone else. */
export async function getImportJob(db: Db, caller: Caller, jobId: unknown): Promise<ImportJobDto | null> {
  if (!isUuid(jobId)) return null;
  const [row] = await db
    .select({ job: importJobs, title: articles.title, slug: articles.slug, duplicateOf: articles.duplicateOf })
    .from(importJobs)
    .leftJoin(articles, eq(articles.id, importJobs.articleId))
    .where(and(eq(importJobs.id, jobId), eq(importJobs.requestedBy, caller.id)))
    .limit(1);
  if (!row) return null;
  const [original] = row.duplicateOf ? await db.select({ title: articles.title }).from(articles).where(eq(articles.id, row.duplicateOf)).limit(1) : [];
  const { job } = row;
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    step: job.step,
    error: job.error,
    questionCount: job.questionCount,
    article: row.title && row.slug ? { title: row.title, slug: row.slug, copyOfTitle: original?.title ?? null } : null,
  };
}

/** The caller's recent uploads with their jobs. */
export async function listMyUploads(db: Db, caller: Caller) {
  if (caller.role !== 'teacher') return [];
  return db
    .select({ jobId: importJobs.id, status: importJobs.status, progress: importJobs.progress, title: articles.title, slug: articles.slug, questionCount: importJobs.questionCount, createdAt: importJobs.createdAt })
    .from(importJobs)
    .innerJoin(articles, eq(articles.id, importJobs.articleId))
    .where(eq(importJobs.requestedBy, caller.id))
    .orderBy(desc(importJobs.createdAt))
    .limit(20);
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Runs a queued job: extraction, generation, then the facts and questions are written. Progress is written
 * as it goes; a failure is recorded in words and leaves the article in place.
 */
export async function unsafeRunImportJob(db: Db, jobId: string, options: { pipeline?: typeof defaultPipeline } = {}): Promise<void> {
  // unsafe: runs after the response (next/server `after`), for a job its requester just created.
  const pipeline = options.pipeline ?? defaultPipeline;
  const progress = (values: Partial<typeof importJobs.$inferInsert>) => db.update(importJobs).set({ ...values, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
  const [job] = await db.select({ articleId: importJobs.articleId, status: importJobs.status }).from(importJobs).where(eq(importJobs.id, jobId)).limit(1);
  if (!job?.articleId || job.status !== 'queued') return;
  try {
    await progress({ status: 'running', progress: 10, step: 'Reading the article' });
    const [article] = await db.select().from(articles).where(eq(articles.id, job.articleId)).limit(1);
    if (!article) throw new Error('the article is gone');
    const input: ArticleInput = { id: article.id, title: article.title, body: article.body, bodyStart: article.bodyStart, outlet: article.outlet, date: article.publishedOn };
    await progress({ progress: 25, step: 'Finding quotations, meetings and figures' });
    const facts = pipeline.extract([input], { curated: await readCuratedPeople() });
    await progress({ progress: 60, step: 'Writing questions' });
    const generated = pipeline.generate(facts, [input], { seed: 'cited' });
    const bank = 'questions' in generated ? generated.questions : generated;
    await progress({ progress: 85, step: 'Saving the questions for your review' });
    const count = await db.transaction(async (tx) => {
      const own = facts.articles.filter((a) => a.id === article.id);
      // Speakers stay as names, not links to the shared who's who: an upload is private to its teacher.
      const base = (f: { id: string; sentence: { start: number; end: number }; start: number; end: number }) => ({ id: f.id, articleId: article.id, start: f.start, end: f.end, sentenceStart: f.sentence.start, sentenceEnd: f.sentence.end, supportedBy: [], conflictIds: [] });
      const quoteRows = own.flatMap((a) => a.quotes.map((q) => ({ ...base(q), text: q.text, speaker: q.speaker, speakerId: null, method: q.method, isFragment: q.isFragment })));
      const meetingRows = own.flatMap((a) => a.meetings.map((m) => ({ ...base(m), what: m.what, type: m.type, place: m.place, whenText: m.when, date: m.date, participants: m.participants, order: m.order })));
      const figureRows = own.flatMap((a) =>
        a.figures.map((f) => ({ ...base(f), value: f.value, unit: f.unit, about: f.about, raw: f.raw, valueStart: f.valueStart, valueEnd: f.valueEnd, qualifier: f.qualifier, claimant: f.claimant, status: f.status })),
      );
      if (quoteRows.length) await tx.insert(quotes).values(quoteRows.map((r) => ({ ...r, contentHash: hash(r) }))).onConflictDoNothing();
      if (meetingRows.length) await tx.insert(meetings).values(meetingRows.map((r) => ({ ...r, contentHash: hash(r) }))).onConflictDoNothing();
      if (figureRows.length) await tx.insert(figures).values(figureRows.map((r) => ({ ...r, contentHash: hash(r) }))).onConflictDoNothing();
      const questionRows = bank
        .filter((q) => q.sources.every((s) => s.article === article.id))
        .map((q) => {
          const row = { id: q.id, kind: q.kind, prompt: q.prompt, choices: q.choices, answer: q.answer, numeric: q.numeric ?? null, back: q.back ?? null, explanation: q.explanation, sources: q.sources, factIds: q.factIds, difficulty: Math.min(1, Math.max(0, q.difficulty)), tags: q.tags, choiceType: q.choiceType ?? null, articleId: article.id };
          return { ...row, contentHash: hash(row) };
        });
      if (!questionRows.length) return 0;
      return (await tx.insert(questions).values(questionRows).onConflictDoNothing().returning({ id: questions.id })).length;
    });
    await progress({ status: 'done', progress: 100, step: count ? 'Ready for review' : 'No questions could be made from this text', questionCount: count, finishedAt: new Date() });
  } catch (error) {
    console.error(`[cited] import job ${jobId} failed:`, error instanceof Error ? error.message : error);
    await progress({ status: 'failed', step: 'Stopped', error: 'Cited could not read questions out of this article. Check that it is a news article in English, then try again.', finishedAt: new Date() });
  }
}
