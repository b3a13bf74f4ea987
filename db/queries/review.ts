import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, conflicts, figures, meetings, people, questionReviews, questions, quotes, type QuestionRow, type QuestionReviewRow } from '@/db/schema';
import type { QuestionKind } from '@/lib/generate/types';
import { citationContext, nameFromSlug, withoutArticleIds, type CitationContext } from '@/lib/review/display';
import { reviewFiltersSchema, type ReviewFilters, type ReviewStatus } from '@/lib/validation/review';
import type { Caller } from './caller';
import { effectiveVersion } from './question-versions';
import { flaggedQuestions, type QuestionFlag } from './item-flags';
import { articleVisibleTo } from './visibility';

export const REVIEW_PAGE_SIZE = 25;

export interface CitationDto extends CitationContext {
  articleTitle: string;
  articleSlug: string;
  outlet: string | null;
  start: number;
  end: number;
}

export interface ConflictDto {
  about: string;
  claims: { articleTitle: string; says: string }[];
}

export interface ReviewItemDto {
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  answer: string;
  numeric: { value: number; tolerance: number; unit: string } | null;
  explanation: string;
  difficulty: number;
  status: ReviewStatus;
  note: string | null;
  citations: CitationDto[];
  conflicts: ConflictDto[];
  /** Set when the item analysis of one of this teacher's assignments asks for a second look. */
  flag: QuestionFlag | null;
}

export interface ReviewPageDto {
  items: ReviewItemDto[];
  total: number;
  page: number;
  pageCount: number;
  filters: ReviewFilters;
  articles: { slug: string; title: string; questionCount: number }[];
  people: { id: string; name: string }[];
  flaggedCount: number;
}

type ReviewPart = Pick<QuestionReviewRow, 'status' | 'prompt' | 'choices' | 'answer' | 'explanation' | 'numeric'> | null;

const hasEdits = or(isNotNull(questionReviews.prompt), isNotNull(questionReviews.choices), isNotNull(questionReviews.answer), isNotNull(questionReviews.explanation), isNotNull(questionReviews.numeric))!;

/** The status a teacher sees: new (not yet decided), approved, edited (approved in their own words) or rejected. */
export function reviewStatusOf(review: ReviewPart): ReviewStatus {
  if (!review) return 'new';
  if (review.status === 'rejected') return 'rejected';
  return review.prompt !== null || review.choices !== null || review.answer !== null || review.explanation !== null || review.numeric !== null ? 'edited' : 'approved';
}

function statusCondition(status: ReviewStatus | undefined): SQL | undefined {
  if (status === 'new') return isNull(questionReviews.teacherId);
  if (status === 'rejected') return eq(questionReviews.status, 'rejected');
  // "Approved" includes the ones approved in the teacher's own words; "Edited" is just those.
  if (status === 'approved') return eq(questionReviews.status, 'approved');
  if (status === 'edited') return and(eq(questionReviews.status, 'approved'), hasEdits);
  return undefined;
}

/** The live questions of the articles a teacher may see, joined with that teacher's own decisions. */
export function reviewableQuestions(db: Db, caller: Caller) {
  return db
    .select({ q: questions, r: questionReviews, articleSlug: articles.slug })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
    .$dynamic();
}

export function reviewableWhere(db: Db, caller: Caller, extra: (SQL | undefined)[] = []): SQL {
  return and(articleVisibleTo(db, caller), isNull(articles.retiredAt), eq(questions.status, 'generated'), ...extra)!;
}

/** Whether a question's sources cite the article with this id (a source check cites every report it compares). */
function sourcesInclude(articleId: SQL | typeof articles.id): SQL {
  return sql`${questions.sources} @> jsonb_build_array(jsonb_build_object('article', ${articleId}))`;
}

/** Questions made from an article, and those that cite it beside another report (a rewritten copy's source checks). */
function citesArticleWithSlug(slug: string): SQL {
  return or(eq(articles.slug, slug), sourcesInclude(sql`(select a.id from ${articles} a where a.slug = ${slug})`))!;
}

