/**
 * A one-line description of an error that is safe to log: its name, SQLSTATE-like code and message, with
 * anything after "params:" (drizzle prints every query parameter there, password hashes included) and any
 * quoted value cut away, and the chain of causes summarised the same way.
 *
 * @example
 * describeError(new Error('Failed query: insert into "users" values ($1)\nparams: secret-hash')) // 'Error: Failed query: insert into "users" values ($1)'
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return typeof error === 'string' ? clean(error) : 'non-error value thrown';
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' && /^[A-Z0-9_]{1,20}$/i.test(code) ? ` [${code}]` : ''}: ${clean(error.message)}`;
  const cause = (error as { cause?: unknown }).cause;
  return cause && depth < 3 ? `${head} (cause: ${describeError(cause, depth + 1)})` : head;
}

function clean(message: string): string {
  const withoutParams = message.split(/\n\s*params:/i)[0] ?? '';
  return withoutParams.replace(/\s+/g, ' ').trim().slice(0, 300);
}
