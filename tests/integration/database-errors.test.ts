import { createServer, type Server, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { closeDb, connectPostgres, createTestDb, type Db, type TestDb } from '@/db/client';
import { DB_UNAVAILABLE_DIGEST, DatabaseQueryError, DatabaseUnavailableError, isDatabaseUnavailable } from '@/db/errors';
import { appSettings, users } from '@/db/schema';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

/** Opens a node-postgres Db with these timeouts (read from the environment when a pool is made). */
function withTimeouts(url: string, env: Record<string, string>): Db {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return connectPostgres(url);
  } finally {
    process.env = saved;
  }
}

describe(`failed queries carry no parameters (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a duplicate email: neither the email nor the password hash appears anywhere on the error; code and constraint stay', async () => {
    const row = { role: 'teacher' as const, email: 'secret-person@school.test', displayName: 'S', passwordHash: 'SECRET-HASH-VALUE' };
    await t.db.insert(users).values(row);
    const error = await failure(() => t.db.insert(users).values(row));
    const everything = inspect(error, { depth: 10, showHidden: true });
    expect(everything).not.toContain('secret-person');
    expect(everything).not.toContain('SECRET-HASH-VALUE');
    expect(error).toBeInstanceOf(DatabaseQueryError);
    expect(error).toMatchObject({ code: '23505', constraint: 'users_email_unique' });
    expect((error as Error).message).toMatch(/duplicate key value violates unique constraint "users_email_unique"/);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('a value PostgreSQL quotes back in its message ("invalid input syntax … "…"") is masked', async () => {
    const error = await failure(() => t.db.select().from(users).where(eq(users.id, 'SECRET-TOKEN-123')));
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain('SECRET-TOKEN-123');
    expect(error).toMatchObject({ code: '22P02' });
  });
});

describe('bounded waits and honest outages (node-postgres)', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let silentPort = 0;
  beforeAll(async () => {
    // Accepts connections and never says a word: what a frozen (SIGSTOPped) PostgreSQL looks like from outside.
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('a server that refuses connections: a quick DatabaseUnavailableError carrying the error page’s digest', async () => {
    const db = connectPostgres('postgres://postgres@127.0.0.1:1/app');
    const started = Date.now();
    const error = await failure(() => db.execute(sql`select 1`));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).digest).toBe(DB_UNAVAILABLE_DIGEST);
    await closeDb(db);
  });

  it('a server that accepts but never answers: fails after the connect timeout, in a transaction too', async () => {
    const db = withTimeouts(`postgres://postgres@127.0.0.1:${silentPort}/app`, { CITED_DB_CONNECT_TIMEOUT_MS: '400' });
    for (const run of [() => db.execute(sql`select 1`), () => db.transaction(async (tx) => tx.execute(sql`select 1`))]) {
      const started = Date.now();
      const error = await failure(run);
      expect(Date.now() - started).toBeGreaterThanOrEqual(350);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
    }
    await closeDb(db);
  });

  it('classifies what drivers throw: refusals (even wrapped, even as AggregateError), shutdowns and timeouts yes; query errors no', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: new AggregateError([refused]) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
    // What the sign-in action catches when `authorize` could not reach the database (Auth.js's CallbackRouteError).
    expect(isDatabaseUnavailable(Object.assign(new Error('Read more at https://errors.authjs.dev#callbackrouteerror'), { cause: { err: new DatabaseUnavailableError('ECONNREFUSED') } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Something else'))).toBe(false);
  });
});

// These need a real server's statement timeout and connection state; PGlite has neither.
if (process.env.DATABASE_URL) {
  describe('on PostgreSQL: timeouts and connections that come back clean', () => {
    it('a statement over CITED_DB_STATEMENT_TIMEOUT_MS is cancelled by the server and reported as an outage', async () => {
      const db = withTimeouts(t.url!, { CITED_DB_STATEMENT_TIMEOUT_MS: '300' });
      const started = Date.now();
      const error = await failure(() => db.execute(sql`select pg_sleep(5)`));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toContain('57014');
      await closeDb(db);
    });

    it('a connection that timed out inside a transaction is closed, so the next write is really committed', async () => {
      // One connection, a client-side timeout shorter than the query: the transaction is left open on it.
      const db = withTimeouts(t.url!, { CITED_DB_POOL_MAX: '1', CITED_DB_QUERY_TIMEOUT_MS: '300', CITED_DB_STATEMENT_TIMEOUT_MS: '20000' });
      const error = await failure(() =>
        db.transaction(async (tx) => {
          await tx.insert(appSettings).values({ key: 'test.abandoned', value: 1 });
          await tx.execute(sql`select pg_sleep(1)`);
        }),
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      await db.insert(appSettings).values({ key: 'test.acknowledged', value: 2 });
      // Read from another connection: only committed rows are visible there.
      const other = new pg.Client({ connectionString: t.url });
      await other.connect();
      try {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const { rows } = await other.query<{ key: string }>(`select key from app_settings where key like 'test.%' order by key`);
        expect(rows.map((r) => r.key)).toEqual(['test.acknowledged']);
      } finally {
        await other.end();
        await closeDb(db);
      }
    });
  });
}
