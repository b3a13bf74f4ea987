import 'server-only';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
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
    const caller = await getCaller();
    if (!caller) return { ok: false, error: 'Your session has ended. Sign in again.' };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values: typedValues(formData) };
    }
    const result = await run({ caller, data: parsed.data, db: await getDb() });
    return result.ok ? result : { ...result, values: result.values ?? typedValues(formData) };
  };
}

/** The text fields of a form, minus anything secret, to refill it after a failed submit. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string' && !/password|^\$ACTION/i.test(name)) values[name] = value;
  }
  return values;
}
