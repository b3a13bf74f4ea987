/**
 * Two accounts of one count in a report: "Al-Shabab says 60 Kenyan troops were killed …, but the governor said
 * at least 40" (neither is a fact to teach), against one account written twice, rounded and precise ("nearly
 * half a billion pounds", "£485 million"), which is one fact.
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { EMPTY_WORDS } from './figure-trivia';
import { normalise } from './text';

/** Qualifiers that hedge a figure without bounding it. */
export const HEDGES: ReadonlySet<Figure['qualifier']> = new Set(['about', 'estimated']);

/** Two values the same within floating-point noise (4.7 × 1e9 against 4.7e9). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** Words that set two accounts against each other in one sentence. */
const CONTRAST = /\b(?:but|while|whereas|however|although|though)\b/i;

/** The words of a figure's description that say what happened, without what it counts ("killed", "Kenyan"). */
function eventWords(f: Figure, units: string[]): Set<string> {
  return new Set(normalise(f.about).split(' ').filter((w) => w.length >= 4 && !EMPTY_WORDS.has(w) && !units.includes(w)));
}

/**
 * Whether the sentence sets another account of the same thing against this figure: "Al-Shabab says 60 Kenyan
 * troops were killed …, but [the] governor … said at least 40 Kenyan soldiers were killed". Neither is a fact
 * to teach; a typed "60" would mark the governor's 40 wrong (blind-22's false key).
 */
export function hasRivalClaim(ctx: GenerateContext, article: ArticleInput, f: Figure): boolean {
  const contrast = CONTRAST.test(article.body.slice(f.sentence.start, f.sentence.end));
  return factsOfArticle(ctx.figures, f.articleId).some((o) => {
    if (o.id === f.id || o.value <= 0 || sameValue(o.value, f.value)) return false;
    // The same sentence sets them against each other with "but"; a neighbouring sentence gives another
    // account of the same count ("Al-Shabab claimed 60 …. The governor said at least 40 …").
    const same = o.sentence.start === f.sentence.start;
    const next = !same && (isNextTo(article, o.sentence, f.sentence) || isNextTo(article, f.sentence, o.sentence));
    if (!(same && contrast) && !(next && o.claimant !== f.claimant)) return false;
    if (Math.max(o.value, f.value) / Math.min(o.value, f.value) > 3) return false;
    if (roundsTheOther(o, f) || roundsTheOther(f, o)) return false;
    const units = [...normalise(f.unit).split(' '), ...normalise(o.unit).split(' ')];
    const mine = eventWords(f, units);
    return [...eventWords(o, units)].some((w) => mine.has(w));
  });
}

/** How near (a share of the round figure) a precise figure lies for a hedged one to round it. */
const ROUNDING = 0.05;

/**
 * "nearly half a billion pounds of investment" and "£485 million of investment": the hedged round figure is
 * the precise one rounded, one account, not two. Asked, the precise one stands, and the round one is among
 * the values its options and its typed margin avoid (see otherValues).
 */
function roundsTheOther(round: Figure, precise: Figure): boolean {
  return HEDGES.has(round.qualifier) && !HEDGES.has(precise.qualifier) && Math.abs(round.value - precise.value) <= ROUNDING * round.value;
}

/** Whether sentence `b` follows sentence `a` with only white space between them. */
function isNextTo(article: ArticleInput, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.end <= b.start && article.body.slice(a.end, b.start).trim() === '';
}
