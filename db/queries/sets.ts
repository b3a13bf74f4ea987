import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, assignments, questionReviews, questions, setItems, sets, type QuestionVersion } from '@/db/schema';
import { articleSetSchema, createSetSchema, moveItemSchema, renameSetSchema } from '@/lib/validation/sets';
import { isUuid, type Caller } from './caller';
import { effectiveVersion } from './question-versions';
import { reviewableIds, reviewStatusOf } from './review';
import { articleVisibleTo } from './visibility';
import type { ReviewStatus } from '@/lib/validation/review';
import type { ExportDeck } from '@/lib/export/deck';
import { withoutArticleIds } from '@/lib/review/display';

export interface SetSummaryDto {
  id: string;
  title: string;
  questionCount: number;
  /** The article of a ready-made set. */
  articleTitle: string | null;
  updatedAt: Date;
}

export interface SetItemDto {
  questionId: string;
  version: QuestionVersion;
  status: ReviewStatus;
  isRetired: boolean;
  articleTitle: string | null;
}

export interface SetDto extends Omit<SetSummaryDto, 'questionCount'> {
  items: SetItemDto[];
  /** How many assignments gave this set (an assigned set is archived rather than deleted). */
  assignmentCount: number;
}

const ownSet = (caller: Caller, setId: string) => and(eq(sets.id, setId), eq(sets.ownerId, caller.id), isNull(sets.archivedAt));

/** The caller's sets, newest first; null for a student. */
export async function listSets(db: Db, caller: Caller): Promise<SetSummaryDto[] | null> {
  if (caller.role !== 'teacher') return null;
  const rows = await db
    .select({ id: sets.id, title: sets.title, articleTitle: articles.title, updatedAt: sets.updatedAt, questionCount: count(setItems.questionId) })
    .from(sets)
    .leftJoin(articles, eq(articles.id, sets.articleId))
    .leftJoin(setItems, eq(setItems.setId, sets.id))
    .where(and(eq(sets.ownerId, caller.id), isNull(sets.archivedAt)))
    .groupBy(sets.id, sets.title, articles.title, sets.updatedAt)
    .orderBy(desc(sets.updatedAt));
  return rows.map((r) => ({ ...r, questionCount: Number(r.questionCount) }));
}

/** One of the caller's sets with its questions as the caller's students would see them; null otherwise. */
export async function getSet(db: Db, caller: Caller, setId: unknown): Promise<SetDto | null> {
  if (!isUuid(setId) || caller.role !== 'teacher') return null;
  const [set] = await db
    .select({ id: sets.id, title: sets.title, updatedAt: sets.updatedAt, articleTitle: articles.title })
    .from(sets)
    .leftJoin(articles, eq(articles.id, sets.articleId))
    .where(ownSet(caller, setId))
    .limit(1);
  if (!set) return null;
  const rows = await db
    .select({ q: questions, r: questionReviews, articleTitle: articles.title })
    .from(setItems)
    .innerJoin(questions, eq(questions.id, setItems.questionId))
    .leftJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
    .where(eq(setItems.setId, set.id))
    .orderBy(asc(setItems.position), asc(questions.id));
  const assignmentCount = await db.$count(assignments, eq(assignments.setId, set.id));
  return {
    ...set,
    assignmentCount,
    items: rows.map(({ q, r, articleTitle }) => ({ questionId: q.id, version: effectiveVersion(q, r), status: reviewStatusOf(r), isRetired: q.status === 'retired', articleTitle })),
  };
}

/** A new set of the caller's from questions they may see, in the order given. */
export async function createSet(db: Db, caller: Caller, input: unknown): Promise<{ id: string; title: string; questionCount: number } | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = createSetSchema.safeParse(input);
  if (!parsed.success) return null;
  const allowed = new Set(await reviewableIds(db, caller, parsed.data.questionIds));
  const ids = [...new Set(parsed.data.questionIds)].filter((id) => allowed.has(id));
  if (!ids.length) return null;
  return db.transaction(async (tx) => {
    const [set] = await tx.insert(sets).values({ ownerId: caller.id, title: parsed.data.title }).returning({ id: sets.id, title: sets.title });
    await tx.insert(setItems).values(ids.map((questionId, position) => ({ setId: set!.id, questionId, position })));
    return { ...set!, questionCount: ids.length };
  });
}

/** Renames one of the caller's sets. */
export async function renameSet(db: Db, caller: Caller, input: unknown): Promise<{ id: string; title: string } | null> {
  const parsed = renameSetSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const [row] = await db.update(sets).set({ title: parsed.data.title, updatedAt: new Date() }).where(ownSet(caller, parsed.data.setId)).returning({ id: sets.id, title: sets.title });
  return row ?? null;
}

