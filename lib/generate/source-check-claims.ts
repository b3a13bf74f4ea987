/**
 * How a source check speaks of its reports: each claim's sentence (and the one naming its speaker), "Two
 * reports of the same AFP story", which report is asked, and the explanation that shows every report's
 * words with the verdict. Read by source-check.ts and its checks.
 */
import type { Conflict } from '@/lib/extract/types';
import type { QuestionSource } from './types';
import type { GenerateContext } from './context';
import { namingEvidence } from './evidence';
import { sourceLabel } from './labels';
import { citedText, inMarks, normalise, sentenceAround } from './text';

export type Claim = Conflict['claims'][number];

export const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

export function claimSpan(ctx: GenerateContext, cl: Claim): QuestionSource {
  const fact = cl.factId ? ctx.factById.get(cl.factId) : undefined;
  const article = ctx.articles.get(cl.article);
  const span = fact && fact.articleId === cl.article
    ? fact.sentence
    : article ? sentenceAround(article.body, { start: cl.start, end: cl.end }) : { start: cl.start, end: cl.end };
  return { article: cl.article, start: span.start, end: span.end };
}

/** A claim's sentence and, for a claim about who spoke, the sentence naming that person if its own does not ("He renewed an offer …"). */
export function claimSources(ctx: GenerateContext, c: Conflict, cl: Claim): QuestionSource[] {
  const span = claimSpan(ctx, cl);
  const id = c.kind === 'speaker' ? ctx.people.resolve(cl.says) : null;
  const evidence = id ? namingEvidence(ctx, cl.article, span, id) : null;
  return evidence ? [span, { article: cl.article, ...evidence }] : [span];
}

/** "Two reports of the same AFP story", "Two reports". */
export function reportsPhrase(ctx: GenerateContext, claims: Claim[]): { phrase: string; sameStory: boolean } {
  const reports = new Set(claims.map((cl) => cl.article)).size;
  const titles = new Set(claims.map((cl) => normalise(ctx.articles.get(cl.article)?.title ?? cl.article)));
  const sameStory = titles.size === 1;
  const outlet = ctx.articles.get(claims[0]?.article ?? '')?.outlet;
  return { phrase: `${COUNT_WORDS[reports] ?? 'Several'} reports${sameStory ? ` of the same ${outlet ? `${outlet} ` : ''}story` : ''}`, sameStory };
}

/**
 * The stem's opening about what the reports differ on. When every other side is a rewritten copy of the
 * asked original, the copy changed the story: the stem says so, and never presents the copy's version as
 * a second account one could defend.
 */
export function differLead(phrase: string, rewrite: boolean, about: string): string {
  const story = phrase.replace(/^\S+ reports of the same /, 'the ');
  return rewrite && story !== phrase ? `The rewritten copy of ${story} gets wrong ${about}` : `${phrase} disagree about ${about}`;
}

/** How a question names the report it asks about: "the original report" when the copy shares its headline, else its label. */
export function whichReport(ctx: GenerateContext, articleId: string, sameStory: boolean): string {
  const { label, standing } = sourceLabel(ctx, articleId);
  return sameStory && standing === 'original' ? `the original report (${label.replace(/ \([^)]*\)$/, '')})` : label;
}

/**
 * Every report's words, labelled, then the verdict: a machine rewrite's change is a mistake, said plainly,
 * never a second account ("sources disagree" is kept for reports that are sources in their own right).
 */
export function explain(ctx: GenerateContext, sourcesByClaim: QuestionSource[][], claims: Claim[], says: (cl: Claim) => string): string {
  const copies = claims.filter((cl) => ctx.isDerivative(cl.article));
  const parts = claims.map((cl, i) => {
    const article = ctx.articles.get(cl.article);
    if (!article) return '';
    const text = (sourcesByClaim[i] ?? []).slice().sort((x, y) => x.start - y.start).map((s) => inMarks(citedText(article, s))).join(' … ');
    return `${sourceLabel(ctx, cl.article).label} ${copies.includes(cl) ? 'wrongly says' : 'says'} ${says(cl)}: ${text}`;
  });
  const originals = claims.filter((cl) => !copies.includes(cl));
  const verdict = copies.length && originals.length === 1 && originals[0]
    ? `The rewritten copy is a machine rewrite of the story and is wrong here: the original report says ${says(originals[0])}.`
    : 'Sources disagree: check which report you are reading.';
  return `${parts.filter(Boolean).join('. ')}. ${verdict}`;
}
