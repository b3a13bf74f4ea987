/** Which of an article's figures are its key figures, the ones asked. */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { figureClass } from './headline-figures';
import { sentencesOf } from './evidence';
import { containsWords, normalise } from './text';
import { memoByObject } from './memo';
import { askableFigure } from './figure-askable';

/** Durations in passing ("over the last seven days", "in just the first two days"): rarely what a story is about. */
const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)$/i;

/** Figures asked per article: the headline figures, not every number a story mentions. */
const FIGURES_PER_ARTICLE = 3;

/**
 * The figures of each article worth a question, at most three: those its headline gives, then those of its
 * opening sentences; a small count or a duration mentioned in passing, and a number inside a quotation, are not asked.
 *
 * @example
 * keyFigures(ctx).has(troopsOnStandby.id); // → true
 */
export const keyFigures = memoByObject(function keyFigures(ctx: GenerateContext): Set<string> {
  const out = new Set<string>();
  for (const article of ctx.articles.values()) {
    const figures = factsOfArticle(ctx.figures, article.id);
    if (!figures.length) continue;
    const lede = ledeEnd(article);
    const score = (f: Figure) => (containsWords(article.title, f.raw) ? 4 : 0) + (f.sentence.start < lede ? 2 : 0)
      - (f.value < 3 ? 1 : 0) - (DURATION_UNIT.test(f.unit.trim()) ? 1 : 0);
    const seen = new Set<string>();
    // A number inside a quotation is the speaker's, asked through the quotation if at all.
    // Only a headline figure (a toll, the displaced, troops, money pledged, a vote, or the headline's own number).
    const worthAsking = (f: Figure) => {
      const ok = askableFigure(ctx, f, true);
      return !!ok && figureClass(article, f, ok.kind) !== null;
    };
    const ranked = figures.filter((f) => worthAsking(f) && !isQuoted(article, f)).map((f) => ({ f, s: score(f) })).filter((x) => x.s >= 0).sort((a, b) => b.s - a.s || a.f.sentence.start - b.f.sentence.start);
    for (const { f } of ranked) {
      // The same number said twice is one fact.
      const key = `${f.value}|${normalise(f.unit)}`;
      if (seen.has(key) || seen.size >= FIGURES_PER_ARTICLE) continue;
      seen.add(key);
      out.add(f.id);
    }
  }
  return out;
});

/** Whether a figure sits inside quotation marks: more opening than closing marks before it in its paragraph. */
function isQuoted(article: ArticleInput, f: Figure): boolean {
  const from = article.body.lastIndexOf('\n', f.valueStart) + 1;
  const before = article.body.slice(from, f.valueStart);
  const opens = (before.match(/“/g)?.length ?? 0) + Math.ceil((before.match(/"/g)?.length ?? 0) / 2);
  const closes = (before.match(/”/g)?.length ?? 0) + Math.floor((before.match(/"/g)?.length ?? 0) / 2);
  return opens > closes;
}

/** Where the article's opening (its first three sentences after the headline) ends. */
export function ledeEnd(article: ArticleInput): number {
  const title = normalise(article.title);
  const sentences = sentencesOf(article.body).filter((s) => normalise(article.body.slice(s.start, s.end)) !== title);
  return sentences[2]?.end ?? article.body.length;
}
