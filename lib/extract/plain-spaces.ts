import type { ArticleInput } from './types';

const NO_BREAK_SPACE = /\u00a0/g;

/**
 * The article with its no-break spaces read as plain spaces. Web copy puts them after short words
 * ("President of\u00a0Russia Vladimir Putin:", "ladies and\u00a0gentlemen", the Kremlin's transcripts, AFP),
 * where every pattern of the extractor and the generator expects a space: a transcript's labels went
 * unread and its turns unquoted. One character for one, so every offset into the body still holds;
 * the stored text is untouched, and an article without one is returned as it is.
 *
 * @example
 * withPlainSpaces({ ...a, body: 'of\u00a0Russia' }).body // 'of Russia'
 */
export function withPlainSpaces(article: ArticleInput): ArticleInput {
  if (!article.body.includes('\u00a0') && !article.title.includes('\u00a0')) return article;
  return { ...article, title: article.title.replace(NO_BREAK_SPACE, ' '), body: article.body.replace(NO_BREAK_SPACE, ' ') };
}
