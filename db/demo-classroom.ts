import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, assignmentQuestions, assignments, classes, questionReviews, questions, setItems, sets, users } from '@/db/schema';
import { effectiveVersion } from '@/db/queries/question-versions';
import { DEMO_CLASS, DEMO_TEACHER } from '@/db/demo-accounts';
import type { QuestionKind } from '@/lib/generate/types';

export const DEMO_SET_TITLE = 'The Geneva talks: who, where and how many';
export const DEMO_QUIZ = { title: 'Quiz: the Geneva talks', dueInDays: 3, questionCount: 8, attemptsAllowed: 3 } as const;
export const DEMO_FLASHCARDS = { title: 'Flashcards: the Geneva talks', dueInDays: 7 } as const;

// A mix a teacher would pick: people, places, dates and figures, chosen and typed.
const SET_RECIPE: [QuestionKind, number][] = [
  ['who-said', 3],
  ['what-said', 1],
  ['where', 2],
  ['when', 1],
  ['order', 1],
  ['figure-choice', 1],
  ['figure-numeric', 1],
  ['cloze', 2],
];

const DAY_MS = 86_400_000;

/** Five in the afternoon (UTC) `days` from now: a due time a teacher would set. */
function dueIn(now: Date, days: number): Date {
  const due = new Date(now.getTime() + days * DAY_MS);
  due.setUTCHours(17, 0, 0, 0);
  return due;
}

/**
 * Gives the demo class something to do: the demo teacher approves every live question of the library's
 * articles (leaving alone any decision they made since), builds one set and assigns it twice, as a quiz
 * due in a few days and as flashcards. Idempotent, and only ever touches the demo teacher and demo class.
 * Returns false when the demo accounts or the question bank are missing.
 */
export async function unsafeEnsureDemoClassroom(db: Db, now: Date = new Date()): Promise<boolean> {
  // unsafe: runs at server start for the demo accounts only, before anyone is signed in.
  const [teacher] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_TEACHER.email)).limit(1);
  if (!teacher) return false;
  const [demoClass] = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.joinCode, DEMO_CLASS.joinCode), eq(classes.teacherId, teacher.id))).limit(1);
  if (!demoClass) return false;

  const bank = await db
    .select()
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(questions.status, 'generated'), eq(articles.origin, 'folder'), isNull(articles.retiredAt)))
    .orderBy(asc(questions.articleId), asc(questions.difficulty), asc(questions.id));
  if (bank.length === 0) return false;
  await db
    .insert(questionReviews)
    .values(bank.map(({ questions: q }) => ({ teacherId: teacher.id, questionId: q.id, status: 'approved' as const })))
    .onConflictDoNothing();

  const setId = await ensureDemoSet(db, teacher.id, bank.map((b) => b.questions));
  if (!setId) return false;
  await ensureAssignment(db, { classId: demoClass.id, teacherId: teacher.id, setId, title: DEMO_QUIZ.title, mode: 'quiz', dueAt: dueIn(now, DEMO_QUIZ.dueInDays), questionCount: DEMO_QUIZ.questionCount, attemptsAllowed: DEMO_QUIZ.attemptsAllowed });
  await ensureAssignment(db, { classId: demoClass.id, teacherId: teacher.id, setId, title: DEMO_FLASHCARDS.title, mode: 'flashcards', dueAt: dueIn(now, DEMO_FLASHCARDS.dueInDays), questionCount: null, attemptsAllowed: null });
  return true;
}

async function ensureDemoSet(db: Db, teacherId: string, bank: (typeof questions.$inferSelect)[]): Promise<string | null> {
  const [existing] = await db.select({ id: sets.id }).from(sets).where(and(eq(sets.ownerId, teacherId), eq(sets.title, DEMO_SET_TITLE))).limit(1);
  if (existing) return existing.id;
  // The first article in the library is the story the set is about, then the story's other reports: a fact
  // several reports give is asked from one of them only, so one article alone may hold too few questions.
  const story = bank.filter((q) => q.articleId === bank[0]?.articleId);
  const recipe = SET_RECIPE.flatMap(([kind, n]) => story.filter((q) => q.kind === kind).slice(0, n));
  // A kind the story has too few of is made up with its other questions, then with the next reports'
  // in library order: the set keeps its size, and the last reports stay free for a student to add.
  const size = SET_RECIPE.reduce((sum, [, n]) => sum + n, 0);
  const others = bank.filter((q) => q.articleId !== bank[0]?.articleId);
  const picked = [...recipe, ...story.filter((q) => !recipe.includes(q)), ...others].slice(0, size);
  if (picked.length === 0) return null;
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(sets).values({ ownerId: teacherId, title: DEMO_SET_TITLE, description: 'Questions from the demo library, approved by the demo teacher.' }).returning({ id: sets.id });
    if (!created) throw new Error('set insert returned no row');
    await tx.insert(setItems).values(picked.map((q, position) => ({ setId: created.id, questionId: q.id, position })));
    return created.id;
  });
}

async function ensureAssignment(
  db: Db,
  a: { classId: string; teacherId: string; setId: string; title: string; mode: 'quiz' | 'flashcards'; dueAt: Date; questionCount: number | null; attemptsAllowed: number | null },
): Promise<void> {
  const [existing] = await db.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.classId, a.classId), eq(assignments.title, a.title))).limit(1);
  if (existing) return;
  const items = await db.select({ questionId: setItems.questionId, position: setItems.position }).from(setItems).where(eq(setItems.setId, a.setId)).orderBy(asc(setItems.position));
  const ids = items.map((i) => i.questionId);
  const [rows, reviews] = await Promise.all([
    db.select().from(questions).where(inArray(questions.id, ids)),
    db.select().from(questionReviews).where(and(eq(questionReviews.teacherId, a.teacherId), inArray(questionReviews.questionId, ids))),
  ]);
  const byId = new Map(rows.map((q) => [q.id, q]));
  const reviewOf = new Map(reviews.map((r) => [r.questionId, r]));
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(assignments)
      .values({ classId: a.classId, setId: a.setId, title: a.title, createdBy: a.teacherId, dueAt: a.dueAt, mode: a.mode, questionCount: a.questionCount, attemptsAllowed: a.attemptsAllowed })
      .returning({ id: assignments.id });
    if (!created) throw new Error('assignment insert returned no row');
    await tx.insert(assignmentQuestions).values(
      items.flatMap((item) => {
        const q = byId.get(item.questionId);
        return q ? [{ assignmentId: created.id, questionId: q.id, position: item.position, version: effectiveVersion(q, reviewOf.get(q.id)) }] : [];
      }),
    );
  });
}
