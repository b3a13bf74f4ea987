'use server';

import { z } from 'zod';
import { authedAction } from '@/app/_lib/authed-action';
import { addArticleToFlashcards } from '@/db/queries/cards';

const addSchema = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/) });

/** "Add to flashcards" on an article: its questions join the student's deck (adding twice adds nothing). */
export const addToFlashcardsAction = authedAction(addSchema, async ({ caller, data, db }) => {
  const result = await addArticleToFlashcards(db, caller, data.slug);
  if (!result) return { ok: false, error: 'This article cannot be added to your flashcards.' };
  if (result.total === 0) return { ok: false, error: 'There are no approved questions for this article yet.' };
  return { ok: true, data: result };
});
