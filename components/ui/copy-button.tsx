'use client';

import { useState } from 'react';

/** Copies a text (a join code or link) and says so; the text stays on screen to copy by hand too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(text).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        }}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900"
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-green-800">
        {copied ? 'Copied' : ''}
      </span>
    </span>
  );
}
