import { getDb } from '@/db/client';
import { readSessionAndAsked, submitAnswer, type AnswerResult } from '@/db/queries/answers';
import { resolveCaller, type Caller } from '@/db/queries/users';
import { answerBatchSchema, answerEventSchema } from '@/lib/validation/study';
import { databaseUnavailableResponse } from '@/app/_lib/route-errors';
import { json, readClaimedJson, sessionEnded } from '../_lib/json-route';

/**
 * `POST /api/answers` with `{ answers: [{ id, attemptId, questionId, response, answeredAt, timeMs? }] }`.
 * Each answer is graded on the server and answered on its own: `{ results: [...], held: [ids] }`, where
 * `held` lists the answer ids the server holds for the questions sent (the first answer to a question
 * counts). Replaying a batch is harmless. No page is re-rendered.
 */
export function POST(request: Request): Promise<Response> {
  // A database outage is a 503 with Retry-After, so the offline queue keeps the events and sends them again.
  return submitAnswers(request).catch(databaseUnavailableResponse);
}

async function submitAnswers(request: Request): Promise<Response> {
  const read = await readClaimedJson(request);
  if (!read.ok) return read.response;
  const batch = answerBatchSchema.safeParse(read.body);
  if (!batch.success) return json({ error: 'Send { answers: [...] } with 1 to 200 answers.' }, 400);
  const db = getDb();
  const now = new Date();
  // One answer, as the quiz sends each: the session is checked in the statement that reads its question.
  const single = batch.data.answers.length === 1 ? answerEventSchema.safeParse(batch.data.answers[0]) : null;
  let caller: Caller;
  let firstAsked: Parameters<typeof submitAnswer>[4];
  if (single?.success) {
    const joined = await readSessionAndAsked(db, read.claims, single.data.attemptId, single.data.questionId);
    if (!joined) return sessionEnded();
    caller = joined.caller;
    firstAsked = { attemptId: single.data.attemptId, questionId: single.data.questionId, asked: joined.asked };
  } else {
    const resolved = await resolveCaller(db, read.claims);
    if (!resolved) return sessionEnded();
    caller = resolved;
  }
  const results: AnswerResult[] = [];
  // In order: two answers to one question in one batch must resolve as "the first one counts".
  for (const event of batch.data.answers) results.push(await submitAnswer(db, caller, event, now, firstAsked));
  const held = [...new Set(results.flatMap((r) => (r.ok ? [r.heldId] : [])))];
  return json({ results, held });
}
