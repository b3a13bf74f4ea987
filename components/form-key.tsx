'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import type { ActionResult } from '@/app/_lib/action-result';
import { FORM_KEY_FIELD, typedValues } from '@/app/_lib/form-key';

const OFFLINE_MESSAGE = "Cited couldn't reach the server. Nothing you typed was lost: check your connection and try again.";

/** One form's one-time key: made in the browser after hydration, renewed after each success. */
function createKeyStore() {
  let key: string | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get: () => (key ??= crypto.randomUUID()),
    renew() {
      key = crypto.randomUUID();
      for (const listener of listeners) listener();
    },
  };
}

// The server renders no key ('' is "no key": the action then runs as before); the browser fills it in at
// hydration without a mismatch, which is what useSyncExternalStore's server snapshot is for.
const serverSnapshot = () => '';

/**
 * useActionState for a state-changing form, made safe to press again:
 * - the form carries a one-time key (render `keyField` inside it); a failed or lost submission keeps its
 *   key, so sending it again cannot act twice (see authedAction); a success renews it for the next one;
 * - a request that never reaches the server (offline, server restarting) becomes a form error that keeps
 *   what was typed, instead of an error page.
 */
export function useKeyedAction<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const [store] = useState(createKeyStore);
  const key = useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
  const [state, formAction, isPending] = useActionState(async (previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    try {
      const result = await action(previous, formData);
      if (result.ok) store.renew();
      return result;
    } catch (error) {
      // Next's own signals (a redirect after success) are not failures.
      if ((error as { digest?: unknown } | null)?.digest) throw error;
      return { ok: false, error: OFFLINE_MESSAGE, values: typedValues(formData) };
    }
  }, null);
  const keyField = <input type="hidden" name={FORM_KEY_FIELD} value={key} readOnly />;
  return [state, formAction, isPending, keyField] as const;
}
