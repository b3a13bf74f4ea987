import { and, asc, count, eq, gt, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { assignmentQuestions, assignments, cards, classes, enrollments, questionReviews, questions, reviewLogs } from '@/db/schema';
import { isTypedQuestion } from '@/lib/grading/grade';
import type { QuestionKind } from '@/lib/generate/types';
import { previewDue, type Rating, type SrsParams } from '@/lib/srs/scheduler';
import { stateToWire, type SrsWire } from '@/lib/sync/study-cards';
import { addDays, dayKeyOf, endOfDay, startOfDay } from '@/lib/time/zones';
import type { Caller } from './caller';
import { citationsFor, type CitationDto } from './answer-context';
import { cardStateOf } from './card-state';
import { getStudySettings } from './study-settings';
import { activeMembership, studentBankForArticle, studentVersions, studyableArticle } from './student-scope';

const slugPattern = /^[a-z0-9][a-z0-9-]{0,120}$/;

/**
 * Puts an article's questions (those the student may study: see studentBankForArticle) into the caller's
 * flashcards. Adding twice adds nothing. Returns how many cards the article now has in their deck.
 */
export async function addArticleToFlashcards(db: Db, caller: Caller, slug: unknown, now: Date = new Date()): Promise<{ added: number; total: number } | null> {
  if (caller.role !== 'student' || typeof slug !== 'string' || !slugPattern.test(slug)) return null;
  const article = await studyableArticle(db, caller, slug);
  if (!article) return null;
  const bank = await studentBankForArticle(db, caller, article.id);
  if (bank.length === 0) return { added: 0, total: 0 };
  // Later questions are introduced later: a millisecond apart keeps the article's order (easiest first).
  const inserted = await db
    .insert(cards)
    .values(bank.map((q, i) => ({ studentId: caller.id, questionId: q.questionId, due: now, addedAt: new Date(now.getTime() + i) })))
    .onConflictDoNothing()
    .returning({ id: cards.id });
  return { added: inserted.length, total: bank.length };
}

/**
 * How many of an article's questions the caller may study (`total`, as "Add to flashcards" would add them)
 * and how many of those are already cards in their deck (`have`: an assignment may have put some there).
 */
export async function articleCardProgress(db: Db, caller: Caller, articleId: string): Promise<{ have: number; total: number }> {
  if (caller.role !== 'student') return { have: 0, total: 0 };
  // One query for what studentBankForArticle would list: a student in a class studies what one of their
  // teachers approved; a student on their own, the whole live bank.
  const inAClass = sql`exists (select 1 from ${enrollments} join ${classes} on ${classes.id} = ${enrollments.classId} where ${activeMembership(caller)})`;
  const approvedByTheirTeacher = sql`exists (
    select 1 from ${questionReviews}
    join ${classes} on ${classes.teacherId} = ${questionReviews.teacherId}
    join ${enrollments} on ${enrollments.classId} = ${classes.id}
    where ${questionReviews.questionId} = ${questions.id} and ${questionReviews.status} = 'approved' and ${activeMembership(caller)})`;
  const [row] = await db
    .select({ total: count(), have: count(cards.id) })
    .from(questions)
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.studentId, caller.id)))
    .where(and(eq(questions.articleId, articleId), eq(questions.status, 'generated'), sql`(case when ${inAClass} then ${approvedByTheirTeacher} else true end)`));
  return { have: row?.have ?? 0, total: row?.total ?? 0 };
}

/**
 * Makes sure every question of the caller's active flashcard assignments is a card in their deck.
 * One insert … select; running it on every visit adds nothing new.
 */
