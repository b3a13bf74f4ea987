import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { perDatabase } from './per-database';
import { answers, attemptQuestions, attempts, questions, users } from '@/db/schema';
import { gradeResponse, isTypedQuestion, type GradableQuestion } from '@/lib/grading/grade';
import { acceptedNote } from '@/lib/grading/accepted';
import { answerEventSchema, sanityCheckedTime } from '@/lib/validation/study';
import { brandCaller, type Caller } from './caller';
import { wellFormedClaims } from './users';
import { citationsFor, namesForTypedAnswer, type CitationDto } from './answer-context';

/** What a student learns once they have answered: never sent before. */
export interface AnswerFeedbackDto {
  response: string;
  isCorrect: boolean;
  /** The right answer as the question words it. */
  answer: string;
  explanation: string;
  /** For a typed answer, what was accepted ("Accepted: 10 or “ten”."); absent for choices and names. */
  accepted?: string | null;
  citations: CitationDto[];
}

export type AnswerResult =
  | {
      id: string;
      ok: true;
      /** 'stored': this answer was saved now; 'duplicate': this id was saved before; 'already-answered': another answer to this question counts. */
      status: 'stored' | 'duplicate' | 'already-answered';
      /** The id of the answer the server holds for this question (the first one counts). */
      heldId: string;
      questionId: string;
      feedback: AnswerFeedbackDto;
      attempt: { answered: number; questionCount: number; correctCount: number; finished: boolean; score: number | null };
    }
  | { id: string | null; ok: false; error: 'invalid' | 'not-found' | 'too-old' };

/** Counts and, once every question has an answer, closes the attempt with its score. Safe to repeat. One statement. */
export async function settleAttempt(db: Db, attemptId: string, now: Date) {
  const answered = sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attemptId})`;
  const correct = sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attemptId} and ${answers.isCorrect})`;
  const [row] = await db
    .update(attempts)
    .set({
      correctCount: sql`${correct}`,
      finishedAt: sql`case when ${answered} >= ${attempts.questionCount} then coalesce(${attempts.finishedAt}, ${now.toISOString()}::timestamptz) else null end`,
      score: sql`case when ${answered} >= ${attempts.questionCount} then ${correct}::real / greatest(${attempts.questionCount}, 1) else null end`,
    })
    .where(eq(attempts.id, attemptId))
    .returning({
      answered: answered.mapWith(Number),
      questionCount: attempts.questionCount,
      correctCount: attempts.correctCount,
      finishedAt: attempts.finishedAt,
      score: attempts.score,
    });
  if (!row) {
    // No such attempt: nothing to close; the tally alone.
    const [tally] = await db.select({ answered: count(), correct: sql<number>`count(*) filter (where ${answers.isCorrect})`.mapWith(Number) }).from(answers).where(eq(answers.attemptId, attemptId));
    return { answered: tally?.answered ?? 0, questionCount: 0, correctCount: tally?.correct ?? 0, finished: false, score: null };
  }
  return { answered: row.answered, questionCount: row.questionCount, correctCount: row.correctCount, finished: Boolean(row.finishedAt), score: row.score ?? null };
}

type NewAnswer = { id: string; attemptId: string; questionId: string; response: string; isCorrect: boolean; timeMs: number | null; answeredAt: Date };
type AttemptTally = Awaited<ReturnType<typeof settleAttempt>>;

/**
 * Inserts an answer (nothing when its id, or an answer to its question in this attempt, is already there)
 * and settles the attempt in the same statement. The update's counts cannot see the row inserted by the
 * same statement, so the inserted row is added to them.
 */
