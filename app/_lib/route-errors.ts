import 'server-only';
import { NextResponse } from 'next/server';
import { DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/db/errors';

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = 2;

/**
 * For route handlers (answers, reviews, imports): a database outage is a 503 the client can retry with the
 * same ids, saying so in words; anything else is a bug and is thrown on. The error is already free of
 * query parameters (db/safe-query-errors.ts).
 */
export function databaseUnavailableResponse(error: unknown): NextResponse {
  if (!isDatabaseUnavailable(error)) throw error;
  console.warn(`[cited] ${error instanceof Error ? error.message : 'database unavailable'}`);
  return NextResponse.json({ error: 'database-unavailable', message: DB_UNAVAILABLE_MESSAGE, retry: true }, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
}
