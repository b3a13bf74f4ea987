/** What every server action returns: expected failures are values, bugs are thrown to error.tsx. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed, so the form (which React resets after an action) can show it again. Never a password. */
      values?: Record<string, string>;
    };

/** The empty state a form starts in, before the first submit. */
export const initialActionState = null as ActionResult<unknown> | null;
