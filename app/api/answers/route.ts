import { getDb } from '@/db/client';
import { submitAnswer, type AnswerResult } from '@/db/queries/answers';
import { submitAnswerWithClaims } from '@/db/queries/answer-write';
import { resolveCaller } from '@/db/queries/users';
import { answerBatchSchema } from '@/lib/validation/study';
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
  if (batch.data.answers.length === 1) {
    // One answer, as the quiz sends each: the session check, the store and the settle in one statement.
    const one = await submitAnswerWithClaims(db, read.claims, batch.data.answers[0], now);
    if (!one) return sessionEnded();
    return json({ results: [one.result], held: one.result.ok ? [one.result.heldId] : [] });
  }
  const caller = await resolveCaller(db, read.claims);
  if (!caller) return sessionEnded();
  const results: AnswerResult[] = [];
  // In order: two answers to one question in one batch must resolve as "the first one counts".
  for (const event of batch.data.answers) results.push(await submitAnswer(db, caller, event, now));
  const held = [...new Set(results.flatMap((r) => (r.ok ? [r.heldId] : [])))];
  return json({ results, held });
}
