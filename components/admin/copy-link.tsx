'use client';

import { useState } from 'react';

/** A read-only link with a Copy button (the field stays selectable where the clipboard is refused). */
export function CopyLink({ link }: { link: string }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="invitation-link" className="sr-only">
        Invitation link
      </label>
      <input
        id="invitation-link"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="min-h-11 min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm"
      />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setIsCopied(true);
          } catch {
            setIsCopied(false);
          }
        }}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900"
      >
        {isCopied ? 'Copied' : 'Copy link'}
      </button>
    </div>
  );
}
