/**
 * The floor: a bare Node `http` server doing the app's one query (node-postgres, or PGlite in-process) and
 * sending a page of the same size, with no framework at all. What the app could reach if everything but
 * the query and the bytes cost nothing.
 *
 *   node --import tsx bench/references/floor-server.ts --port=3261 --pg=postgres://…
 *   node --import tsx bench/references/floor-server.ts --port=3262 --pglite=.data/bench/pglite-floor
 *
 * GET /library?bytes=N, GET /article?slug=S&bytes=N, POST /answers and POST /reviews (the students' JSON
 * batches; one insert each), DELETE /answers (forget the bench students' answers between runs).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { articleHtml, firstAnswer, firstReview, libraryHtml, requestedBytes, type ReferenceArticleRow } from '../reference-page';
import { BENCH_USER_PREFIX } from '../fixture';

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>;

// The SQL the app's queries produce (drizzle), written out.
const COLUMNS = '"id", "slug", "title", "outlet", "published_on", "body"';
const LIBRARY = `select ${COLUMNS} from "articles" order by "articles"."id" asc`;
const ARTICLE = `select ${COLUMNS} from "articles" where "articles"."slug" = $1 limit $2`;
const ANSWER = `insert into answers (id, attempt_id, question_id, response, is_correct, time_ms, answered_at)
  values ($1, $2, $3, $4, false, $5, $6) on conflict do nothing`;
const REVIEW = `insert into review_logs (id, card_id, student_id, question_id, rating, review, duration_ms, state, due, stability, difficulty)
  select $1, c.id, c.student_id, c.question_id, $3, $4, $5, 1, $4, 0, 0 from cards c where c.id = $2 on conflict do nothing`;
const RESET = `delete from answers a using attempts t, users u where a.attempt_id = t.id and t.student_id = u.id and u.username like '${BENCH_USER_PREFIX}%'`;

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

async function openDatabase(): Promise<Query> {
  const url = flag('pg');
  const dir = flag('pglite');
  if (url) {
    // The app's pool size (db/client.ts), so both wait for connections alike.
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[];
  }
  if (dir) {
    const db = new PGlite(dir);
    await db.waitReady;
    return async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows;
  }
  throw new Error('give --pg=URL or --pglite=DIR');
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(null);
      }
    });
  });
}

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function handle(query: Query, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://floor');
  const bytes = requestedBytes(url.searchParams.get('bytes'));
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /library') return send(response, 200, 'text/html; charset=utf-8', libraryHtml(await query<ReferenceArticleRow>(LIBRARY), bytes));
  if (route === 'GET /article') {
    const [row] = await query<ReferenceArticleRow>(ARTICLE, [url.searchParams.get('slug') ?? '', 1]);
    return send(response, 200, 'text/html; charset=utf-8', articleHtml(row, bytes));
  }
  if (route === 'POST /answers') {
    const a = firstAnswer(await readBody(request));
    if (!a) return send(response, 400, 'application/json', '{"error":"invalid"}');
    await query(ANSWER, [a.id, a.attemptId, a.questionId, a.response, a.timeMs, a.answeredAt]);
    return send(response, 200, 'application/json', JSON.stringify({ stored: [a.id] }));
  }
  if (route === 'POST /reviews') {
    const r = firstReview(await readBody(request));
    if (!r) return send(response, 400, 'application/json', '{"error":"invalid"}');
    await query(REVIEW, [r.id, r.cardId, r.rating, r.reviewedAt, r.durationMs]);
    return send(response, 200, 'application/json', JSON.stringify({ stored: [r.id] }));
  }
  if (route === 'DELETE /answers') {
    await query(RESET);
    return send(response, 200, 'application/json', '{}');
  }
  return send(response, 404, 'text/plain', 'Not found');
}

async function main() {
  const port = Number(flag('port'));
  if (!Number.isInteger(port) || port <= 0) throw new Error('give --port=N');
  const query = await openDatabase();
  const server = createServer((request, response) => {
    handle(query, request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
      else response.destroy();
    });
  });
  // Like Node's default for `next start`: keep connections open between requests.
  server.keepAliveTimeout = 5000;
  server.listen(port, '127.0.0.1', () => console.log(`floor server on 127.0.0.1:${port}`));
  const close = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
