'use client';

import './globals.css';
import { ErrorNotice } from '@/components/error-notice';

/** Errors in the root layout itself (the route groups' layouts have their own error.tsx, inside them). */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <main className="mx-auto w-full max-w-3xl px-4 py-6">
          <ErrorNotice digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
