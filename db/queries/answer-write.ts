import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { QuestionVersion } from '@/db/schema';
import { answerEventSchema, sanityCheckedTime } from '@/lib/validation/study';
import { brandCaller, type Caller } from './caller';
import { feedbackOf, submitAnswer, type AnswerResult } from './answers';
import { resolveCaller, wellFormedClaims } from './users';

/*
 * The answer to a multiple-choice question in one round trip. A quiz sends one answer per request, and
 * each round trip (with its parse and plan: statements are unnamed, for poolers) costs the server more than
 * the answer itself. One statement (a function, so that PostgreSQL keeps its plan) checks the session (as
 * resolveCaller does), finds the question in one of the caller's own attempts (ownership in the WHERE
 * clause), grades the choice against the version the attempt froze (a choice must be one it offered, and is
 * right only when it is the answer, exactly as gradeResponse says), stores it unless its id or its question
 * is already answered, and settles the attempt. Everything else takes the usual path (submitAnswer), with
 * the question this statement read.
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
  // The statement is the function cited_answer_choice (db/migrations/0003_answer_function.sql), whose plan
  // PostgreSQL keeps per connection: sent as it is, it was planned again on every answer.
  const result = await db.execute(sql`select * from cited_answer_choice(
    ${checked.userId}::uuid, ${checked.sessionVersion}::int, ${event.id}::uuid, ${event.attemptId}::uuid, ${event.questionId}::text,
    ${event.response}::text, ${event.timeMs ?? null}::int, ${answeredAt.toISOString()}::timestamptz, ${at}::timestamptz)`);
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
