import { findMentions, tokenize, type Mention, type Token } from './mentions';
import { findQuoteSpans, splitParagraphs, splitSentences, type Paragraph, type QuoteSpan } from './text';
import { findTurns, withTurns } from './turns';
import type { ArticleInput, Span } from './types';

/** An article read once: paragraphs with junk flagged, quotations, sentences and mentions. */
export interface AnalyzedArticle {
  article: ArticleInput;
  paragraphs: Paragraph[];
  quoteSpans: QuoteSpan[];
  /** Sentences per paragraph index (empty for junk paragraphs). */
  sentences: Span[][];
  mentions: Mention[];
  /** Word tokens of the non-junk paragraphs, in order. */
  tokens: Token[];
}

/** Bodies larger than this are cut for analysis: no news article is this long, and time stays bounded. */
export const MAX_BODY_CHARS = 2_000_000;

/**
 * Reads an article's structure without changing a character of it.
 *
 * @example
 * analyzeArticle({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 }).quoteSpans.length // 1
 */
export function analyzeArticle(article: ArticleInput): AnalyzedArticle {
  return analyze(article, true);
}

/**
 * `analyzeArticle` without the tokens (`tokens` is empty): for a whole library, where holding every
 * article's tokens at once costs more memory and garbage collection than reading them again with
 * `articleTokens` when the article's turn comes.
 *
 * @example
 * analyzeArticleWithoutTokens({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 }).tokens.length // 0
 */
export function analyzeArticleWithoutTokens(article: ArticleInput): AnalyzedArticle {
  return analyze(article, false);
}

/**
 * The tokens `analyzeArticle` would give: the words of the non-junk paragraphs, in order.
 *
 * @example
 * const a = analyzeArticleWithoutTokens({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 });
 * articleTokens(a).map((t) => t.word) // ['He', 'said', 'hi', 'there']
 */
export function articleTokens(a: AnalyzedArticle): Token[] {
  if (a.tokens.length > 0) return a.tokens;
  const tokens: Token[] = [];
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    for (const t of tokenize(a.article.body, p.start, p.end)) tokens.push(t);
  }
  return tokens;
}

function analyze(article: ArticleInput, keepTokens: boolean): AnalyzedArticle {
  const body = article.body.length > MAX_BODY_CHARS ? article.body.slice(0, MAX_BODY_CHARS) : article.body;
  const paragraphs = splitParagraphs(body, article.title);
  const marked = findQuoteSpans(body, paragraphs);
  const sentences = paragraphs.map((p) => (p.isJunk ? [] : splitSentences(body, p, marked)));
  const quoteSpans = withTurns(marked, findTurns(body, paragraphs));
  const tokens: Token[] = [];
  const mentions = findMentions(body, paragraphs, keepTokens ? tokens : undefined);
  return { article: { ...article, body }, paragraphs, quoteSpans, sentences, mentions, tokens };
}