export async function syncAssignmentCards(db: Db, caller: Caller, now: Date = new Date()): Promise<void> {
  if (caller.role !== 'student') return;
  await db
    .insert(cards)
    .select(
      db
        .selectDistinctOn([assignmentQuestions.questionId], {
          id: sql`gen_random_uuid()`.as('id'),
          studentId: sql`${caller.id}::uuid`.as('student_id'),
          questionId: assignmentQuestions.questionId,
          due: sql`${now.toISOString()}::timestamptz`.as('due'),
          stability: sql`0`.as('stability'),
          difficulty: sql`0`.as('difficulty'),
          elapsedDays: sql`0`.as('elapsed_days'),
          scheduledDays: sql`0`.as('scheduled_days'),
          learningSteps: sql`0`.as('learning_steps'),
          reps: sql`0`.as('reps'),
          lapses: sql`0`.as('lapses'),
          state: sql`0`.as('state'),
          lastReview: sql`null::timestamptz`.as('last_review'),
          addedAt: sql`${now.toISOString()}::timestamptz + (${assignmentQuestions.position} * interval '1 millisecond')`.as('added_at'),
          suspendedAt: sql`null::timestamptz`.as('suspended_at'),
          updatedAt: sql`${now.toISOString()}::timestamptz`.as('updated_at'),
        })
        .from(assignmentQuestions)
        .innerJoin(assignments, eq(assignments.id, assignmentQuestions.assignmentId))
        .innerJoin(classes, eq(classes.id, assignments.classId))
        .innerJoin(enrollments, eq(enrollments.classId, classes.id))
        .where(and(activeMembership(caller), eq(assignments.mode, 'flashcards'), isNull(assignments.archivedAt))),
    )
    .onConflictDoNothing();
}

/** A flashcard as the study screen shows it: the front, and the back the student flips to. */
export interface StudyCardDto {
  cardId: string;
  questionId: string;
  kind: QuestionKind;
  isNew: boolean;
  front: string;
  /** Shown under the front for multiple-choice questions, whose prompt alone may not be enough. */
  choices: string[];
  answer: string;
  /** The whole sentence with the blank filled, for fill-in-the-blank cards. */
  backSentence: string | null;
  explanation: string;
  citations: CitationDto[];
  /** When the card would be due after each grade from `previewFrom`, for the button labels. */
  dueAfter: Record<Rating, string>;
  previewFrom: string;
  /** The card's FSRS state, so the study screen can schedule grades itself when it is offline. */
  srs: SrsWire;
}

export interface StudyQueueDto {
  /** Today's queue, then (with `horizonDays`) the cards due over the next days, for offline study. */
  cards: StudyCardDto[];
  dueCount: number;
  newCount: number;
  /** New cards left for today under the daily limit. */
  newLeftToday: number;
  totalCards: number;
  /** When the next card falls due after today's queue, for the "all done" screen. */
  nextDue: Date | null;
  /** The student's scheduler settings, so a grade given offline is scheduled as the server would. */
  params: SrsParams;
}

const QUEUE_LIMIT = 200;

