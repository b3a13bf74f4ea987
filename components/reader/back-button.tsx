'use client';

import { ArrowLeft } from 'lucide-react';
import { useRouter } from 'next/navigation';

/** "Back" to wherever the reader came from (a question, a quiz's feedback), or the library when there is no history. */
export function BackButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={() => (window.history.length > 1 ? router.back() : router.push('/library'))}
      className="inline-flex min-h-11 items-center gap-1 font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-stone-900"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      Back
    </button>
  );
}
