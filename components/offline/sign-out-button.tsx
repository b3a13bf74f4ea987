'use client';

import { useEffect, useRef, useState } from 'react';
import { LogOut } from 'lucide-react';
import { signOutAction } from '@/app/(per-request)/(auth)/actions';
import { describePending } from '@/lib/sync/events';
import { clearLocalData } from './offline-store';
import { refresh, getSyncState, requestSync } from './sync-engine';

/**
 * Sign out, after a warning when work done on this device has not reached the server yet: signing out
 * deletes this device's queue and saved pages, so that the next person on it sees none of them.
 */
export function SignOutButton() {
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const confirmed = useRef(false);
  const [waiting, setWaiting] = useState<string | null>(null);
  const [isOffline, setIsOffline] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);
  const [timesOpened, setTimesOpened] = useState(0);

  // Not React's autoFocus: it focuses the (closed) dialog's button as the header mounts, which makes the
  // browser restyle the whole page inside that task on every page load. Focused when the dialog opens instead.
  useEffect(() => {
    if (timesOpened > 0) stayRef.current?.focus();
  }, [timesOpened]);

  async function leave() {
    confirmed.current = true;
    await clearLocalData().catch(() => undefined);
    formRef.current?.requestSubmit();
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (confirmed.current) return;
    event.preventDefault();
    // Signing out needs the server; clearing this device first and then failing would lose the copies for nothing.
    await refresh().catch(() => undefined);
    const unsynced = describePending(getSyncState().pending);
    const offline = !navigator.onLine;
    if (!unsynced && !offline) return void leave();
    setIsOffline(offline);
    setWaiting(unsynced);
    setTimesOpened((n) => n + 1);
    dialogRef.current?.showModal();
  }

  function stay() {
    dialogRef.current?.close();
    requestSync(0);
  }

  return (
    <form ref={formRef} action={signOutAction} onSubmit={(event) => void onSubmit(event)}>
      <button type="submit" className="flex min-h-11 shrink-0 items-center gap-1 rounded-full border border-stone-300 px-3 text-sm font-medium whitespace-nowrap hover:bg-stone-100">
        <LogOut aria-hidden className="size-4" />
        Sign out
      </button>
      <dialog ref={dialogRef} aria-labelledby="sign-out-title" className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-3xl p-5 backdrop:bg-stone-900/50">
        {isOffline ? (
          <>
            <h2 id="sign-out-title" className="text-lg font-bold">You’re offline</h2>
            <p className="mt-2 text-stone-700">
              Signing out needs a connection. {waiting ? `${waiting} from this device ${hasOne(waiting) ? 'has' : 'have'} not reached Cited yet: ${hasOne(waiting) ? 'it is' : 'they are'} sent when you’re back online. ` : ''}Try again then.
            </p>
            <button type="button" onClick={stay} ref={stayRef} className="mt-4 min-h-12 w-full rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
              Stay signed in
            </button>
          </>
        ) : (
          <>
            <h2 id="sign-out-title" className="text-lg font-bold">Not saved yet</h2>
            <p className="mt-2 text-stone-700">
              {waiting} from this device {hasOne(waiting) ? 'has' : 'have'} not reached Cited yet. If you sign out now, {hasOne(waiting) ? 'it is' : 'they are'} deleted from this device and lost.
            </p>
            <div className="mt-4 flex flex-col gap-2">
              <button type="button" onClick={stay} ref={stayRef} className="min-h-12 rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
                Stay signed in
              </button>
              <button type="button" onClick={() => void leave()} className="min-h-12 rounded-full border border-red-300 px-5 font-semibold text-red-800 hover:bg-red-50">
                Sign out anyway
              </button>
            </div>
          </>
        )}
      </dialog>
    </form>
  );
}

/** "1 review" takes a singular verb; "3 reviews and 1 answer" a plural one. */
function hasOne(waiting: string | null): boolean {
  return /^1 \w+$/.test(waiting ?? '');
}
