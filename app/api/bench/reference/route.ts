/**
 * The bare Next.js reference for `npm run bench`: the same one query as a page or a write, in a route handler
 * with no proxy, no session and no React render, so the bench can tell the framework's own floor from what
 * the app adds. It exists only when the server was started with CITED_BENCH_REFERENCE=1 (the bench does
 * that); otherwise every method answers 404, as if the route did not exist.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { answers, articles } from '@/db/schema';
import { articleHtml, firstAnswer, firstReview, libraryHtml, requestedBytes } from '@/bench/reference-page';

export const dynamic = 'force-dynamic';

const isEnabled = () => process.env.CITED_BENCH_REFERENCE === '1';
const notFound = () => new Response('Not found', { status: 404 });
const html = (body: string) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
// The columns listArticles and getArticle select.
const columns = { id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, publishedOn: articles.publishedOn, body: articles.body };

export async function GET(request: NextRequest) {
  if (!isEnabled()) return notFound();
  const params = request.nextUrl.searchParams;
  const bytes = requestedBytes(params.get('bytes'));
  const db = getDb();
  if (params.get('q') === 'library') {
    return html(libraryHtml(await db.select(columns).from(articles).orderBy(asc(articles.id)), bytes));
  }
  if (params.get('q') === 'article') {
    const [row] = await db.select(columns).from(articles).where(eq(articles.slug, params.get('slug') ?? '')).limit(1);
    return html(articleHtml(row, bytes));
  }
  return notFound();
}

/** One insert per request, taken from the same JSON batch the students' routes accept. */
export async function POST(request: NextRequest) {
  if (!isEnabled()) return notFound();
  const q = request.nextUrl.searchParams.get('q');
  const body: unknown = await request.json().catch(() => null);
  const db = getDb();
  if (q === 'answers') {
    const answer = firstAnswer(body);
    if (!answer) return Response.json({ error: 'invalid' }, { status: 400 });
    await db
      .insert(answers)
      .values({ id: answer.id, attemptId: answer.attemptId, questionId: answer.questionId, response: answer.response, isCorrect: false, timeMs: answer.timeMs, answeredAt: new Date(answer.answeredAt) })
      .onConflictDoNothing();
    return Response.json({ stored: [answer.id] });
  }
  if (q === 'reviews') {
    const review = firstReview(body);
    if (!review) return Response.json({ error: 'invalid' }, { status: 400 });
    // One statement: the card's owner and question come from the row the foreign key checks anyway.
    await db.execute(sql`insert into review_logs (id, card_id, student_id, question_id, rating, review, duration_ms, state, due, stability, difficulty)
      select ${review.id}, c.id, c.student_id, c.question_id, ${review.rating}, ${review.reviewedAt}, ${review.durationMs}, 1, ${review.reviewedAt}, 0, 0
      from cards c where c.id = ${review.cardId} on conflict do nothing`);
    return Response.json({ stored: [review.id] });
  }
  return notFound();
}

/** Between write runs: forget the bench users' answers, so each run answers fresh questions. */
export async function DELETE(request: NextRequest) {
  if (!isEnabled() || request.nextUrl.searchParams.get('q') !== 'answers') return notFound();
  const result = await getDb().execute(
    sql`delete from answers a using attempts t, users u where a.attempt_id = t.id and t.student_id = u.id and u.username like 'bench-%'`,
  );
  return Response.json({ deleted: (result as { rowCount?: number | null }).rowCount ?? null });
}
