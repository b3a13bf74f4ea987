'use client';

import { CloudOff, RefreshCw, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { describePending } from '@/lib/sync/events';
import { dismissRefused, requestSync } from './sync-engine';
import { useSyncState } from './use-sync-state';

/**
 * Says, in one line under the header, whether the page is offline and what waits to sync; lists what
 * the server refused, with its reason, until the student has read it. Silent when all is saved.
 */
export function SyncStatus() {
  const { online, pending, refused, signedOut, lastError } = useSyncState();
  const waiting = describePending(pending);
  let line: React.ReactNode = null;
  if (!online) line = waiting ? `You’re offline. ${waiting} ${pending.reviews + pending.answers === 1 ? 'waits' : 'wait'} to sync.` : "You’re offline. Flashcards still work; what you do is saved on this device.";
  else if (waiting && signedOut)
    line = (
      <>
        Your session has ended. <Link href="/signin" className="font-semibold underline">Sign in again</Link> to save {waiting}.
      </>
    );
  else if (waiting && lastError) line = `${waiting} ${pending.reviews + pending.answers === 1 ? 'waits' : 'wait'} to sync. ${lastError} Trying again soon.`;
  else if (waiting) line = `Saving ${waiting}…`;

  return (
    <div className="mx-auto w-full max-w-3xl px-4" data-testid="sync-status">
      <p role="status" aria-live="polite" className={line ? 'mt-3 flex items-start gap-2 rounded-2xl bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950' : 'sr-only'}>
        {line ? (online ? <RefreshCw aria-hidden className="mt-0.5 size-4 shrink-0" /> : <CloudOff aria-hidden className="mt-0.5 size-4 shrink-0" />) : null}
        <span>{line}</span>
        {line && online && !signedOut ? (
          <button type="button" onClick={() => requestSync(0)} className="ml-auto min-h-11 shrink-0 self-center rounded-full px-3 font-semibold underline">
            Try now
          </button>
        ) : null}
      </p>
      {refused.length ? (
        <section aria-labelledby="refused-heading" className="mt-3 rounded-2xl border border-red-200 bg-red-50 p-3 text-sm text-red-950" data-testid="sync-refused">
          <h2 id="refused-heading" className="flex items-center gap-2 font-bold">
            <TriangleAlert aria-hidden className="size-4" /> {refused.length === 1 ? '1 thing was not saved' : `${refused.length} things were not saved`}
          </h2>
          <ul className="mt-1 flex flex-col gap-1">
            {refused.map((e) => (
              <li key={e.key}>
                <span className="font-medium">{e.label ?? (e.stream === 'answers' ? 'A quiz answer' : 'A flashcard review')}</span>: {e.reason}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void dismissRefused()} className="mt-2 min-h-11 rounded-full border border-red-300 bg-white px-4 font-semibold">
            I’ve read this
          </button>
        </section>
      ) : null}
    </div>
  );
}
