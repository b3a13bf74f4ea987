/**
 * Figures two reports give differently for the same thing ("almost nine hours" in one, "almost ten" in
 * another). Neither may be taught as plain fact, and no typed answer may accept the other's figure:
 * the disagreement becomes a flagged source check instead.
 */
import type { Figure } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { normalise } from './text';
import { memoByObject } from './memo';

const STOP = new Set([
  'the', 'and', 'that', 'with', 'from', 'have', 'has', 'had', 'were', 'was', 'will', 'would', 'their', 'they', 'this', 'than',
  'more', 'less', 'about', 'some', 'been', 'into', 'over', 'after', 'before', 'said', 'says', 'also', 'which', 'there', 'its',
  'almost', 'nearly', 'around', 'least', 'most', 'than', 'since', 'other', 'another',
]);

/** Two values close enough to be two reports' figures for one thing, not two different things. */
const MAX_RATIO = 1.5;
/** Content words two sentences must share (beyond the unit) to be about the same thing. */
const MIN_SHARED = 2;
const MIN_JACCARD = 0.2;
/**
 * Reports filed further apart than this tell of different events, however alike their sentences: "We met six times
 * last year" in the Kremlin's 2007 statement and "five times" in its 2009 one are both true (blind-43).
 */
const MAX_DAYS_APART = 31;
const DAY_MS = 86_400_000;

/** Whether two reports' dates, when both are written, lie within MAX_DAYS_APART of each other. */
function filedTogether(ctx: GenerateContext, a: string, b: string): boolean {
  const at = Date.parse(ctx.articles.get(a)?.date?.slice(0, 10) ?? '');
  const bt = Date.parse(ctx.articles.get(b)?.date?.slice(0, 10) ?? '');
  return !Number.isFinite(at) || !Number.isFinite(bt) || Math.abs(at - bt) <= MAX_DAYS_APART * DAY_MS;
}

function contentWords(text: string, unit: string): Set<string> {
  const skip = new Set(normalise(unit).split(' '));
  return new Set(normalise(text).split(' ').filter((w) => w.length >= 4 && !STOP.has(w) && !skip.has(w) && !/^\d/.test(w)));
}

interface Signature {
  value: number;
  unit: string;
  words: Set<string>;
  figures: Figure[];
}


function sameThing(a: Signature, b: Signature): boolean {
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const union = a.words.size + b.words.size - shared;
  return shared >= MIN_SHARED && union > 0 && shared / union >= MIN_JACCARD;
}

function build(ctx: GenerateContext): Map<string, Figure[]> {
  // Copies of one sentence (a library repeats stories) are compared once.
  const sigs = new Map<string, Signature>();
  for (const f of ctx.figures) {
    const article = ctx.articles.get(f.articleId);
    if (!article || !Number.isFinite(f.value) || f.value <= 0) continue;
    const text = article.body.slice(f.sentence.start, f.sentence.end);
    const key = `${f.value}\u0000${normalise(f.unit)}\u0000${normalise(text)}`;
    const sig = sigs.get(key);
    if (sig) sig.figures.push(f);
    else sigs.set(key, { value: f.value, unit: normalise(f.unit), words: contentWords(text, f.unit), figures: [f] });
  }
  const byUnit = new Map<string, Signature[]>();
  for (const s of sigs.values()) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  const given = new Set(ctx.figures.map((g) => `${g.articleId}\u0000${g.sentence.start}\u0000${g.value}`));
  // "100,000 troops … double that number": the other report's sentence gives our value too, as another figure.
  const alsoGives = (g: Figure, value: number) => given.has(`${g.articleId}\u0000${g.sentence.start}\u0000${value}`);
  const out = new Map<string, Figure[]>();
  for (const list of byUnit.values()) {
    for (const a of list) {
      // The closest sentence of each other report decides: the same figure there means agreement.
      const matches = list.filter((b) => b !== a && sameThing(a, b));
      const agreeing = new Set(matches.filter((b) => b.value === a.value).flatMap((b) => b.figures.map((f) => f.articleId)));
      for (const b of matches) {
        const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
        if (b.value === a.value || ratio > MAX_RATIO) continue;
        for (const f of a.figures) {
          const others = b.figures.filter((g) => g.articleId !== f.articleId && !agreeing.has(g.articleId) && !alsoGives(g, a.value) && filedTogether(ctx, f.articleId, g.articleId));
          if (others.length) out.set(f.id, [...(out.get(f.id) ?? []), ...others]);
        }
      }
    }
  }
  return out;
}

const conflictsByFigure = memoByObject(build);

/**
 * Figures of other reports that give a different value for the same thing as `f`.
 *
 * @example
 * disagreeingFigures(ctx, nineHours).map((g) => g.raw); // → ['ten']
 */
export function disagreeingFigures(ctx: GenerateContext, f: Figure): Figure[] {
  return conflictsByFigure(ctx).get(f.id) ?? [];
}
