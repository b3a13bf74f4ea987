'use client';

import { useActionState } from 'react';
import { IntentLink } from '@/components/nav/intent-link';
import { Check, Plus } from 'lucide-react';
import { addToFlashcardsAction } from '@/app/(per-request)/flashcards/actions';

/**
 * Adds an article's questions to the student's flashcards, then offers to study them. When an assignment
 * already put some of them there, it says how many and offers the rest ("Add the other 6").
 */
export function AddToFlashcardsButton({ slug, cardsAlready, cardsInArticle }: { slug: string; cardsAlready: number; cardsInArticle: number }) {
  const [state, formAction, pending] = useActionState(addToFlashcardsAction, null);
  const added = state?.ok ? state.data : null;
  const missing = cardsInArticle - cardsAlready;
  if (added || (cardsAlready > 0 && missing <= 0)) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm" role="status">
        <Check aria-hidden className="size-4 text-correct" />
        {`${added ? added.total : cardsAlready} cards in your flashcards.`}
        <StudyThemLink />
      </p>
    );
  }
  const some = cardsAlready > 0;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="slug" value={slug} />
      {some ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {`${cardsAlready} of its ${cardsInArticle} questions are in your flashcards.`}
          <StudyThemLink />
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-accent-200 bg-white px-5 font-semibold text-accent-800 hover:bg-accent-50">
        <Plus aria-hidden className="size-4" />
        {pending ? 'Adding…' : some ? `Add the other ${missing} to flashcards` : 'Add to flashcards'}
      </button>
      {state && !state.ok ? (
        <p className="text-sm text-incorrect" role="status">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}

function StudyThemLink() {
  return (
    // Fetched when the student reaches for it: prefetched on sight, it cost the article page two requests and their parsing while it loaded.
    <IntentLink href="/flashcards" className="inline-flex min-h-11 items-center font-semibold text-accent-700 underline">
      Study them
    </IntentLink>
  );
}
