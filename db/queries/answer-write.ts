import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, attemptQuestions, attempts, questions, users } from '@/db/schema';
import type { QuestionVersion } from '@/db/schema';
import { answerEventSchema, sanityCheckedTime } from '@/lib/validation/study';
import { brandCaller, type Caller } from './caller';
import { feedbackOf, submitAnswer, type AnswerResult } from './answers';
import { resolveCaller, wellFormedClaims } from './users';

/*
 * The answer to a multiple-choice question in one round trip. A quiz sends one answer per request, and
 * each round trip (with its parse and plan: statements are unnamed, for poolers) costs the server more than
 * the answer itself. One statement checks the session (as resolveCaller does), finds the question in one of
 * the caller's own attempts (ownership in the WHERE clause), grades the choice against the version the
 * attempt froze (a choice must be one it offered, and is right only when it is the answer, exactly as
 * gradeResponse says), stores it unless its id or its question is already answered, and settles the
 * attempt. Everything else takes the usual path (submitAnswer), with the question this statement read.
 */

type Claims = { userId: unknown; sessionVersion: unknown };

interface Row {
  id: string;
  role: 'student' | 'teacher';
  is_admin: boolean;
  display_name: string;
  time_zone: string;
  version: QuestionVersion | string | null;
  tags: string[] | null;
  typed: boolean | null;
  offered: boolean | null;
  inserted: number;
  is_correct: boolean | null;
  held_id: string | null;
  held_response: string | null;
  held_correct: boolean | null;
  answered: number | null;
  correct: number | null;
  question_count: number | null;
  correct_count: number | null;
  finished: boolean | null;
  score: number | null;
}

/**
 * One answer, from the session's claims: null when the session is not current (no such user, or a bumped
 * session version); otherwise the caller and the answer's result, as submitAnswer would give it.
 */
