/**
 * What one answer costs PostgreSQL, by path, without HTTP: the two-statement path the route took before
 * (readSessionAndAsked, then submitAnswer's store-and-settle) against the one-statement path
 * (submitAnswerWithClaims), in alternating blocks of fresh answers from one client, as a quiz sends them.
 * Per answer: PostgreSQL's planning and execution time and calls (pg_stat_statements, when the server
 * preloads it), the server's CPU (its processes in /proc, when it runs on this machine), this process's
 * CPU, and the wall time of one answer (the round trips).
 *
 *   DATABASE_URL=postgres://… [PG_THROWAWAY_DIR=…] npx tsx bench/answer-statements.ts [answers per block] [blocks]
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type Db } from '@/db/client';
import { articles, attemptQuestions, attempts, questions, users } from '@/db/schema';
import { readSessionAndAsked, submitAnswer } from '@/db/queries/answers';
import { submitAnswerWithClaims } from '@/db/queries/answer-write';
import { unsafeCreateAccount } from '@/db/queries/users';
import { effectiveVersion } from '@/db/queries/question-versions';
import { treeCpuMs } from './processes';

const perBlock = Number(process.argv[2] ?? 1000);
const blocks = Number(process.argv[3] ?? 4);
const QUIZ = 10;

type Pair = { attemptId: string; questionId: string; response: string };
type Claims = { userId: string; sessionVersion: number };

async function twoStatements(db: Db, claims: Claims, event: Record<string, unknown> & Pair, now: Date) {
  const joined = await readSessionAndAsked(db, claims, event.attemptId, event.questionId);
  if (!joined) throw new Error('session refused');
  const result = await submitAnswer(db, joined.caller, event, now, { attemptId: event.attemptId, questionId: event.questionId, asked: joined.asked });
  if (!result.ok || result.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(result)}`);
}

async function oneStatement(db: Db, claims: Claims, event: Record<string, unknown> & Pair, now: Date) {
  const one = await submitAnswerWithClaims(db, claims, event, now);
  if (!one?.result.ok || one.result.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(one)}`);
}

function postmasterPid(): number | null {
  const dir = process.env.PG_THROWAWAY_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'cited-pg');
  const file = path.join(dir, 'data', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

async function statementStats(db: Db): Promise<{ ms: number; plan: number; calls: number } | null> {
  try {
    const result = await db.execute(sql`select coalesce(sum(total_plan_time + total_exec_time), 0)::float8 as ms, coalesce(sum(total_plan_time), 0)::float8 as plan, coalesce(sum(calls), 0)::int8 as calls
      from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'`);
    const [row] = (result as unknown as { rows: { ms: number; plan: number; calls: string }[] }).rows;
    return { ms: Number(row?.ms ?? 0), plan: Number(row?.plan ?? 0), calls: Number(row?.calls ?? 0) };
  } catch {
    return null;
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('set DATABASE_URL (PostgreSQL): this measures the server');
  const t = await createTestDb();
  const db = t.db;
  try {
    await db.execute(sql`create extension if not exists pg_stat_statements`).catch(() => {});
    const body = 'Talks in Geneva\n\nThe talks began on Monday in Geneva.';
    await db.insert(articles).values({ id: 'a1', slug: 'talks', title: 'Talks', body, contentHash: 'h' });
    const source = { article: 'a1', start: body.indexOf('The talks'), end: body.length };
    const bank = Array.from({ length: 20 }, (_, i) => ({ id: `q-${i}`, kind: 'where' as const, prompt: `Where did talks ${i} begin?`, choices: ['Geneva', 'Paris', 'Vienna'], answer: 'Geneva', explanation: 'The article says so.', sources: [source], difficulty: 0.2, articleId: 'a1', contentHash: 'h' }));
    await db.insert(questions).values(bank);
    const created = await unsafeCreateAccount(db, { role: 'student', displayName: 'Bench', username: 'bench', password: 'a perfectly fine passphrase' });
    if (!created.ok) throw new Error('sign-up failed');
    const [user] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, created.user.id));
    const claims = { userId: user!.id, sessionVersion: user!.sessionVersion };
    const rows = await db.select().from(questions);
    // Quizzes of ten, as the app makes them: enough fresh pairs for every block.
    const pairs: Pair[] = [];
    for (let q = 0; pairs.length < perBlock * blocks * 2 + QUIZ; q++) {
      const picked = rows.slice((q * QUIZ) % rows.length, ((q * QUIZ) % rows.length) + QUIZ);
      const [attempt] = await db.insert(attempts).values({ studentId: claims.userId, mode: 'article', articleId: 'a1', questionCount: picked.length }).returning({ id: attempts.id });
      await db.insert(attemptQuestions).values(picked.map((row, position) => ({ attemptId: attempt!.id, questionId: row.id, position, version: effectiveVersion(row) })));
      pairs.push(...picked.map((row) => ({ attemptId: attempt!.id, questionId: row.id, response: 'Paris' })));
    }
    const postmaster = postmasterPid();
    const paths = { 'two statements (before)': twoStatements, 'one statement (now)': oneStatement };
    const totals = new Map<string, { answers: number; pgMs: number; planMs: number; calls: number; pgCpuMs: number; nodeCpuMs: number; wallMs: number }>();
    let next = 0;
    // A warm-up of each path (caches, the pool's connections), then the blocks, taking turns.
    for (const run of Object.values(paths)) for (let i = 0; i < QUIZ / 2; i++) await run(db, claims, { ...pairs[next++]!, id: randomUUID(), answeredAt: new Date().toISOString(), timeMs: 4000 }, new Date());
    for (let block = 0; block < blocks; block++) {
      for (const [name, run] of block % 2 ? Object.entries(paths).reverse() : Object.entries(paths)) {
        await db.execute(sql`select pg_stat_statements_reset()`).catch(() => {});
        const before = { pg: await statementStats(db), pgCpu: postmaster ? treeCpuMs(postmaster) : 0, node: process.cpuUsage(), wall: performance.now() };
        for (let i = 0; i < perBlock; i++) await run(db, claims, { ...pairs[next++]!, id: randomUUID(), answeredAt: new Date().toISOString(), timeMs: 4000 }, new Date());
        const wall = performance.now() - before.wall;
        const node = process.cpuUsage(before.node);
        const pgCpu = postmaster ? treeCpuMs(postmaster) - before.pgCpu : Number.NaN;
        const pg = await statementStats(db);
        const total = totals.get(name) ?? { answers: 0, pgMs: 0, planMs: 0, calls: 0, pgCpuMs: 0, nodeCpuMs: 0, wallMs: 0 };
        totals.set(name, {
          answers: total.answers + perBlock,
          pgMs: total.pgMs + (pg && before.pg ? pg.ms - before.pg.ms : Number.NaN),
          planMs: total.planMs + (pg && before.pg ? pg.plan - before.pg.plan : Number.NaN),
          calls: total.calls + (pg && before.pg ? pg.calls - before.pg.calls : Number.NaN),
          pgCpuMs: total.pgCpuMs + pgCpu,
          nodeCpuMs: total.nodeCpuMs + (node.user + node.system) / 1000,
          wallMs: total.wallMs + wall,
        });
      }
    }
    console.log(`${blocks} blocks of ${perBlock} fresh answers per path, one client, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('| path | statements per answer | PostgreSQL plan + exec per answer (pg_stat_statements) | of which planning | PostgreSQL CPU per answer (/proc) | Node CPU per answer | wall per answer |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, total] of totals) {
      const per = (v: number) => (Number.isNaN(v) ? 'n/a' : `${(v / total.answers).toFixed(3)} ms`);
      console.log(`| ${name} | ${(total.calls / total.answers).toFixed(2)} | ${per(total.pgMs)} | ${per(total.planMs)} | ${per(total.pgCpuMs)} | ${per(total.nodeCpuMs)} | ${per(total.wallMs)} |`);
    }
  } finally {
    await t.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
