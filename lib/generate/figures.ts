/** Figures: multiple choice, and a typed number within a stated tolerance. */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { seededShuffle } from './hash';
import { formatLike, nearbyNumbers, parseWritten, toleranceFor } from './numbers';
import { datelineSpan, displayedText } from './dateline';
import { figureStemBody } from './stems';
import { containsWords, escapeRegExp, normalise } from './text';

/**
 * A figure is asked about when it is trusted, precise, written out in its sentence and not a year.
 *
 * @example
 * askableFigure(ctx, figure)?.parsed.style; // → { kind: 'grouped', separator: ',' }
 */
export function askableFigure(ctx: GenerateContext, f: Figure) {
  const article = ctx.articles.get(f.articleId);
  const parsed = parseWritten(f.raw);
  if (!article || !parsed || parsed.value !== f.value || f.value <= 0 || !ctx.isTrusted(f)) return null;
  if (/year/i.test(f.unit) || (parsed.style.kind === 'plain' && f.value >= 1900 && f.value <= 2100)) return null;
  if (!f.unit.trim() || !f.about.trim()) return null;
  // A number inside "GENEVA, March 3 (AP) —" is the dateline's, not the story's.
  if (f.valueStart < datelineSpan(article, f.sentence).end) return null;
  if (!containsWords(displayedText(article, f.sentence), f.raw)) return null;
  return { article, parsed };
}

/**
 * "How many Russian troops massed around Ukraine?" — the figure itself never appears. When the
 * extractor's description is not a clause that completes "How many …?" ("people have died of cholera
 * in", "tonnes of medical supplies", a percentage or a sum of money without its own wording), the
 * question shows the sentence (without its dateline) with the figure blanked instead.
 */
function stem(ctx: GenerateContext, f: Figure, article: ArticleInput, typed: boolean): string | null {
  const about = f.about.trim().replace(/[.?!]+$/, '');
  const extra = normalise(about).split(' ').filter((w) => w && !normalise(f.unit).split(' ').includes(w));
  // Short descriptions ("troops around Ukraine") make broken questions; the sentence never does.
  const body = extra.length >= 3 ? figureStemBody(about, f.unit, f.raw) : null;
  if (!body) {
    // Showing a garbled copy's sentence would show its errors too (see cloze).
    if (ctx.isDerivative(article.id)) return null;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f.raw)}(?![\\p{L}\\p{N}])`, 'gu');
    const blanked = displayedText(article, f.sentence).replace(re, '_____');
    return `${typed ? 'Type the figure that completes this sentence:' : 'Which figure completes this sentence?'} ${blanked}`;
  }
  const asked = f.claimant ? `According to ${f.claimant}, ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
  const hedge = f.qualifier ? ` (The article says “${f.qualifier} …”.)` : '';
  return `${asked}${hedge}`;
}

const byArticleCache = new WeakMap<GenerateContext, Map<string, Figure[]>>();
function figuresOf(ctx: GenerateContext, articleId: string): Figure[] {
  let map = byArticleCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const f of ctx.figures) map.set(f.articleId, [...(map.get(f.articleId) ?? []), f]);
    byArticleCache.set(ctx, map);
  }
  return map.get(articleId) ?? [];
}

/** Values that other reports give for this figure, or that the article gives for other counts of the same thing. */
function otherValues(ctx: GenerateContext, f: Figure): Set<number> {
  const out = new Set<number>();
  for (const s of ctx.reportsOf(f)) if (s.kind === 'figure') out.add(s.value);
  for (const c of ctx.conflictsOf(f)) {
    for (const cl of c.claims) {
      const n = Number(cl.says.replace(/[^\d.]/g, ''));
      if (cl.says.match(/\d/) && Number.isFinite(n)) out.add(n);
    }
  }
  for (const o of figuresOf(ctx, f.articleId)) {
    if (o.id !== f.id && normalise(o.unit) === normalise(f.unit)) out.add(o.value);
  }
  out.delete(f.value);
  return out;
}

function figureChoice(ctx: GenerateContext, f: Figure): Question | null {
  const ok = askableFigure(ctx, f);
  if (!ok) return null;
  const prompt = stem(ctx, f, ok.article, false);
  if (!prompt || containsWords(prompt, f.raw)) return null;
  const banned = otherValues(ctx, f);
  const near = nearbyNumbers(f.value).filter((v) => !banned.has(v));
  const picks = seededShuffle(near, `${ctx.seed}|figure|${f.id}`).slice(0, 3).map((v) => formatLike(v, ok.parsed.style));
  if (new Set([f.raw, ...picks].map(normalise)).size < 4) return null;
  return finishQuestion(ctx, {
    kind: 'figure-choice',
    prompt,
    answer: f.raw,
    distractors: picks,
    choiceType: 'number',
    sources: [{ article: f.articleId, start: f.sentence.start, end: f.sentence.end }],
    lead: `The article gives ${f.qualifier ? `${f.qualifier} ` : ''}${f.raw}.`,
    factIds: [f.id],
    factContent: `${f.articleId}|${normalise(f.about)}|${f.value}|${normalise(f.unit)}`,
    base: 0.4,
    similarity: 0.5,
    recurrence: f.supportedBy.length,
    personIds: f.claimant ? [ctx.people.resolve(f.claimant)].filter((x): x is string => !!x) : [],
    places: [],
  });
}

function figureNumeric(ctx: GenerateContext, f: Figure): Question | null {
  const ok = askableFigure(ctx, f);
  // Typing "eight" against a number field is a spelling test, not a figure test.
  if (!ok || ok.parsed.style.kind === 'word') return null;
  const tolerance = toleranceFor(f.value, f.qualifier !== null);
  const within = tolerance === 0 ? 'Type the exact number.' : `Type a number; answers within ${formatLike(tolerance, ok.parsed.style)} of the reported figure are accepted.`;
  const body = stem(ctx, f, ok.article, true);
  if (!body) return null;
  const prompt = `${body} ${within}`;
  if (containsWords(prompt, f.raw)) return null;
  return finishQuestion(ctx, {
    kind: 'figure-numeric',
    prompt,
    answer: f.raw,
    distractors: [],
    choiceType: 'number',
    numeric: { value: f.value, tolerance, unit: f.unit },
    sources: [{ article: f.articleId, start: f.sentence.start, end: f.sentence.end }],
    lead: `The article gives ${f.qualifier ? `${f.qualifier} ` : ''}${f.raw} ${f.unit}.`,
    factIds: [f.id],
    factContent: `${f.articleId}|${normalise(f.about)}|${f.value}|${normalise(f.unit)}|${tolerance}`,
    base: 0.6,
    similarity: 0,
    recurrence: f.supportedBy.length,
    personIds: f.claimant ? [ctx.people.resolve(f.claimant)].filter((x): x is string => !!x) : [],
    places: [],
  });
}

/**
 * Figure questions (multiple choice and typed) for every askable figure.
 *
 * @example
 * figureQuestions(ctx).find((q) => q.kind === 'figure-numeric')?.numeric; // { value: 100000, tolerance: 10000, unit: 'troops' }
 */
export function figureQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const f of ctx.figures) {
    const c = figureChoice(ctx, f);
    if (c) out.push(c);
    const n = figureNumeric(ctx, f);
    if (n) out.push(n);
  }
  return out;
}
