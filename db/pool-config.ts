/**
 * Bounded waits for node-postgres. Without them a frozen or unreachable server holds every request
 * for as long as the fault lasts; with them the request fails quickly with a clear error and the next
 * one, after the server is back, succeeds.
 */
import type pg from 'pg';

export interface DbTimeouts {
  /** Opening a connection (TCP + start-up); pool.connect() gives up after this. */
  connectMs: number;
  /** Server side: PostgreSQL cancels a statement running longer than this. */
  statementMs: number;
  /** Client side: a query with no answer after this fails even when the server is frozen and cannot cancel it. */
  queryMs: number;
  /** Server side: a session left idle inside a transaction is closed, releasing its locks. */
  idleInTransactionMs: number;
  /** An idle pooled connection is closed after this. */
  idleMs: number;
  poolMax: number;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number (milliseconds or a count), not "${raw}"`);
  return value;
}

/**
 * The timeouts from the environment, with defaults sized for a classroom web app: every page query takes
 * milliseconds, so 10 s already means something is wrong.
 *
 *   CITED_DB_CONNECT_TIMEOUT_MS (5000) · CITED_DB_STATEMENT_TIMEOUT_MS (10000)
 *   CITED_DB_QUERY_TIMEOUT_MS (statement + 2000) · CITED_DB_IDLE_TX_TIMEOUT_MS (10000)
 *   CITED_DB_IDLE_TIMEOUT_MS (30000) · CITED_DB_POOL_MAX (10)
 */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): DbTimeouts {
  const statementMs = positive(env, 'CITED_DB_STATEMENT_TIMEOUT_MS', 10_000);
  return {
    connectMs: positive(env, 'CITED_DB_CONNECT_TIMEOUT_MS', 5_000),
    statementMs,
    // A little above the server's own limit, so a live server's clearer "canceling statement" wins.
    queryMs: positive(env, 'CITED_DB_QUERY_TIMEOUT_MS', statementMs + 2_000),
    idleInTransactionMs: positive(env, 'CITED_DB_IDLE_TX_TIMEOUT_MS', 10_000),
    idleMs: positive(env, 'CITED_DB_IDLE_TIMEOUT_MS', 30_000),
    poolMax: positive(env, 'CITED_DB_POOL_MAX', 10),
  };
}

export function poolConfig(connectionString: string, t: DbTimeouts): pg.PoolConfig {
  return {
    connectionString,
    max: t.poolMax,
    connectionTimeoutMillis: t.connectMs,
    idleTimeoutMillis: t.idleMs,
    statement_timeout: t.statementMs,
    query_timeout: t.queryMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    keepAlive: true,
  };
}

/** Migrations and the advisory lock that orders them may take longer than a page query, never forever. */
export function migrationClientConfig(connectionString: string, t: DbTimeouts): pg.ClientConfig {
  return { connectionString, connectionTimeoutMillis: t.connectMs, statement_timeout: 0, query_timeout: 120_000, keepAlive: true };
}

type PooledClient = pg.PoolClient & { getTransactionStatus?: () => string | null; _getActiveQuery?: () => unknown; _queryQueue?: unknown[] };

/**
 * A connection must go back to the pool clean. After a client-side timeout (frozen server) drizzle still
 * releases it, possibly inside an open transaction or with a query on the wire: the next borrower's
 * writes would then run in a transaction nobody commits, acknowledged and later lost. Such a connection
 * is closed instead (the server rolls its transaction back) and the pool opens a fresh one.
 */
export function guardReleases(pool: pg.Pool): void {
  pool.on('release', (error: Error | undefined, client: pg.PoolClient) => {
    if (error) return; // the pool removes it already
    const c = client as PooledClient;
    const status = c.getTransactionStatus?.();
    const busy = Boolean(c._getActiveQuery?.()) || (c._queryQueue?.length ?? 0) > 0;
    if ((status && status !== 'I') || busy) void c.end().catch(() => {});
  });
}