async function storeAndSettle(db: Db, answer: NewAnswer, now: Date): Promise<{ isNew: boolean; attempt: AttemptTally }> {
  const result = await db.execute(sql`
    with ins as (
      insert into ${answers} (id, attempt_id, question_id, response, is_correct, time_ms, answered_at, received_at)
      values (${answer.id}, ${answer.attemptId}, ${answer.questionId}, ${answer.response}, ${answer.isCorrect}, ${answer.timeMs}, ${answer.answeredAt.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
      on conflict do nothing
      returning is_correct
    ),
    tally as (
      select
        (select count(*) from ${answers} where attempt_id = ${answer.attemptId}) + (select count(*) from ins) as answered,
        (select count(*) from ${answers} where attempt_id = ${answer.attemptId} and is_correct) + (select count(*) from ins where is_correct) as correct
    ),
    settled as (
      update ${attempts} set
        correct_count = tally.correct,
        finished_at = case when tally.answered >= question_count then coalesce(finished_at, ${now.toISOString()}::timestamptz) else null end,
        score = case when tally.answered >= question_count then tally.correct::real / greatest(question_count, 1) else null end
      from tally
      where ${attempts.id} = ${answer.attemptId}
      returning question_count, correct_count, finished_at, score
    )
    select (select count(*) from ins)::int as inserted, tally.answered::int as answered, tally.correct::int as correct,
      settled.question_count, settled.correct_count, settled.finished_at is not null as finished, settled.score
    from tally left join settled on true`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const answered = Number(row?.answered ?? 0);
  return {
    isNew: Number(row?.inserted ?? 0) > 0,
    attempt: {
      answered,
      questionCount: Number(row?.question_count ?? 0),
      correctCount: Number(row?.correct_count ?? row?.correct ?? 0),
      finished: row?.finished === true,
      score: row?.score === null || row?.score === undefined ? null : Number(row.score),
    },
  };
}

// The question as the caller's attempt froze it (a question in someone else's attempt is a miss). Every
// answer runs this: its SQL is built once per database; unnamed, so nothing is kept on the server.
function prepareAskedQuery(db: Db) {
  return db
    .select({ version: attemptQuestions.version, tags: questions.tags })
    .from(attemptQuestions)
    .innerJoin(attempts, and(eq(attempts.id, attemptQuestions.attemptId), eq(attempts.studentId, sql.placeholder('studentId'))))
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .where(and(eq(attemptQuestions.attemptId, sql.placeholder('attemptId')), eq(attemptQuestions.questionId, sql.placeholder('questionId'))))
    .limit(1)
    .prepare('');
}
const preparedAskedQuery = perDatabase(prepareAskedQuery);

// The session check of resolveCaller and the asked-question read, in one statement: a quiz sends one answer
// per request, and each round trip costs the server more than the answer itself.
function prepareSessionAndAskedQuery(db: Db) {
  return db
    .select({
      user: { id: users.id, role: users.role, isAdmin: users.isAdmin, displayName: users.displayName, timeZone: users.timeZone },
      version: attemptQuestions.version,
      tags: questions.tags,
    })
    .from(users)
    .leftJoin(attempts, and(eq(attempts.id, sql.placeholder('attemptId')), eq(attempts.studentId, users.id)))
    .leftJoin(attemptQuestions, and(eq(attemptQuestions.attemptId, attempts.id), eq(attemptQuestions.questionId, sql.placeholder('questionId'))))
    .leftJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .where(and(eq(users.id, sql.placeholder('userId')), eq(users.sessionVersion, sql.placeholder('sessionVersion'))))
    .limit(1)
    .prepare('');
}
const preparedSessionAndAsked = perDatabase(prepareSessionAndAskedQuery);

type Asked = { version: typeof attemptQuestions.$inferSelect.version; tags: typeof questions.$inferSelect.tags };

/**
 * The caller a session token names, checked as resolveCaller checks it (null: no such user, or a bumped
 * session version), with the question as the caller's attempt froze it (null: not in one of their attempts).
 */
export async function readSessionAndAsked(db: Db, claims: { userId: unknown; sessionVersion: unknown }, attemptId: string, questionId: string): Promise<{ caller: Caller; asked: Asked | null } | null> {
  const checked = wellFormedClaims(claims);
  if (!checked) return null;
  const [row] = await preparedSessionAndAsked(db).execute({ userId: checked.userId, sessionVersion: checked.sessionVersion, attemptId, questionId });
  if (!row) return null;
  return { caller: brandCaller(row.user), asked: row.version && row.tags ? { version: row.version, tags: row.tags } : null };
}

/** What a student sees once they have answered: the right answer, what a typed answer accepts, the explanation and the cited sentences. */
export async function feedbackOf(db: Db, version: GradableQuestion & { explanation: string; sources: { article: string; start: number; end: number }[] }, response: string, isCorrect: boolean): Promise<AnswerFeedbackDto> {
  return { response, isCorrect, answer: version.answer, explanation: version.explanation, accepted: acceptedNote(version), citations: await citationsFor(db, version.sources) };
}

/**
 * Saves one answer, graded on the server against the version the attempt froze, and returns the feedback.
 * The client makes the id: the same id again is the same answer (one row); a second answer to a question
 * already answered is not stored (the first one counts) and gets the first one's feedback. A question
 * that is not in one of the caller's own attempts is a miss.
 */
export async function submitAnswer(db: Db, caller: Caller, input: unknown, now: Date = new Date(), firstAsked?: { attemptId: string; questionId: string; asked: Asked | null }): Promise<AnswerResult> {
  const parsed = answerEventSchema.safeParse(input);
  const rawId = typeof (input as { id?: unknown })?.id === 'string' ? ((input as { id: string }).id.slice(0, 64)) : null;
  if (!parsed.success) return { id: rawId, ok: false, error: 'invalid' };
  const event = parsed.data;
  if (caller.role !== 'student') return { id: event.id, ok: false, error: 'not-found' };
  const answeredAt = sanityCheckedTime(event.answeredAt, now);
  if (!answeredAt) return { id: event.id, ok: false, error: 'too-old' };

  // The read may have come with the session check (readSessionAndAsked), for this same question.
  const known = firstAsked?.attemptId === event.attemptId && firstAsked.questionId === event.questionId ? firstAsked : null;
  const [asked] = known ? [known.asked] : await preparedAskedQuery(db).execute({ studentId: caller.id, attemptId: event.attemptId, questionId: event.questionId });
  if (!asked) return { id: event.id, ok: false, error: 'not-found' };

  const version = asked.version;
  // A choice must be one of the choices offered; anything else is a forged request, not an answer.
  if (!isTypedQuestion(version) && !version.choices.includes(event.response)) return { id: event.id, ok: false, error: 'invalid' };
  const names = isTypedQuestion(version) ? await namesForTypedAnswer(db, asked.tags, version.answer) : undefined;
  const isCorrect = gradeResponse(version, event.response, names);

  // The usual case, a new answer, is one statement: stored and its attempt settled together.
  const stored = await storeAndSettle(db, { id: event.id, attemptId: event.attemptId, questionId: event.questionId, response: event.response, isCorrect, timeMs: event.timeMs ?? null, answeredAt }, now);

  let held = { id: event.id, response: event.response, isCorrect };
  let status: 'stored' | 'duplicate' | 'already-answered' = 'stored';
  const attempt = stored.attempt;
  if (!stored.isNew) {
    const [first] = await db
      .select({ id: answers.id, response: answers.response, isCorrect: answers.isCorrect })
      .from(answers)
      .where(and(eq(answers.attemptId, event.attemptId), eq(answers.questionId, event.questionId)))
      .limit(1);
    if (!first) {
      // The id is taken by an answer to another question (a reused or forged id): not this one.
      return { id: event.id, ok: false, error: 'invalid' };
    }
    held = first;
    status = first.id === event.id ? 'duplicate' : 'already-answered';
  }
  // With the bank's tags, so a typed place's feedback names the forms its grading accepted.
  const feedback = await feedbackOf(db, { ...version, tags: asked.tags }, held.response, held.isCorrect);
  return { id: event.id, ok: true, status, heldId: held.id, questionId: event.questionId, feedback, attempt };
}