/**
 * One page of the review tool for a teacher: the questions that match the filters, each with its citation
 * in context, any report that disagrees, and the item analysis's flag. Null for a student.
 */
export async function listReviewQuestions(db: Db, caller: Caller, rawFilters: unknown): Promise<ReviewPageDto | null> {
  if (caller.role !== 'teacher') return null;
  const filters = reviewFiltersSchema.parse(rawFilters ?? {});
  const flags = await flaggedQuestions(db, caller);
  const where = reviewableWhere(db, caller, [
    filters.article ? citesArticleWithSlug(filters.article) : undefined,
    filters.kind ? eq(questions.kind, filters.kind) : undefined,
    filters.person ? sql`${questions.tags} @> array[${`person:${filters.person}`}]::text[]` : undefined,
    statusCondition(filters.status),
    filters.flagged ? (flags.size ? inArray(questions.id, [...flags.keys()]) : sql`false`) : undefined,
  ]);
  const [{ n: total } = { n: 0 }] = await db
    .select({ n: count() })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
    .where(where);
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await reviewableQuestions(db, caller)
    .where(where)
    .orderBy(asc(articles.createdAt), asc(articles.id), asc(questions.difficulty), asc(questions.id))
    .limit(REVIEW_PAGE_SIZE)
    .offset((page - 1) * REVIEW_PAGE_SIZE);
  const [items, facets] = await Promise.all([toReviewItems(db, caller, rows, flags), reviewFacets(db, caller)]);
  return { items, total, page, pageCount, filters: { ...filters, page }, ...facets, flaggedCount: flags.size };
}

async function reviewFacets(db: Db, caller: Caller) {
  const articleRows = await db
    .select({ slug: articles.slug, title: articles.title, questionCount: count(questions.id) })
    .from(articles)
    .leftJoin(questions, and(or(eq(questions.articleId, articles.id), sourcesInclude(articles.id)), eq(questions.status, 'generated')))
    .where(and(articleVisibleTo(db, caller), isNull(articles.retiredAt)))
    .groupBy(articles.id, articles.slug, articles.title, articles.createdAt)
    .orderBy(asc(articles.createdAt), asc(articles.id));
  const tagRows = await db
    .selectDistinct({ tag: sql<string>`unnest(${questions.tags})`.as('tag') })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(articleVisibleTo(db, caller), isNull(articles.retiredAt), eq(questions.status, 'generated')));
  const personIds = tagRows.map((r) => r.tag).filter((t) => t.startsWith('person:')).map((t) => t.slice('person:'.length));
  const named = personIds.length ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds)) : [];
  const names = new Map(named.map((p) => [p.id, p.name]));
  const peopleList = personIds.map((id) => ({ id, name: names.get(id) ?? nameFromSlug(id) })).sort((a, b) => a.name.localeCompare(b.name));
  return { articles: articleRows.map((a) => ({ ...a, questionCount: Number(a.questionCount) })), people: peopleList };
}

type ReviewRow = { q: QuestionRow; r: QuestionReviewRow | null };

/** Builds the DTOs: citations from the article bodies, conflicts from the facts the questions stand on. */
export async function toReviewItems(db: Db, caller: Caller, rows: ReviewRow[], flags: Map<string, QuestionFlag>): Promise<ReviewItemDto[]> {
  if (!rows.length) return [];
  const articleIds = [...new Set(rows.flatMap(({ q }) => q.sources.map((s) => s.article)))];
  const sourceArticles = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, body: articles.body })
    .from(articles)
    .where(and(inArray(articles.id, articleIds), articleVisibleTo(db, caller)));
  const byId = new Map(sourceArticles.map((a) => [a.id, a]));
  const conflictsByFact = await conflictsForFacts(db, caller, rows.flatMap(({ q }) => q.factIds));
  return rows.map(({ q, r }) => {
    const version = effectiveVersion(q, r);
    const citations = q.sources.flatMap((s) => {
      const article = byId.get(s.article);
      return article ? [{ articleTitle: article.title, articleSlug: article.slug, outlet: article.outlet, start: s.start, end: s.end, ...citationContext(article.body, s.start, s.end) }] : [];
    });
    const seen = new Set<string>();
    const questionConflicts = q.factIds.flatMap((f) => conflictsByFact.get(f) ?? []).filter((c) => !seen.has(c.about) && Boolean(seen.add(c.about)));
    return {
      id: q.id,
      kind: version.kind,
      prompt: version.prompt,
      choices: version.choices,
      answer: version.answer,
      numeric: version.numeric,
      explanation: withoutArticleIds(version.explanation, articleIds),
      difficulty: q.difficulty,
      status: reviewStatusOf(r),
      note: r?.note ?? null,
      citations,
      conflicts: questionConflicts,
      flag: flags.get(q.id) ?? null,
    };
  });
}

