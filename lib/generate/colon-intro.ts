/**
 * The line that hands a run of quoted paragraphs to its speaker: GOV.UK's "Speaking after the meeting the Foreign
 * Secretary said:" above two or three paragraphs of quotation. A question on any of those paragraphs cites it,
 * for it is what says who is speaking; the sentence that gave the speaker's name paragraphs earlier ("Foreign
 * Secretary William Hague met State Councillor Dai …") shows only that they were there (round 15's judges).
 */
import type { Quote, Span } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { sentencesOf } from './evidence';

/**
 * The introducing line of the colon-opened run a quotation belongs to, when the cited span does not hold it.
 *
 * @example
 * colonIntro(ctx, secondParagraphOfHagueStatement, quoteSpan); // → the span of "Speaking after the meeting the Foreign Secretary said:"
 */
export function colonIntro(ctx: GenerateContext, q: Quote, cited: Span): Span | undefined {
  if (q.method !== 'colon' && q.method !== 'continued') return undefined;
  const earlier = factsOfArticle(ctx.quotes, q.articleId).filter((x) => x.start < q.start).sort((a, b) => a.start - b.start);
  let opener: Quote = q;
  // Back through the paragraphs that continue one speaker's words, to the one the colon line opened.
  for (let i = earlier.length - 1; i >= 0 && opener.method === 'continued'; i--) {
    const x = earlier[i] as Quote;
    if (x.speakerId !== q.speakerId) return undefined;
    opener = x;
  }
  if (opener.method !== 'colon') return undefined;
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const line = sentencesOf(body).filter((s) => s.end <= opener.start).pop();
  if (!line || !/:\s*$/.test(body.slice(line.start, line.end))) return undefined;
  // Only blank space between the line and the quotation it opens.
  if (body.slice(line.end, opener.start).trim().replace(/^[“"‘']/, '') !== '') return undefined;
  return line.start >= cited.start && line.end <= cited.end ? undefined : { start: line.start, end: line.end };
}
