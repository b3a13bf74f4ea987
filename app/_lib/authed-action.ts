import 'server-only';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { echoableValues } from '@/lib/validation/text';
import type { Caller } from '@/db/queries/users';
import { getCaller } from './caller';
import type { ActionResult } from './action-result';

/**
 * The one way a form action reaches data: resolve the caller (session version checked), parse the form
 * with a schema, then run the data-access call. Expected failures come back as values the form shows.
 */
export function authedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  run: (input: { caller: Caller; data: z.output<Schema>; db: Db }) => Promise<ActionResult<T>>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // A hand-made request can call an action with any arguments: refuse rather than throw (a 500).
    if (!(formData instanceof FormData)) return { ok: false, error: 'That request was not understood. Reload the page and try again.' };
    const caller = await getCaller();
    if (!caller) return { ok: false, error: 'Your session has ended. Sign in again.' };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoableValues(formData, schema) };
    }
    const result = await run({ caller, data: parsed.data, db: await getDb() });
    // What the form may show again: never a secret field (by schema or name), each value capped.
    return result.ok ? result : { ...result, values: echoableValues(result.values ? Object.entries(result.values) : formData, schema) };
  };
}