export async function submitAnswerWithClaims(db: Db, claims: Claims, input: unknown, now: Date = new Date()): Promise<{ caller: Caller; result: AnswerResult } | null> {
  const checked = wellFormedClaims(claims);
  if (!checked) return null;
  const parsed = answerEventSchema.safeParse(input);
  const answeredAt = parsed.success ? sanityCheckedTime(parsed.data.answeredAt, now) : null;
  if (!parsed.success || !answeredAt) {
    // Refused before any write: the session checked, then submitAnswer says why.
    const caller = await resolveCaller(db, checked);
    return caller ? { caller, result: await submitAnswer(db, caller, input, now) } : null;
  }
  const event = parsed.data;
  const at = now.toISOString();
  const result = await db.execute(sql`
    with caller as (
      select id, role, is_admin, display_name, time_zone from ${users}
      where id = ${checked.userId} and session_version = ${checked.sessionVersion}
    ), asked as (
      select aq.version, q.tags,
        jsonb_array_length(aq.version->'choices') = 0 as typed,
        (aq.version->'choices') @> jsonb_build_array(${event.response}::text) as offered,
        (aq.version->>'answer') = ${event.response}::text as is_correct
      from caller
      join ${attempts} t on t.id = ${event.attemptId} and t.student_id = caller.id and caller.role = 'student'
      join ${attemptQuestions} aq on aq.attempt_id = t.id and aq.question_id = ${event.questionId}
      join ${questions} q on q.id = aq.question_id
    ), gradable as (
      select is_correct from asked where not typed and offered
    ), ins as (
      insert into ${answers} (id, attempt_id, question_id, response, is_correct, time_ms, answered_at, received_at)
      select ${event.id}, ${event.attemptId}, ${event.questionId}, ${event.response}, gradable.is_correct, ${event.timeMs ?? null}, ${answeredAt.toISOString()}::timestamptz, ${at}::timestamptz
      from gradable
      on conflict do nothing
      returning is_correct
    ), seen as (
      -- One look at the attempt's answers, as the statement's snapshot has them (it does not see its own
      -- insert): the tally, and the answer already there for this question (the first one counts).
      select count(*) as answered, count(*) filter (where a.is_correct) as correct,
        min(a.id::text) filter (where a.question_id = ${event.questionId}) as held_id,
        min(a.response) filter (where a.question_id = ${event.questionId}) as held_response,
        bool_or(a.is_correct) filter (where a.question_id = ${event.questionId}) as held_correct
      from ${answers} a, gradable
      where a.attempt_id = ${event.attemptId}
    ), tally as (
      select seen.answered + (select count(*) from ins) as answered, seen.correct + (select count(*) from ins where is_correct) as correct
      from seen, gradable
    ), settled as (
      update ${attempts} set
        correct_count = tally.correct,
        finished_at = case when tally.answered >= question_count then coalesce(finished_at, ${at}::timestamptz) else null end,
        score = case when tally.answered >= question_count then tally.correct::real / greatest(question_count, 1) else null end
      from tally
      where ${attempts.id} = ${event.attemptId}
      returning question_count, correct_count, finished_at, score
    )
    select caller.id, caller.role, caller.is_admin, caller.display_name, caller.time_zone,
      asked.version, asked.tags, asked.typed, asked.offered, asked.is_correct,
      (select count(*) from ins)::int as inserted,
      seen.held_id, seen.held_response, seen.held_correct,
      tally.answered::int as answered, tally.correct::int as correct,
      settled.question_count, settled.correct_count, settled.finished_at is not null as finished, settled.score
    from caller
    left join asked on true
    left join seen on true
    left join tally on true
    left join settled on true`);
  const [row] = (result as unknown as { rows: Row[] }).rows;
  if (!row) return null;
  const caller = callerOf(row);
  if (caller.role !== 'student' || row.version === null) return { caller, result: { id: event.id, ok: false, error: 'not-found' } };
  const version = typeof row.version === 'string' ? (JSON.parse(row.version) as QuestionVersion) : row.version;
  if (row.typed) {
    // Typed answers are graded in JavaScript (names, slips, numbers): the usual path, with the question read here.
    const asked = { version, tags: row.tags ?? [] };
    return { caller, result: await submitAnswer(db, caller, input, now, { attemptId: event.attemptId, questionId: event.questionId, asked }) };
  }
  // A choice that was never offered is a forged request, not an answer.
  if (!row.offered) return { caller, result: { id: event.id, ok: false, error: 'invalid' } };
  const attempt = {
    answered: Number(row.answered ?? 0),
    questionCount: Number(row.question_count ?? 0),
    correctCount: Number(row.correct_count ?? row.correct ?? 0),
    finished: row.finished === true,
    score: row.score === null ? null : Number(row.score),
  };
  if (row.inserted > 0) {
    const isCorrect = row.is_correct === true;
    return { caller, result: { id: event.id, ok: true, status: 'stored', heldId: event.id, questionId: event.questionId, feedback: await feedbackOf(db, version, event.response, isCorrect), attempt } };
  }
  if (row.held_id === null || row.held_response === null) {
    // Not stored and no answer to this question seen: its id belongs to another question, or an answer
    // landed after this statement's snapshot (a double submit in flight). The usual path tells them apart.
    return { caller, result: await submitAnswer(db, caller, input, now, { attemptId: event.attemptId, questionId: event.questionId, asked: { version, tags: row.tags ?? [] } }) };
  }
  const status = row.held_id === event.id ? 'duplicate' : 'already-answered';
  const feedback = await feedbackOf(db, version, row.held_response, row.held_correct === true);
  return { caller, result: { id: event.id, ok: true, status, heldId: row.held_id, questionId: event.questionId, feedback, attempt } };
}

function callerOf(row: Pick<Row, 'id' | 'role' | 'is_admin' | 'display_name' | 'time_zone'>): Caller {
  return brandCaller({ id: row.id, role: row.role, isAdmin: row.is_admin, displayName: row.display_name, timeZone: row.time_zone });
}
