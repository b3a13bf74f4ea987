import { json, sessionEnded } from '@/app/api/_lib/json-route';
import { getCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getArticleReaderParts } from '@/db/queries/article-reader';

/**
 * The part of an article page that differs between readers (a student's study buttons, a teacher's link to
 * the questions), so the page itself can be rendered once for everyone (app/(shared)/articles). The session
 * is checked against the database, and the article against what the caller may read: a miss is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return sessionEnded();
  const parts = await getArticleReaderParts(getDb(), caller, (await params).slug);
  return parts ? json(parts) : json({ error: 'No such article.' }, 404);
}
