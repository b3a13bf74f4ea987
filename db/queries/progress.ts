import { and, count, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, articles, attempts, cards, questions, reviewLogs } from '@/db/schema';
import type { QuestionKind } from '@/lib/generate/types';
import { streakOf, type Streak } from '@/lib/progress/streak';
import { masteryBy, TOPIC_LABELS, topicOf, type MasteryRow, type Topic } from '@/lib/progress/topics';
import { addDays, dayKeyOf, endOfDay, startOfDay, type DayKey } from '@/lib/time/zones';
import type { Caller } from './caller';

export interface DayActivityDto {
  day: DayKey;
  /** Flashcard reviews and quiz answers that day. */
  studied: number;
  /** Share right (a flashcard graded Hard or better, a correct answer); null on a day without study. */
  accuracy: number | null;
}

export interface ProgressDto {
  timeZone: string;
  today: DayKey;
  streak: Streak;
  days: DayActivityDto[];
  /** Cards due on each of the next 7 days (today includes anything overdue). */
  forecast: { day: DayKey; count: number }[];
  topics: MasteryRow[];
  articles: MasteryRow[];
  totalReviews: number;
  totalAnswers: number;
}

const HISTORY_DAYS = 30;
const STREAK_LOOKBACK_DAYS = 400;

/** A timestamp's calendar day in the student's zone, computed by the database. */
const localDay = (column: unknown, timeZone: string) => sql<string>`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD')`;

async function studyDays(db: Db, caller: Caller, since: Date): Promise<{ day: DayKey; studied: number; right: number }[]> {
  const tz = caller.timeZone;
  const [reviewDays, answerDays] = await Promise.all([
    db
      .select({ day: localDay(reviewLogs.review, tz), studied: count(), right: sql<number>`count(*) filter (where ${reviewLogs.rating} > 1)`.mapWith(Number) })
      .from(reviewLogs)
      .where(and(eq(reviewLogs.studentId, caller.id), isNull(reviewLogs.undoneAt), gte(reviewLogs.review, since)))
      .groupBy(sql`1`),
    db
      .select({ day: localDay(answers.answeredAt, tz), studied: count(), right: sql<number>`count(*) filter (where ${answers.isCorrect})`.mapWith(Number) })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(and(eq(attempts.studentId, caller.id), gte(answers.answeredAt, since)))
      .groupBy(sql`1`),
  ]);
  const byDay = new Map<DayKey, { day: DayKey; studied: number; right: number }>();
  for (const row of [...reviewDays, ...answerDays]) {
    const entry = byDay.get(row.day) ?? { day: row.day, studied: 0, right: 0 };
    entry.studied += row.studied;
    entry.right += row.right;
    byDay.set(row.day, entry);
  }
  return [...byDay.values()];
}

/** The caller's streak, in their own time zone. */
export async function getStreak(db: Db, caller: Caller, now: Date = new Date()): Promise<Streak> {
  const today = dayKeyOf(now, caller.timeZone);
  const days = await studyDays(db, caller, startOfDay(addDays(today, -STREAK_LOOKBACK_DAYS), caller.timeZone));
  return streakOf(days.map((d) => d.day), today);
}

async function forecastOf(db: Db, caller: Caller, today: DayKey) {
  const tz = caller.timeZone;
  const rows = await db
    .select({ day: localDay(cards.due, tz), n: count() })
    .from(cards)
    .where(and(eq(cards.studentId, caller.id), isNull(cards.suspendedAt), ne(cards.state, 0), lt(cards.due, endOfDay(addDays(today, 6), tz))))
    .groupBy(sql`1`);
  const counts = new Map<DayKey, number>();
  for (const row of rows) {
    const day = row.day < today ? today : row.day;
    counts.set(day, (counts.get(day) ?? 0) + row.n);
  }
  return Array.from({ length: 7 }, (_, i) => addDays(today, i)).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

async function masteryOf(db: Db, caller: Caller) {
  const [answered, reviewed] = await Promise.all([
    db
      .select({ questionId: answers.questionId, isCorrect: answers.isCorrect, at: answers.answeredAt })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(eq(attempts.studentId, caller.id)),
    db
      .select({ questionId: reviewLogs.questionId, isCorrect: sql<boolean>`${reviewLogs.rating} > 1`, at: reviewLogs.review })
      .from(reviewLogs)
      .where(and(eq(reviewLogs.studentId, caller.id), isNull(reviewLogs.undoneAt))),
  ]);
  const outcomes = [...answered, ...reviewed];
  const ids = [...new Set(outcomes.map((o) => o.questionId))];
  const meta = ids.length
    ? await db
        .select({ id: questions.id, kind: questions.kind, tags: questions.tags, articleId: questions.articleId, title: articles.title })
        .from(questions)
        .leftJoin(articles, eq(articles.id, questions.articleId))
        .where(inArray(questions.id, ids))
    : [];
  const byId = new Map(meta.map((m) => [m.id, m]));
  const titles = new Map(meta.map((m) => [m.articleId ?? '', m.title ?? 'Other questions']));
  const topics = masteryBy(
    outcomes.flatMap((o) => {
      const m = byId.get(o.questionId);
      return m ? [{ ...o, group: topicOf(m.kind as QuestionKind, m.tags) }] : [];
    }),
    (group) => TOPIC_LABELS[group as Topic],
  );
  const byArticle = masteryBy(
    outcomes.flatMap((o) => {
      const m = byId.get(o.questionId);
      return m ? [{ ...o, group: m.articleId ?? '' }] : [];
    }),
    (group) => titles.get(group) ?? 'Other questions',
  );
  return { topics, articles: byArticle, totalAnswers: answered.length, totalReviews: reviewed.length };
}

/**
 * Everything the Progress page draws, for the caller only: streak and activity by day in their own time
 * zone, the next week's due cards, and mastery by topic and by article.
 */
export async function getProgress(db: Db, caller: Caller, now: Date = new Date()): Promise<ProgressDto | null> {
  if (caller.role !== 'student') return null;
  const tz = caller.timeZone;
  const today = dayKeyOf(now, tz);
  const [history, forecast, mastery] = await Promise.all([
    studyDays(db, caller, startOfDay(addDays(today, -STREAK_LOOKBACK_DAYS), tz)),
    forecastOf(db, caller, today),
    masteryOf(db, caller),
  ]);
  const byDay = new Map(history.map((d) => [d.day, d]));
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(today, i - HISTORY_DAYS + 1)).map((day) => {
    const d = byDay.get(day);
    return { day, studied: d?.studied ?? 0, accuracy: d && d.studied ? d.right / d.studied : null };
  });
  return { timeZone: tz, today, streak: streakOf(history.map((d) => d.day), today), days, forecast, ...mastery };
}
