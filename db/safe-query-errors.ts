/**
 * Drizzle reports a failed query as `Failed query: … params: …`, with the bound values (emails, password
 * hashes, tokens) in the message and on the error, and Next logs thrown errors whole. This swaps that
 * error, at the one place drizzle makes it, for one without parameters (see toSafeDatabaseError), and
 * gives outages the digest the error page recognises. tests/integration/safe-errors.test.ts fails if
 * a drizzle upgrade moves the place.
 */
import { PgDatabase, PgPreparedQuery } from 'drizzle-orm/pg-core';
import { toSafeDatabaseError } from './errors';

const PATCHED = Symbol.for('cited.safeQueryErrors');

type QueryWithCache = (queryString: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown>;
type Patchable = { [PATCHED]?: true; queryWithCache: QueryWithCache };

export function installSafeQueryErrors(): void {
  const prepared = PgPreparedQuery.prototype as unknown as Patchable;
  if (prepared[PATCHED]) return;
  const queryWithCache = prepared.queryWithCache;
  if (typeof queryWithCache !== 'function') throw new Error('drizzle-orm changed: PgPreparedQuery.queryWithCache is gone (see db/safe-query-errors.ts)');
  prepared.queryWithCache = async function (this: unknown, queryString, params, query) {
    try {
      return await queryWithCache.call(this, queryString, params, query);
    } catch (error) {
      throw toSafeDatabaseError(error, queryString);
    }
  };
  // Opening a transaction borrows a connection outside any query: a timeout there is an outage too.
  const database = PgDatabase.prototype as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const transaction = database.transaction;
  database.transaction = async function (this: unknown, ...args: unknown[]) {
    try {
      return await transaction.apply(this, args);
    } catch (error) {
      throw toSafeDatabaseError(error);
    }
  };
  prepared[PATCHED] = true;
}
