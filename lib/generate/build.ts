/** Turns a question draft into a finished Question: content id, seeded choice order, explanation, tags. */
import type { Question, QuestionKind, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { hashString, seededShuffle } from './hash';
import { sourceLabel } from './labels';
import { citedText, inMarks, slugify } from './text';
import { shownCitation } from './shown-citation';
import { markSic } from './sic';

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  /** Wrong options for multiple choice; empty for numeric and cloze. */
  distractors: string[];
  choiceType: NonNullable<Question['choiceType']>;
  sources: QuestionSource[];
  /** Text placed before the cited sentences in the explanation. */
  lead: string;
  factIds: string[];
  /** The fact's content (not its position), hashed into the id with the kind and the answer. */
  factContent: string;
  /** Starting difficulty for the kind, 0..1. */
  base: number;
  /** How close the distractors are to the answer, 0..1 (raises difficulty). */
  similarity: number;
  /** Number of articles that report the fact (lowers difficulty). */
  recurrence: number;
  personIds: string[];
  places: string[];
  numeric?: Question['numeric'];
  back?: string | null;
  /** Replaces the generated explanation (source checks label each source themselves). */
  explanation?: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The cited text of each report, in reading order, then the report's label: “…” … “…” (“Headline”, Outlet).
 * A quotation and the earlier sentence naming its speaker read as one passage, with the report's certain
 * slips repaired (shownCitation): the spans keep the article's words.
 *
 * @example
 * explainSources(ctx, [quote, speaker]); // → '“Blinken did not go into details …” … “He added that …” (“US Secretary of State Says …”)'
 */
export function explainSources(ctx: GenerateContext, sources: QuestionSource[]): string {
  const byArticle = new Map<string, QuestionSource[]>();
  for (const s of sources) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  const parts: string[] = [];
  for (const [id, spans] of byArticle) {
    const article = ctx.articles.get(id);
    if (!article) continue;
    const texts = [...spans].sort((a, b) => a.start - b.start).map((s) => inMarks(shownCitation(citedText(article, s), article.body)));
    parts.push(`${[...new Set(texts)].join(' … ')} (${sourceLabel(ctx, id).label})`);
  }
  return parts.join(' ');
}

/**
 * Finishes a draft. The id hashes kind + fact content + answer, never the position, so a learner's
 * history survives regeneration of unchanged questions.
 *
 * @example
 * finishQuestion(ctx, { kind: 'where', prompt: 'Where…?', answer: 'Geneva', distractors: ['Vienna', 'Paris', 'Berlin'], … });
 */
export function finishQuestion(ctx: GenerateContext, d: QuestionDraft): Question {
  const id = `q_${hashString([d.kind, d.factContent, d.answer].join('\u0001'))}`;
  const choices = d.distractors.length > 0 ? seededShuffle([d.answer, ...d.distractors], `${ctx.seed}|${id}`) : [];
  const cited = explainSources(ctx, d.sources);
  const difficulty = Math.min(1, Math.max(0, d.base + 0.35 * d.similarity - 0.08 * Math.max(0, d.recurrence - 1)));
  const tags = [
    `kind:${d.kind}`,
    ...[...new Set(d.sources.map((s) => s.article))].map((a) => `article:${a}`),
    ...[...new Set(d.personIds)].sort().map((p) => `person:${p}`),
    ...[...new Set(d.places.map(slugify))].sort().map((p) => `place:${p}`),
  ];
  return {
    id,
    kind: d.kind,
    prompt: markSic(d.prompt),
    choices,
    answer: d.answer,
    numeric: d.numeric ?? null,
    back: d.back ? markSic(d.back) : null,
    explanation: d.explanation ?? `${d.lead} Source: ${cited}`.trim(),
    sources: d.sources,
    difficulty: round2(difficulty),
    tags,
    factIds: d.factIds,
    choiceType: d.choiceType,
  };
}
