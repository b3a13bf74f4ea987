/** What a quotation question cites: the quotation's sentences and the sentence that names its speaker. */
import type { Quote, Span } from '@/lib/extract/types';
import type { QuestionSource } from './types';
import type { GenerateContext } from './context';
import { sentencesOf, speakerEvidence } from './evidence';
import { colonIntro } from './colon-intro';
import { memoByObjectAndKey } from './memo';
import { fullQuoteSpan } from './quote-text';

/**
 * What a question about a quotation cites: the quotation's sentence(s), then, when they do not name
 * the speaker ("he said"), the sentence that does, and the line ending in a colon that opened the quoted
 * paragraphs when there is one. Null when no sentence names the speaker.
 *
 * @example
 * quoteSources(ctx, trussContinued); // → [{ article, start: 4468, end: 4737 }, { article, start: 4083, end: 4311 }]
 */
export const quoteSources = memoByObjectAndKey(function quoteSources(ctx: GenerateContext, q: Quote): QuestionSource[] | null {
  const span = fullQuoteSpan(ctx, q);
  const naming = speakerEvidence(ctx, q, span);
  // "Speaking after the meeting the Foreign Secretary said:" above the paragraph is what says who speaks.
  const intro = naming === null ? undefined : colonIntro(ctx, q, span);
  const named = intro ? speakerEvidence(ctx, q, intro) : undefined;
  if (intro && named !== undefined) return [{ article: q.articleId, ...span }, { article: q.articleId, ...intro }, ...(named ? [{ article: q.articleId, ...named }] : [])];
  const evidence = attributionRun(ctx, q.articleId, naming, span);
  return evidence === undefined ? null : [{ article: q.articleId, ...span }, ...(evidence ? [{ article: q.articleId, ...evidence }] : [])];
}, (q) => q.id);

/** Sentences between the one naming the speaker and the quotation that the citation takes in with them. */
const MAX_RUN_SENTENCES = 2;

/**
 * The sentence naming the speaker, stretched to the quotation when one or two sentences carry the
 * attribution between them ("Blinken said …" … "“All told it sets out …,” he said." … the quotation): the
 * citation shows how the name reaches the words, not a name "in a nearby sentence" (blind-25). Further back
 * (a transcript's speaker label above a long turn) the naming sentence is cited alone.
 *
 * @example
 * attributionRun(ctx, '003_…', { start: 100, end: 180 }, { start: 260, end: 400 }); // → { start: 100, end: 259 } when one sentence lies between
 */
export function attributionRun(ctx: GenerateContext, articleId: string, evidence: Span | null | undefined, quote: Span): Span | null | undefined {
  if (!evidence || evidence.end > quote.start) return evidence;
  const body = ctx.articles.get(articleId)?.body ?? '';
  const between = sentencesOf(body).filter((s) => s.start >= evidence.end && s.end <= quote.start);
  if (between.length === 0 || between.length > MAX_RUN_SENTENCES) return evidence;
  return { start: evidence.start, end: (between[between.length - 1] as Span).end };
}
