'use client';

import { DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_MESSAGE } from '@/db/errors';

/**
 * What an error page says. A database outage (the digest db/errors.ts sets) is not "something went
 * wrong": it is temporary, nothing was lost, and trying again is the right thing to do.
 */
export function ErrorNotice({ digest }: { digest?: string }) {
  const isOutage = digest === DB_UNAVAILABLE_DIGEST;
  return (
    <div className="flex flex-col gap-3 py-8" data-testid={isOutage ? 'database-unavailable' : 'error-page'}>
      <h1 className="text-2xl font-bold">{isOutage ? 'Cited is having trouble reaching its data' : 'Something went wrong'}</h1>
      <p className="text-stone-700">{isOutage ? DB_UNAVAILABLE_MESSAGE : 'The error has been logged on the server. Try again in a moment.'}</p>
      {/* A reload asks the server again; reset() alone would only re-render what already failed. */}
      <button type="button" onClick={() => window.location.reload()} className="min-h-11 self-start rounded-md border border-stone-300 px-4 py-2 font-medium">
        Try again
      </button>
    </div>
  );
}
