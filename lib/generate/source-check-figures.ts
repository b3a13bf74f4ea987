/**
 * Source checks on figures: where reports of one story give different figures for the same thing, a
 * flagged question on one report's sentence, its options written the way that report writes its figure.
 */
import type { Figure } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { cleanShownText } from './clean';
import { displayedText } from './dateline';
import { disagreeingFigures } from './figure-conflicts';
import { figurePattern } from './figures';
import { seededShuffle } from './hash';
import { sourceLabel } from './labels';
import { formatWritten, parseWritten } from './numbers';
import { nearbyWritten } from './near-numbers';
import { citedText, inMarks, normalise } from './text';
import { COUNT_WORDS } from './source-check-claims';

/**
 * Figures reports give differently for the same thing, as a flagged check on one report's sentence:
 * "Reports of this story give different figures. Which figure completes this sentence from …?"
 */
export function figureChecks(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const f of ctx.figures) {
    const others = disagreeingFigures(ctx, f);
    if (!others.length) continue;
    const group = [f, ...others];
    // Ask about the report the library shows to be the original, else the first by id; once per disagreement.
    const asked = group.find((g) => group.every((o) => o.articleId === g.articleId || ctx.compareReliability(g.articleId, o.articleId) > 0))
      ?? [...group].sort((a, b) => (a.articleId < b.articleId ? -1 : 1))[0] as Figure;
    const key = [...new Set(group.map((g) => `${g.value}|${normalise(g.unit)}`))].sort().join('/');
    if (asked.id !== f.id || seen.has(key)) continue;
    seen.add(key);
    const q = figureCheck(ctx, asked, others);
    if (q) out.push(q);
  }
  return out;
}

function figureCheck(ctx: GenerateContext, f: Figure, others: Figure[]): Question | null {
  const article = ctx.articles.get(f.articleId);
  const parsed = parseWritten(f.raw);
  if (!article || !parsed) return null;
  const shown = cleanShownText(displayedText(article, f.sentence));
  const blanked = shown.replace(figurePattern(f.raw), '_____');
  if (blanked === shown) return null;
  // Every option written the way this report writes its figure.
  const theirs = [...new Set(others.map((o) => (parseWritten(o.raw) ? formatWritten(o.value / (parsed.form?.factor ?? 1), parsed) : o.raw)))];
  const avoid = [f.value, ...others.map((o) => o.value)];
  const fill = seededShuffle(nearbyWritten(parsed, { avoid }).map((x) => x.text), `${ctx.seed}|figure-check|${f.id}`).slice(0, Math.max(0, 3 - theirs.length));
  const distractors = [...theirs, ...fill].filter((d) => normalise(d) !== normalise(f.raw)).slice(0, 3);
  if (!distractors.length) return null;
  const label = sourceLabel(ctx, f.articleId).label;
  const otherArticles = [...new Set(others.map((o) => o.articleId))];
  const sources: QuestionSource[] = [f, ...others.filter((o, i) => others.findIndex((x) => x.articleId === o.articleId) === i)]
    .map((g) => ({ article: g.articleId, start: g.sentence.start, end: g.sentence.end }));
  const says = [f, ...others.filter((o, i) => others.findIndex((x) => x.articleId === o.articleId) === i)].map((g) => {
    const a = ctx.articles.get(g.articleId);
    return a ? `${sourceLabel(ctx, g.articleId).label} gives ${g.raw}: ${inMarks(citedText(a, g.sentence))}` : '';
  });
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt: `${COUNT_WORDS[otherArticles.length + 1] ?? 'Several'} reports of this story give different figures here. Which figure completes the sentence as ${label} gives it? ${blanked}`,
    answer: f.raw,
    distractors,
    choiceType: 'number',
    sources,
    lead: '',
    explanation: `${says.filter(Boolean).join('. ')}. Sources disagree: check which report you are reading.`,
    factIds: [f.id, ...others.map((o) => o.id)],
    factContent: `figure-conflict|${f.articleId}|${normalise(f.about)}|${f.value}|${[...new Set(others.map((o) => o.value))].sort().join('/')}`,
    base: 0.55,
    similarity: 0.8,
    recurrence: 1,
    personIds: [],
    places: [],
  });
}
