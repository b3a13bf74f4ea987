/**
 * What a database failure means for the person in front of the app, and how it may be logged.
 *
 * No imports on purpose: `app/error.tsx` (a client component) reads DB_UNAVAILABLE_DIGEST from here,
 * and the sign-in page can ask `isDatabaseUnavailable(error)` without pulling in a driver.
 */

/** Set as `digest` on errors thrown while the database cannot be reached; Next passes a digest to error.tsx as is. */
export const DB_UNAVAILABLE_DIGEST = 'CITED_DB_UNAVAILABLE';

/** The sentence people see, on pages and forms alike. */
export const DB_UNAVAILABLE_MESSAGE = "Cited can't reach its database right now. Nothing you typed was lost: try again in a moment.";

/** The database is down, frozen, restarting or out of connections: the request may succeed if retried. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DB_UNAVAILABLE_DIGEST;
  constructor(reason: string) {
    super(`database unavailable (${reason})`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A failed query, described without its parameters or the row data PostgreSQL puts in `detail`. */
export class DatabaseQueryError extends Error {
  readonly code?: string;
  readonly constraint?: string;
  readonly table?: string;
  readonly column?: string;
  constructor(message: string, fields: { code?: string; constraint?: string; table?: string; column?: string }) {
    super(message);
    this.name = 'DatabaseQueryError';
    // Kept because callers branch on them (a unique violation is a field error, not a bug).
    Object.assign(this, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
  }
}

// Errors the OS gives for a socket to a server that is gone, unreachable or silent.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

// A SQLSTATE's class is two digits, or F0, HV, P0, XX; "EPERM" is Node's, not PostgreSQL's.
const isSqlState = (code: unknown): code is string => typeof code === 'string' && /^([0-5][0-9A-Z]|F0|HV|P0|XX)[0-9A-Z]{3}$/.test(code);

// SQLSTATEs that say "not now" rather than "wrong query": connection exceptions (08), shutdowns and
// start-ups (57P0x), cancelled by statement_timeout (57014), idle-in-transaction timeout (25P03),
// insufficient resources such as too many connections or a full disk (53).
function isUnavailableSqlState(code: string): boolean {
  return /^(08|53)/.test(code) || ['57P01', '57P02', '57P03', '57P05', '57014', '25P03'].includes(code);
}

// node-postgres and pg-pool report lost connections and timeouts with plain messages and no code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Query read timeout$/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is closed$/,
];

function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    yield e;
    queue.push((e as { cause?: unknown }).cause);
    // Auth.js wraps what `authorize` threw as `cause.err` (CallbackRouteError), so sign-in can tell an outage.
    queue.push((e as { err?: unknown }).err);
    // A connection to "localhost" tries ::1 and 127.0.0.1: both refusals come in an AggregateError.
    if (Array.isArray((e as { errors?: unknown }).errors)) queue.push(...(e as { errors: unknown[] }).errors);
  }
}

/**
 * Whether an error means the database could not be reached (down, frozen past a timeout, restarting),
 * as opposed to a bug or a rejected query. Looks through `cause` chains (drizzle wraps driver errors).
 *
 * @example
 * isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })) // true
 * isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' })) // false
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const { code, message, digest } = e as { code?: unknown; message?: unknown; digest?: unknown };
    if (digest === DB_UNAVAILABLE_DIGEST) return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || (isSqlState(code) && isUnavailableSqlState(code)))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** A short, data-free reason for an outage, for logs: a code or the driver's fixed message. */
function unavailableReason(error: unknown): string {
  for (const e of causes(error)) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return message;
  }
  return 'unknown';
}

/** The innermost error that carries a SQLSTATE: the driver's own error under drizzle's wrapper. */
function driverError(error: unknown): Record<string, unknown> | null {
  let found: Record<string, unknown> | null = null;
  for (const e of causes(error)) if (isSqlState((e as { code?: unknown }).code)) found = e as Record<string, unknown>;
  return found;
}

/** The message of the last error in a `cause` chain, when there is a chain (the top may be drizzle's, with parameters). */
function deepestCauseMessage(error: unknown): string | undefined {
  let deepest: unknown;
  for (const e of causes(error)) if (e !== error) deepest = e;
  return text((deepest as { message?: unknown } | undefined)?.message);
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The error to throw and log in place of a driver or drizzle error: no bound parameters, no `detail`
 * ("Key (email)=(…) already exists"), quoted values in the message masked. Outages become a
 * DatabaseUnavailableError (with the digest error.tsx looks for). Errors that are not from the database
 * come back unchanged.
 */
export function toSafeDatabaseError(error: unknown, query?: string): unknown {
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError) return error;
  if (isDatabaseUnavailable(error)) return new DatabaseUnavailableError(unavailableReason(error));
  const driver = driverError(error);
  if (!driver && query === undefined) return error;
  const fields = { code: text(driver?.code), constraint: text(driver?.constraint), table: text(driver?.table), column: text(driver?.column) };
  const names = new Set(Object.values(fields).filter(Boolean));
  // PostgreSQL quotes both names ("users_email_unique") and values (invalid input syntax for type uuid: "…").
  const raw = text(driver?.message) ?? deepestCauseMessage(error) ?? 'query failed';
  const masked = raw.replace(/"([^"]*)"/g, (whole, inner: string) => (names.has(inner) ? whole : '"…"'));
  const where = query ? `: ${query.length > 500 ? `${query.slice(0, 500)}…` : query}` : '';
  return new DatabaseQueryError(`${masked}${fields.code ? ` [${fields.code}]` : ''}${where}`, fields);
}
