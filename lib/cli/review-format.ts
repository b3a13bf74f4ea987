/**
 * The review sheet: a seeded sample of the bank, per kind, written as Markdown a teacher (or a helper
 * who never saw the code) can judge question by question, and read back into verdicts.
 */
import type { ArticleInput } from '@/lib/extract/types';
import type { GenerateContext } from '@/lib/generate/context';
import { hashString, seededShuffle } from '@/lib/generate/hash';
import { sourceLabel } from '@/lib/generate/labels';
import type { Question, QuestionKind } from '@/lib/generate/types';
import { acceptedNote } from '@/lib/grading/accepted';
import { pairedMarks } from '@/lib/generate/quote-marks';

export const KINDS: QuestionKind[] = ['who-said', 'what-said', 'where', 'when', 'order', 'figure-choice', 'figure-numeric', 'cloze', 'source-check'];

export const VERDICTS = ['sign', 'fix', 'reject'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** Defect types, so that verdicts can be counted by cause. */
export const DEFECTS: Record<string, string> = {
  'false-key': 'the marked answer is wrong, or another choice is also right',
  'no-evidence': 'the cited text does not show the answer (e.g. the speaker’s name)',
  fragment: 'a quotation or choice too short, cut, or missing its referent',
  ambiguous: 'the stem could mean more than one thing (“the talks” when there are several)',
  'not-an-event': 'a body or institution asked about as if it were a meeting',
  tense: 'a planned event asked in the past tense, or the reverse',
  label: 'the source is named by a file id, a long first sentence, or without saying which copy',
  'trivial-check': 'a source check about a spelling or a difference that does not matter',
  'rewrite-taught': 'the machine rewrite’s wording or errors taught as fact',
  redundant: 'the same fact asked again from the same sentence',
  text: 'unclean text: doubled words, casing, a wrong title or body name',
  'figure-conflict': 'a figure other reports give differently, asked as plain fact',
  tolerance: 'typed-number tolerance too wide or too narrow',
  distractor: 'a wrong choice that is implausible, or in another form than the answer',
  trivia: 'not worth a student’s time',
  other: 'anything else (say what in the note)',
};

export interface Verdict {
  verdict: VerdictKind;
  defect: string | null;
  note: string | null;
  kind: QuestionKind;
  /** The form judged: a later question with the same fingerprint is the same question again. */
  fingerprint: string;
  prompt: string;
  answer: string;
}

/** A file of verdicts: the library and bank seed the sheet was made from, and one verdict per question id. */
export interface VerdictFile {
  /** Article files (paths relative to the project root) the bank was generated from. */
  library: string[];
  /** The sampling seed (the bank itself uses the default seed). */
  seed: string;
  reviewer: string;
  /** Whether the reviewer had seen the generator's code. */
  blind: boolean;
  verdicts: Record<string, Verdict>;
}

/**
 * A question's form, independent of choice order: kind, prompt, answer and the set of choices.
 *
 * @example
 * fingerprint(q) === fingerprint({ ...q, choices: [...q.choices].reverse() }); // → true
 */
export function fingerprint(q: Pick<Question, 'kind' | 'prompt' | 'answer' | 'choices'>): string {
  return hashString([q.kind, q.prompt, q.answer, ...[...q.choices].sort()].join('\u0001'));
}

/**
 * Up to `perKind` questions of each kind, drawn with a seeded shuffle (same bank and seed, same sample).
 *
 * @example
 * sampleByKind(bank.questions, 'r1', 5).length; // ≤ 45
 */
export function sampleByKind(questions: Question[], seed: string, perKind: number): Question[] {
  return KINDS.flatMap((kind) => seededShuffle(questions.filter((q) => q.kind === kind), `${seed}|${kind}`).slice(0, perKind));
}

/** The paragraph (line) around a span, the cited part in bold. */
function contextOf(article: ArticleInput, start: number, end: number): string {
  const body = article.body;
  const from = body.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const nl = body.indexOf('\n', end);
  const to = nl < 0 ? body.length : nl;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  // The cited part as the app shows it: its quotation marks paired and curly (quote-marks.ts).
  return `${flat(body.slice(from, start))}**${pairedMarks(flat(body.slice(start, end)).trim())}**${flat(body.slice(end, to))}`.trim();
}

function renderChoices(q: Question): string[] {
  if (q.choices.length > 0) return q.choices.map((c) => `- ${c === q.answer ? '[x]' : '[ ]'} ${c}`);
  const lines = [`- Answer: **${q.answer}**`];
  const accepted = acceptedNote({ kind: q.kind, choices: q.choices, answer: q.answer, numeric: q.numeric ?? null, tags: q.tags });
  if (accepted) lines.push(`- ${accepted}`);
  if (q.back) lines.push(`- Back of the card: ${q.back}`);
  return lines;
}

function renderQuestion(ctx: GenerateContext, q: Question, n: number, previous?: Verdict): string {
  const lines = [`### ${n}. ${q.kind}`, `<!-- id: ${q.id} fingerprint: ${fingerprint(q)} -->`, ''];
  lines.push(`**Question:** ${q.prompt}`, '', ...renderChoices(q), '', `**Explanation:** ${q.explanation}`, '');
  for (const s of q.sources) {
    const article = ctx.articles.get(s.article);
    if (!article) continue;
    lines.push(`**Source:** ${sourceLabel(ctx, s.article).label}`, '', `> ${contextOf(article, s.start, s.end)}`, '');
  }
  if (previous) lines.push(`_Earlier verdict on this id: ${previous.verdict}${previous.defect ? ` (${previous.defect})` : ''}${previous.fingerprint === fingerprint(q) ? ', same form' : ', since changed'}._`, '');
  lines.push('- Verdict (sign / fix / reject): ', '- Defect: ', '- Note: ', '');
  return lines.join('\n');
}

/**
 * The review sheet for a sample: instructions, then each question with its choices (answer marked),
 * explanation, cited text in its paragraph, source label, and blank verdict lines.
 *
 * @example
 * renderSheet(ctx, sample, { seed: 'r1', perKind: 5, files: ['a.md'] }); // '# Question review …'
 */
export function renderSheet(
  ctx: GenerateContext, sample: Question[], meta: { seed: string; perKind: number; files: string[]; total: number }, previous: Record<string, Verdict> = {},
): string {
  const head = [
    '# Question review',
    '',
    `Seed \`${meta.seed}\`, up to ${meta.perKind} questions per kind, ${sample.length} of the ${meta.total} questions generated from ${meta.files.length} article files.`,
    `<!-- library: ${JSON.stringify(meta.files)} -->`,
    '',
    'Judge each question as a teacher about to assign it to a class, with the cited text and its paragraph in front of you:',
    '',
    '- **sign**: it can go to students exactly as it is (true, clear, the citation shows the evidence, worth asking);',
    '- **fix**: right idea, but you would edit it first;',
    '- **reject**: you would delete it.',
    '',
    'For fix and reject, give one defect type from this list, and a short note:',
    '',
    ...Object.entries(DEFECTS).map(([k, v]) => `- \`${k}\`: ${v}`),
    '',
    'Choices marked [x] are the answer key. Write your verdict after the colon on each “Verdict” line.',
    '',
  ];
  const body = sample.map((q, i) => renderQuestion(ctx, q, i + 1, previous[q.id]));
  return [...head, ...body].join('\n');
}

/**
 * Reads verdicts back from a filled-in sheet: every question whose Verdict line says sign, fix or reject.
 * The sheet carries everything needed (id, fingerprint, prompt, answer key), so no bank is rebuilt.
 *
 * @example
 * parseSheet(markdown).verdicts; // → { q_…: { verdict: 'reject', defect: 'fragment', … } }
 */
export function parseSheet(markdown: string): { verdicts: Record<string, Verdict>; library: string[]; seed: string } {
  const verdicts: Record<string, Verdict> = {};
  const library = JSON.parse(/<!-- library: (.*) -->/.exec(markdown)?.[1] ?? '[]') as string[];
  const seed = /Seed `([^`]*)`/.exec(markdown)?.[1] ?? '';
  for (const section of markdown.split(/\n(?=### \d+\. )/)) {
    const id = /<!-- id: (\S+) fingerprint: (\S+) -->/.exec(section);
    if (!id?.[1] || !id[2]) continue;
    const raw = /- Verdict \(sign \/ fix \/ reject\):[ \t]*(.*)/.exec(section)?.[1]?.trim().toLowerCase().replace(/^[*_]+/, '') ?? '';
    const word = /^(sign|fix|reject)/.exec(raw)?.[1] as VerdictKind | undefined;
    if (!word) continue;
    const defect = /- Defect:[ \t]*(.*)/.exec(section)?.[1]?.trim().replace(/`/g, '') || null;
    const note = /- Note:[ \t]*(.*)/.exec(section)?.[1]?.trim() || null;
    const kind = (/^### \d+\. (\S+)/.exec(section)?.[1] ?? 'cloze') as QuestionKind;
    const prompt = /\*\*Question:\*\* (.*)/.exec(section)?.[1] ?? '';
    const answer = /^- \[x\] (.*)$/m.exec(section)?.[1] ?? /^- Answer: \*\*(.*)\*\*$/m.exec(section)?.[1] ?? '';
    verdicts[id[1]] = { verdict: word, defect: word === 'sign' ? null : defect, note, kind, fingerprint: id[2], prompt, answer };
  }
  return { verdicts, library, seed };
}

/**
 * Share signable as is, overall and per kind.
 *
 * @example
 * summarise(file.verdicts); // → { total: 45, signed: 41, byKind: { 'who-said': { total: 5, signed: 5 }, … }, defects: { fragment: 2 } }
 */
export function summarise(verdicts: Record<string, Verdict>) {
  const byKind: Partial<Record<QuestionKind, { total: number; signed: number }>> = {};
  const defects: Record<string, number> = {};
  let signed = 0;
  const all = Object.values(verdicts);
  for (const v of all) {
    const k = (byKind[v.kind] ??= { total: 0, signed: 0 });
    k.total++;
    if (v.verdict === 'sign') {
      k.signed++;
      signed++;
    } else defects[v.defect ?? 'other'] = (defects[v.defect ?? 'other'] ?? 0) + 1;
  }
  return { total: all.length, signed, byKind, defects };
}
