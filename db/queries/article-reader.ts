import type { Db } from '@/db/client';
import { getArticle } from './articles';
import { articleCardProgress } from './cards';
import type { Caller } from './caller';

/**
 * The per-reader parts of an article page rendered once for everyone: what the caller can do with it.
 * A student's `cardsAlready` of the article's `cardsInArticle` questions they may study are in their flashcards.
 */
export type ArticleReaderPartsDto = { role: 'teacher' } | { role: 'student'; cardsAlready: number; cardsInArticle: number };

/**
 * What the caller's copy of an article page adds to the shared one: a student's study buttons (with how many
 * of its cards they already have), or a teacher's way to its questions. Null when the caller may not read the
 * article (another teacher's upload, a made-up or malformed slug), as the page itself would be.
 */
export async function getArticleReaderParts(db: Db, caller: Caller, slug: unknown): Promise<ArticleReaderPartsDto | null> {
  const article = await getArticle(db, caller, slug);
  if (!article) return null;
  if (caller.role !== 'student') return { role: 'teacher' };
  const { have, total } = await articleCardProgress(db, caller, article.id);
  return { role: 'student', cardsAlready: have, cardsInArticle: total };
}
