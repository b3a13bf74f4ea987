/**
 * Question generation: extracted facts → a bank of cited questions with stable ids.
 * Pure: no I/O, no clock, no Math.random; the seed is a parameter.
 */
import type { ArticleInput, LibraryFacts } from '@/lib/extract/types';
import { withPlainSpaces } from '@/lib/extract/plain-spaces';
import type { Question, QuestionBank, QuestionKind } from './types';
import { balance } from './balance';
import { buildContext } from './context';
import { clozeQuestions } from './cloze';
import { figureQuestions } from './figures';
import { meetingQuestions } from './meetings';
import { quoteQuestions } from './quotes';
import { sourceCheckQuestions } from './source-check';
import { dropped, traceInto, type TraceSink } from './trace';
import { withoutGiveaways } from './giveaways';
import { promptWithOfficeNamed } from './office-names';
import { withAcronymsSpelled } from './acronyms';

export type { Question, QuestionBank, QuestionKind } from './types';

const KIND_ORDER: QuestionKind[] = ['who-said', 'what-said', 'where', 'when', 'order', 'figure-choice', 'figure-numeric', 'cloze', 'source-check'];

/** A sort key per question, built once (comparators that build strings dominate on big banks). */
function sortKey(q: Question): string {
  const s = q.sources[0];
  return `${s?.article ?? ''}\u0000${String(KIND_ORDER.indexOf(q.kind)).padStart(2, '0')}\u0000${String(s?.start ?? 0).padStart(9, '0')}\u0000${q.id}`;
}

function sortQuestions(questions: Question[]): Question[] {
  return questions
    .map((q) => ({ q, key: sortKey(q) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ q }) => q);
}

/**
 * Generates the question bank for a library. Same facts and articles (in any order) and the same
 * seed give a byte-identical bank; ids hash kind + fact content + answer, so unchanged questions
 * keep their ids when the library grows. About two questions per sentence are kept (see balance.ts);
 * `balance: false` returns every candidate.
 *
 * @example
 * const facts = extractLibrary(articles);
 * const { questions } = generateBank(facts, articles, { seed: 'cited' });
 * questions[0]; // { id: 'q_…', kind: 'who-said', prompt: 'Who said: “…”?', choices: [...4], answer: 'Antony Blinken', sources: [...] }
 */
export function generateBank(facts: LibraryFacts, articles: ArticleInput[], options: { seed?: string; balance?: boolean; trace?: TraceSink } = {}): QuestionBank {
  // The extractor read these spaces as plain ones (withPlainSpaces); the citations must match its text.
  const ctx = buildContext(facts, articles.map(withPlainSpaces), options.seed ?? 'cited');
  // Tracing only (review:sample --why): each gate that turns a fact away says so.
  if (options.trace) traceInto(ctx, options.trace);
  const all = sortQuestions([
    ...quoteQuestions(ctx),
    ...meetingQuestions(ctx),
    ...figureQuestions(ctx),
    ...clozeQuestions(ctx),
    ...sourceCheckQuestions(ctx),
  ]);
  const seenIds = new Set<string>();
  const seenContent = new Set<string>();
  const questions: Question[] = [];
  for (const raw of all) {
    const q = withOfficesNamed(ctx, raw);
    if (!q) continue;
    // Two facts in one sentence can yield the same card, and two reports repeating a sentence word for
    // word the same question: keep one.
    const content = `${q.kind}\u0000${q.prompt}\u0000${q.answer}\u0000${[...q.choices].sort().join('\u0001')}`;
    if (seenIds.has(q.id) || seenContent.has(content)) continue;
    seenIds.add(q.id);
    seenContent.add(content);
    questions.push(q);
  }
  // Unbalanced, the bank holds every candidate: for tests of one builder, and a teacher who wants more.
  if (options.balance === false) return { questions };
  // The context's titles: their no-break spaces read as spaces, as the stems that quote them.
  const titles = new Map([...ctx.articles.values()].map((a) => [a.id, a.title]));
  return { questions: withoutGiveaways(balance(ctx, questions), titles) };
}

/** Kinds whose stem shows a sentence of the report, not a speaker's own words. */
const SENTENCE_KINDS = new Set<QuestionKind>(['where', 'when', 'figure-choice', 'figure-numeric', 'cloze']);

/** A question whose shown sentence names an office alone ("The Prime Minister will …") with the office named, or null. */
function withOfficesNamed(ctx: ReturnType<typeof buildContext>, q: Question): Question | null {
  const article = q.sources[0]?.article;
  if (!SENTENCE_KINDS.has(q.kind) || !article) return q;
  const at = q.sources[0]?.start ?? 0;
  const named = promptWithOfficeNamed(ctx, article, q.prompt, at);
  // A meeting's name is the generator's wording: its acronyms are spelled out as the article first does.
  const prompt = named && (q.kind === 'where' || q.kind === 'when') ? withAcronymsSpelled(named, ctx.articles.get(article)?.body ?? '') : named;
  if (prompt === null) return dropped(ctx, q.factIds[0] ?? q.id, `${q.kind}:office-unnamed`, null);
  if (prompt === q.prompt) return q;
  const back = q.back ? promptWithOfficeNamed(ctx, article, q.back, at) ?? q.back : q.back;
  return { ...q, prompt, back };
}