/** How many cards the caller met for the first time today (their day), for the daily limit of new cards. */
export async function newCardsIntroducedToday(db: Db, caller: Caller, now: Date): Promise<number> {
  const start = startOfDay(dayKeyOf(now, caller.timeZone), caller.timeZone);
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${reviewLogs.cardId})`.mapWith(Number) })
    .from(reviewLogs)
    .where(and(eq(reviewLogs.studentId, caller.id), eq(reviewLogs.state, 0), isNull(reviewLogs.undoneAt), gte(reviewLogs.review, start)));
  return row?.n ?? 0;
}

/**
 * Today's queue in the caller's time zone: cards due before their midnight, then new cards up to their
 * daily limit (oldest first). Syncs flashcard assignments into the deck first. With `horizonDays`, the
 * cards due over that many more days come too (after the new ones), so a phone that goes offline can
 * keep studying tomorrow; the counts are today's.
 */
export async function getStudyQueue(db: Db, caller: Caller, now: Date = new Date(), horizonDays = 0): Promise<StudyQueueDto | null> {
  if (caller.role !== 'student') return null;
  await syncAssignmentCards(db, caller, now);
  const settings = await getStudySettings(db, caller);
  const today = dayKeyOf(now, caller.timeZone);
  const end = endOfDay(today, caller.timeZone);
  const horizon = endOfDay(addDays(today, Math.max(0, Math.floor(horizonDays))), caller.timeZone);
  const mine = and(eq(cards.studentId, caller.id), isNull(cards.suspendedAt));
  const [dueSoon, introduced, [{ total } = { total: 0 }], [next]] = await Promise.all([
    db.select().from(cards).where(and(mine, ne(cards.state, 0), lte(cards.due, horizon))).orderBy(asc(cards.due)).limit(QUEUE_LIMIT),
    newCardsIntroducedToday(db, caller, now),
    db.select({ total: count() }).from(cards).where(mine),
    db.select({ due: cards.due }).from(cards).where(and(mine, ne(cards.state, 0), gt(cards.due, end))).orderBy(asc(cards.due)).limit(1),
  ]);
  const newLeftToday = Math.max(0, settings.newCardsPerDay - introduced);
  const fresh = newLeftToday
    ? await db.select().from(cards).where(and(mine, eq(cards.state, 0))).orderBy(asc(cards.addedAt), asc(cards.id)).limit(Math.min(newLeftToday, QUEUE_LIMIT))
    : [];
  const due = dueSoon.filter((row) => row.due <= end);
  const rows = [...due, ...fresh, ...dueSoon.filter((row) => row.due > end)];
  const versions = await studentVersions(db, caller, rows.map((r) => r.questionId));
  const dto = await Promise.all(
    rows.map(async (row): Promise<StudyCardDto | null> => {
      const found = versions.get(row.questionId);
      if (!found) return null;
      const v = found.version;
      const preview = previewDue(cardStateOf(row), now, settings);
      return {
        cardId: row.id,
        questionId: row.questionId,
        kind: v.kind,
        isNew: row.state === 0,
        front: v.prompt,
        choices: isTypedQuestion(v) ? [] : v.choices,
        answer: v.answer,
        backSentence: v.back,
        explanation: v.explanation,
        citations: await citationsFor(db, v.sources),
        dueAfter: { 1: preview[1].toISOString(), 2: preview[2].toISOString(), 3: preview[3].toISOString(), 4: preview[4].toISOString() },
        previewFrom: now.toISOString(),
        srs: stateToWire(cardStateOf(row)),
      };
    }),
  );
  const queue = dto.filter((c): c is StudyCardDto => c !== null);
  return { cards: queue, dueCount: due.length, newCount: fresh.length, newLeftToday, totalCards: total, nextDue: next?.due ?? null, params: { desiredRetention: settings.desiredRetention, weights: settings.weights } };
}

/** Today's numbers without building the cards: for the home page. */
export async function getDueCounts(db: Db, caller: Caller, now: Date = new Date()): Promise<{ due: number; new: number }> {
  if (caller.role !== 'student') return { due: 0, new: 0 };
  await syncAssignmentCards(db, caller, now);
  const end = endOfDay(dayKeyOf(now, caller.timeZone), caller.timeZone);
  const mine = and(eq(cards.studentId, caller.id), isNull(cards.suspendedAt));
  const [settings, introduced, [counts]] = await Promise.all([
    getStudySettings(db, caller),
    newCardsIntroducedToday(db, caller, now),
    db
      .select({
        due: sql<number>`count(*) filter (where ${cards.state} <> 0 and ${cards.due} <= ${end.toISOString()}::timestamptz)`.mapWith(Number),
        fresh: sql<number>`count(*) filter (where ${cards.state} = 0)`.mapWith(Number),
      })
      .from(cards)
      .where(mine),
  ]);
  const newLeft = Math.max(0, settings.newCardsPerDay - introduced);
  return { due: counts?.due ?? 0, new: Math.min(newLeft, counts?.fresh ?? 0) };
}