/** Moves a question up or down in one of the caller's sets, or takes it out. */
export async function moveSetItem(db: Db, caller: Caller, input: unknown): Promise<{ setId: string } | null> {
  const parsed = moveItemSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const { setId, questionId, move } = parsed.data;
  return db.transaction(async (tx) => {
    const [set] = await tx.select({ id: sets.id }).from(sets).where(ownSet(caller, setId)).for('update').limit(1);
    if (!set) return null;
    const order = (await tx.select({ id: setItems.questionId }).from(setItems).where(eq(setItems.setId, setId)).orderBy(asc(setItems.position), asc(setItems.questionId))).map((r) => r.id);
    const index = order.indexOf(questionId);
    if (index === -1) return null;
    if (move === 'remove') order.splice(index, 1);
    else {
      const to = move === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= order.length) return { setId };
      [order[index], order[to]] = [order[to]!, order[index]!];
    }
    await tx.delete(setItems).where(eq(setItems.setId, setId));
    if (order.length) await tx.insert(setItems).values(order.map((id, position) => ({ setId, questionId: id, position })));
    await tx.update(sets).set({ updatedAt: new Date() }).where(eq(sets.id, setId));
    return { setId };
  });
}

/** Adds questions to the end of one of the caller's sets. */
export async function addToSet(db: Db, caller: Caller, setId: unknown, questionIds: string[]): Promise<{ added: number } | null> {
  if (!isUuid(setId) || caller.role !== 'teacher') return null;
  const [set] = await db.select({ id: sets.id }).from(sets).where(ownSet(caller, setId)).limit(1);
  if (!set) return null;
  const ids = await reviewableIds(db, caller, questionIds);
  if (!ids.length) return { added: 0 };
  const [{ next } = { next: 0 }] = await db.select({ next: sql<number>`coalesce(max(${setItems.position}) + 1, 0)` }).from(setItems).where(eq(setItems.setId, setId));
  const added = await db
    .insert(setItems)
    .values(ids.map((questionId, i) => ({ setId, questionId, position: Number(next) + i })))
    .onConflictDoNothing()
    .returning({ id: setItems.questionId });
  return { added: added.length };
}

/** Deletes one of the caller's sets, or archives it when a class was given it (the assignment keeps its copy). */
export async function deleteSet(db: Db, caller: Caller, setId: unknown): Promise<{ archived: boolean } | null> {
  if (!isUuid(setId) || caller.role !== 'teacher') return null;
  const [set] = await db.select({ id: sets.id }).from(sets).where(ownSet(caller, setId)).limit(1);
  if (!set) return null;
  const used = await db.$count(assignments, eq(assignments.setId, set.id));
  if (used) await db.update(sets).set({ archivedAt: new Date() }).where(eq(sets.id, set.id));
  else await db.delete(sets).where(eq(sets.id, set.id));
  return { archived: used > 0 };
}

/**
 * The ready-made set of an article: the teacher's approved (or edited) questions of it, easiest first.
 * Made once per article and brought up to date when asked again.
 */
export async function makeArticleSet(db: Db, caller: Caller, input: unknown): Promise<{ id: string; questionCount: number } | { error: string } | null> {
  const parsed = articleSetSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const [article] = await db.select({ id: articles.id, title: articles.title }).from(articles).where(and(eq(articles.slug, parsed.data.articleSlug), articleVisibleTo(db, caller))).limit(1);
  if (!article) return null;
  const approved = await db
    .select({ id: questions.id })
    .from(questions)
    .innerJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id), eq(questionReviews.status, 'approved')))
    .where(and(eq(questions.articleId, article.id), eq(questions.status, 'generated')))
    .orderBy(asc(questions.difficulty), asc(questions.id));
  if (!approved.length) return { error: 'Approve some of this article’s questions first: the ready-made set holds the ones you approved.' };
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: sets.id }).from(sets).where(and(eq(sets.ownerId, caller.id), eq(sets.articleId, article.id), isNull(sets.archivedAt))).limit(1);
    const setId = existing?.id ?? (await tx.insert(sets).values({ ownerId: caller.id, articleId: article.id, title: article.title }).returning({ id: sets.id }))[0]!.id;
    await tx.delete(setItems).where(eq(setItems.setId, setId));
    await tx.insert(setItems).values(approved.map((q, position) => ({ setId, questionId: q.id, position })));
    await tx.update(sets).set({ updatedAt: new Date() }).where(eq(sets.id, setId));
    return { id: setId, questionCount: approved.length };
  });
}

/** One of the caller's sets ready for export: their wording, sources by headline, no file ids. */
export async function exportSet(db: Db, caller: Caller, setId: unknown): Promise<ExportDeck | null> {
  const set = await getSet(db, caller, setId);
  if (!set) return null;
  const sourceIds = [...new Set(set.items.flatMap((i) => i.version.sources.map((s) => s.article)))];
  const titles = sourceIds.length
    ? await db.select({ id: articles.id, title: articles.title, outlet: articles.outlet }).from(articles).where(and(inArray(articles.id, sourceIds), articleVisibleTo(db, caller)))
    : [];
  const named = new Map(titles.map((a) => [a.id, a.outlet ? `${a.title} (${a.outlet})` : a.title]));
  return {
    title: set.title,
    questions: set.items
      .filter((i) => !i.isRetired && i.status !== 'rejected')
      .map((i) => ({
        id: i.questionId,
        version: { ...i.version, explanation: withoutArticleIds(i.version.explanation, sourceIds) },
        sourceTitles: [...new Set(i.version.sources.map((s) => named.get(s.article)).filter((t): t is string => Boolean(t)))],
      })),
  };
}
