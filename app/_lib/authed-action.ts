import 'server-only';
import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/db/errors';
import { runOnce } from '@/db/queries/receipts';
import { echoableValues } from '@/lib/validation/text';
import type { Caller } from '@/db/queries/users';
import { getCaller } from './caller';
import type { ActionResult } from './action-result';
import { FORM_KEY_FIELD } from './form-key';

/**
 * The one way a form action reaches data: resolve the caller (session version checked), parse the form
 * with a schema, then run the data-access call. Expected failures come back as values the form shows.
 *
 * Every action gets two guarantees for free:
 * - Once per submission: a form that carries a one-time key (components/form-key.tsx) is acted on once;
 *   sending it again (a lost response, a double tap, two racing requests) returns the first result.
 *   `run` then gets a transaction as `db`, so its writes commit with the receipt or not at all.
 * - Honest outages: when the database cannot be reached the form gets "Cited can't reach its database…"
 *   with everything typed kept, instead of an error page that loses it.
 */
export function authedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  run: (input: { caller: Caller; data: z.output<Schema>; db: Db }) => Promise<ActionResult<T>>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // A hand-made request can call an action with any arguments: refuse rather than throw (a 500).
    if (!(formData instanceof FormData)) return { ok: false, error: 'That request was not understood. Reload the page and try again.' };
    // What the form may show again: never a secret field (by schema or name) nor the key, each value capped.
    const echo = (entries: Iterable<[string, unknown]>) => echoableValues([...entries].filter(([name]) => name !== FORM_KEY_FIELD), schema);
    try {
      const caller = await getCaller();
      if (!caller) return { ok: false, error: 'Your session has ended. Sign in again.' };
      const parsed = schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echo(formData) };
      }
      // The receipt names the action by Next's id for it (stable within a build), for whoever reads the table.
      const action = (await headers()).get('next-action') ?? 'form';
      const once = await runOnce(getDb(), caller, formData.get(FORM_KEY_FIELD), action, (db) => runKeepingRedirect(() => run({ caller, data: parsed.data, db })));
      if (once.result === null) return { ok: false, error: 'This form was already sent. Reload the page and try again.', values: echo(formData) };
      const result = once.result;
      // After the commit, and again on a replay: the person lands where the first submission sent them.
      if ('redirectTo' in result) redirect(result.redirectTo, result.replace ? RedirectType.replace : RedirectType.push);
      return result.ok ? result : { ...result, values: echo(result.values ? Object.entries(result.values) : formData) };
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.warn(`[cited] form action: ${error instanceof Error ? error.message : 'database unavailable'}`);
      return { ok: false, error: DB_UNAVAILABLE_MESSAGE, values: echo(formData) };
    }
  };
}

type Redirected = { ok: true; data: undefined; redirectTo: string; replace: boolean };

/**
 * Next's redirect() works by throwing. Thrown inside the receipt's transaction it would roll back the
 * writes it follows ("create, then go to the new page"), so it is turned into a result, and thrown again
 * once the transaction has committed. Its digest is `NEXT_REDIRECT;<replace|push>;<url>;<status>;`.
 */
async function runKeepingRedirect<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T> | Redirected> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    const match = typeof digest === 'string' ? /^NEXT_REDIRECT;(replace|push);(.+);\d{3};$/.exec(digest) : null;
    if (!match) throw error;
    return { ok: true, data: undefined, redirectTo: match[2]!, replace: match[1] === 'replace' };
  }
}
