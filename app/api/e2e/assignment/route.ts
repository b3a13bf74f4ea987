/**
 * TEMPORARY, test-only (teachers' issue #13): lets the end-to-end journey complete an assignment as the
 * signed-in student until the students' quiz (issue #12) lands. Answers 404 unless the server was started
 * with CITED_E2E_HOOKS=1 (Playwright's web server only). The lead removes it at merge.
 */
import { z } from 'zod';
import { getCaller } from '@/app/_lib/caller';
import { notFoundResponse } from '@/app/_lib/download';
import { getDb } from '@/db/client';
import { listAssignmentQuestionsForStudent, submitAssignmentAttempt } from '@/db/queries/assignment-attempts';
import { isSameOriginRequest } from '@/lib/http/same-origin';

const bodySchema = z.object({ assignmentId: z.uuid(), answers: z.array(z.string().max(300)).max(200) });

export async function POST(request: Request): Promise<Response> {
  if (process.env.CITED_E2E_HOOKS !== '1') return notFoundResponse();
  if (!isSameOriginRequest({ origin: request.headers.get('origin'), host: request.headers.get('host') })) return new Response('Forbidden', { status: 403 });
  const caller = await getCaller();
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!caller || !body.success) return notFoundResponse();
  const db = await getDb();
  const asked = await listAssignmentQuestionsForStudent(db, caller, body.data.assignmentId);
  if (!asked) return notFoundResponse();
  // Answers come in the order the questions are asked, as a student would give them one by one.
  const responses = Object.fromEntries(asked.map((q, i) => [q.questionId, body.data.answers[i] ?? '']));
  const result = await submitAssignmentAttempt(db, caller, body.data.assignmentId, responses);
  return result ? Response.json(result) : notFoundResponse();
}
