import { getDb } from '@/db/client';
import { submitAnswer, type AnswerResult } from '@/db/queries/answers';
import { answerBatchSchema } from '@/lib/validation/study';
import { json, readSignedInJson } from '../_lib/json-route';

/**
 * `POST /api/answers` with `{ answers: [{ id, attemptId, questionId, response, answeredAt, timeMs? }] }`.
 * Each answer is graded on the server and answered on its own: `{ results: [...], held: [ids] }`, where
 * `held` lists the answer ids the server holds for the questions sent (the first answer to a question
 * counts). Replaying a batch is harmless. No page is re-rendered.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readSignedInJson(request);
  if (!read.ok) return read.response;
  const batch = answerBatchSchema.safeParse(read.body);
  if (!batch.success) return json({ error: 'Send { answers: [...] } with 1 to 200 answers.' }, 400);
  const db = getDb();
  const now = new Date();
  const results: AnswerResult[] = [];
  // In order: two answers to one question in one batch must resolve as "the first one counts".
  for (const event of batch.data.answers) results.push(await submitAnswer(db, read.caller, event, now));
  const held = [...new Set(results.flatMap((r) => (r.ok ? [r.heldId] : [])))];
  return json({ results, held });
}
