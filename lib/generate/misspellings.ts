/**
 * Misspelt names: where a report spells a person's name against the curated list (the 004 rewrite's
 * "Dmytro Kaleb" for Dmytro Kuleba), ask which of four names the report gets wrong. The other three
 * are spelled in that report exactly as another, unrelated report spells them, so only one answer
 * is defensible, and the student learns to cross-check names instead of trusting one copy.
 */
import type { Conflict } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { seededShuffle } from './hash';
import { isPersonLike } from './people';
import { citedText, escapeRegExp, explainSource, normalise, sentenceAround } from './text';

type Claim = Conflict['claims'][number];

const surname = (name: string) => normalise(name).split(' ').pop() ?? '';

/** Where a name is written exactly (not inside a longer word), or -1. */
function indexOfName(body: string, name: string): number {
  const m = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'u').exec(body);
  return m ? m.index : -1;
}

interface Confirmed {
  name: string;
  /** A sentence of another, trustworthy report that spells the name the same way. */
  source: QuestionSource;
}

/**
 * People whose canonical name the article writes exactly as a trustworthy other report does:
 * the spellings a student can check, so they are safe wrong answers.
 */
function confirmedNamesIn(ctx: GenerateContext, articleId: string, exclude: Set<string>): Confirmed[] {
  const article = ctx.articles.get(articleId);
  if (!article) return [];
  const others = [...ctx.articles.values()].filter((a) => a.id !== articleId && !ctx.isDerivative(a.id));
  const out: Confirmed[] = [];
  for (const p of ctx.people.byId.values()) {
    if (exclude.has(p.id) || !p.name.includes(' ') || !isPersonLike(p) || indexOfName(article.body, p.name) < 0) continue;
    for (const o of others) {
      const at = indexOfName(o.body, p.name);
      if (at < 0) continue;
      out.push({ name: p.name, source: { article: o.id, ...sentenceAround(o.body, { start: at, end: at + p.name.length }) } });
      break;
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

function misspellingQuestion(ctx: GenerateContext, c: Conflict & { reference: string }, claim: Claim): Question | null {
  const article = ctx.articles.get(claim.article);
  const personId = ctx.people.resolve(c.reference);
  if (!article || !personId) return null;
  const person = ctx.people.byId.get(personId);
  // Anyone else this report misspells must not turn up as a "correct" choice.
  const misspeltHere = new Set(
    ctx.conflicts
      .filter((x) => x.kind === 'name' && x.reference && x.claims.some((cl) => cl.article === claim.article))
      .map((x) => ctx.people.resolve(x.reference ?? ''))
      .filter((x): x is string => !!x),
  );
  const seed = `${ctx.seed}|misspelt|${c.id}|${claim.article}|${claim.says}`;
  const checked = seededShuffle(confirmedNamesIn(ctx, claim.article, misspeltHere), seed).slice(0, 3);
  if (checked.length < 3) return null;
  const span = sentenceAround(article.body, { start: claim.start, end: claim.end });
  const role = person?.role ? ` (${person.role})` : '';
  const evidence = checked
    .map((c) => {
      const other = ctx.articles.get(c.source.article);
      return other ? `${c.name}: ${explainSource(other, c.source)}` : '';
    })
    .filter(Boolean)
    .join('; ');
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt: `The report “${article.title}” (${article.id}) misspells one of these names. Which one?`,
    answer: claim.says,
    distractors: checked.map((c) => c.name),
    choiceType: 'person',
    sources: [{ article: article.id, ...span }, ...checked.map((c) => c.source)],
    lead: '',
    explanation:
      `This report writes “${claim.says}” for ${c.reference}${role}, as Cited's list of people spells the name: ` +
      `“${citedText(article, span)}” (${article.title}, ${article.id}). The other names are spelled as other reports spell them. ${evidence}.`,
    factIds: [],
    factContent: `misspelt|${normalise(claim.says)}|${normalise(c.reference)}|${normalise(article.title)}`,
    base: 0.6,
    similarity: 0.5,
    recurrence: 1,
    personIds: [personId],
    places: [],
  });
}

/**
 * One question per misspelt name a curated reference exposes. A spelling that keeps the reference's
 * surname ("Tony Blinken") is a variant, not an error, and is not asked about.
 *
 * @example
 * misspellingQuestions(ctx, conflict)[0]?.prompt; // 'The report “…” (004_…) misspells one of these names. Which one?'
 */
export function misspellingQuestions(ctx: GenerateContext, c: Conflict): Question[] {
  const reference = c.reference;
  if (c.kind !== 'name' || !reference) return [];
  const out: Question[] = [];
  for (const claim of c.claims) {
    if (!ctx.articles.has(claim.article) || surname(claim.says) === surname(reference)) continue;
    const q = misspellingQuestion(ctx, { ...c, reference }, claim);
    if (q) out.push(q);
  }
  return out;
}