/** For each fact id, the disagreements between reports it takes part in, with the reports named by headline. */
async function conflictsForFacts(db: Db, caller: Caller, factIds: string[]): Promise<Map<string, ConflictDto[]>> {
  const out = new Map<string, ConflictDto[]>();
  if (!factIds.length) return out;
  const facts = (
    await Promise.all(
      [quotes, meetings, figures].map((table) => db.select({ id: table.id, conflictIds: table.conflictIds }).from(table).where(inArray(table.id, factIds))),
    )
  ).flat();
  const conflictIds = [...new Set(facts.flatMap((f) => f.conflictIds))];
  if (!conflictIds.length) return out;
  const rows = await db.select({ id: conflicts.id, about: conflicts.about, claims: conflicts.claims }).from(conflicts).where(inArray(conflicts.id, conflictIds));
  const titles = new Map(
    (
      await db
        .select({ id: articles.id, title: articles.title })
        .from(articles)
        .where(and(inArray(articles.id, [...new Set(rows.flatMap((c) => c.claims.map((cl) => cl.article)))]), articleVisibleTo(db, caller)))
    ).map((a) => [a.id, a.title]),
  );
  const byId = new Map(
    rows.map((c) => [
      c.id,
      { about: c.about, claims: c.claims.filter((cl) => titles.has(cl.article)).map((cl) => ({ articleTitle: titles.get(cl.article)!, says: cl.says })) },
    ]),
  );
  for (const fact of facts) {
    const list = fact.conflictIds.map((id) => byId.get(id)).filter((c): c is ConflictDto => Boolean(c && c.claims.length > 1));
    if (list.length) out.set(fact.id, list);
  }
  return out;
}

/** The ids among `ids` that this teacher may review (live questions of articles they can see). */
export async function reviewableIds(db: Db, caller: Caller, ids: string[]): Promise<string[]> {
  if (!ids.length || caller.role !== 'teacher') return [];
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(reviewableWhere(db, caller, [inArray(questions.id, ids)]));
  return rows.map((r) => r.id);
}

/** One question for the edit page: as this teacher sees it, plus the generated wording it started from. */
export async function getReviewQuestion(db: Db, caller: Caller, questionId: unknown): Promise<(ReviewItemDto & { generated: { prompt: string; answer: string } }) | null> {
  if (caller.role !== 'teacher' || typeof questionId !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(questionId)) return null;
  const rows = await reviewableQuestions(db, caller).where(reviewableWhere(db, caller, [eq(questions.id, questionId)])).limit(1);
  const [row] = rows;
  if (!row) return null;
  const [item] = await toReviewItems(db, caller, rows, await flaggedQuestions(db, caller));
  return item ? { ...item, generated: { prompt: row.q.prompt, answer: row.q.answer } } : null;
}

/** What waits for a teacher in the review tool: questions not yet decided, and questions flagged by item analysis. */
export async function reviewQueueCounts(db: Db, caller: Caller): Promise<{ newCount: number; flaggedCount: number } | null> {
  if (caller.role !== 'teacher') return null;
  const [[row], flags] = await Promise.all([
    db
      .select({ n: count() })
      .from(questions)
      .innerJoin(articles, eq(articles.id, questions.articleId))
      .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
      .where(reviewableWhere(db, caller, [isNull(questionReviews.teacherId)])),
    flaggedQuestions(db, caller),
  ]);
  return { newCount: Number(row?.n ?? 0), flaggedCount: flags.size };
}
