/**
 * The citation of a glossed quotation: a name put in brackets for a pronoun ("[Vladimir Putin]’s made the
 * ultimate decision") is the question's claim as much as the words are, so the sentence that names that person
 * is cited with them (blind-52b: Sherman's words cited by a sentence that says only "Ms Sherman" and "he"; the
 * sentence before, "Mr Blinken's deputy Wendy Sherman … said Mr Putin seemed ready to invade", shows both).
 */
import type { Quote, Span } from '@/lib/extract/types';
import type { QuestionSource } from './types';
import type { GenerateContext } from './context';
import { antecedentMention } from './antecedent';
import { sentencesOf } from './evidence';

/** "[Vladimir Putin]", "[Vladimir Putin]’s": a person's name an editor put in the words. */
const BRACKETED_NAME = /\[(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)\]/gu;

/**
 * The sources with the sentence naming each person a bracket glosses, when no cited span holds that mention;
 * in reading order, so the citation reads as the report does.
 *
 * @example
 * withGlossSources(ctx, sherman, '… whether [Vladimir Putin]’s made …', [quoteSentence]); // → [sentenceBefore, quoteSentence]
 */
export function withGlossSources(ctx: GenerateContext, q: Quote, shown: string, sources: QuestionSource[]): QuestionSource[] {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const cites = (at: number) => sources.some((s) => s.article === q.articleId && s.start <= at && at < s.end);
  const added: Span[] = [];
  for (const m of shown.matchAll(BRACKETED_NAME)) {
    const at = antecedentMention(ctx, q, m[1] ?? '');
    if (at === null || cites(at) || added.some((s) => s.start <= at && at < s.end)) continue;
    const sentence = sentencesOf(body).find((s) => s.start <= at && at < s.end);
    if (sentence) added.push(sentence);
  }
  if (added.length === 0) return sources;
  return [...sources, ...added.map((s) => ({ article: q.articleId, start: s.start, end: s.end }))];
}
