/**
 * Two questions that answer each other: one quiz never holds both. Blind reviewers sent back pairs that did
 * (blind-25/26): two who-said questions on one speaker with the same three other names, a stem's "[in Paris]"
 * beside the question whose answer is Paris, a headline naming Geneva beside "where will the talks take
 * place?", two questions on one sentence.
 */

/** What a clash is judged on: the learner-facing wording and the sentences it cites. */
export interface ClashView {
  kind: string;
  prompt: string;
  choices: readonly string[];
  answer: string;
  choiceType?: string | null;
  sources: readonly { article: string; start: number }[];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds `words` whole: "Paris" in "[in Paris]", never "Paris" in "Parisian", nor "500" in "1,500". */
function holds(text: string, words: string): boolean {
  const w = fold(words.trim());
  if (!w) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escape(w)}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'u').test(fold(text));
}

/** Short words and bare small numbers say too little to give an answer away ("US", "10"). */
function isTelling(answer: string): boolean {
  const a = answer.trim();
  if (/^[\d.,\s]+$/.test(a)) return a.replace(/\D/g, '').length >= 3;
  return a.length >= 4;
}

/** The forms of an answer a stem could give it in: the whole, and a person's surname ("Blinken" for "Antony Blinken"). */
function answerForms(q: ClashView): string[] {
  const forms = [q.answer];
  const surname = q.answer.trim().split(/\s+/).pop() ?? '';
  if (q.choiceType === 'person' && surname !== q.answer.trim() && surname.length >= 4) forms.push(surname);
  return forms.filter(isTelling);
}

/** Whether `a`'s stem states `b`'s answer: a place, a speaker or a figure another question asks. */
function statesAnswerOf(a: ClashView, b: ClashView): boolean {
  return answerForms(b).some((form) => holds(a.prompt, form));
}

/** Characters between two cited sentences within which they are read as one paragraph's. */
const NEARBY = 400;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether two questions must not share a quiz: they cite the same sentence; they offer the same options and
 * ask the same speaker or come from one paragraph (the same distractors twice); or one's stem states the
 * other's answer.
 *
 * @example
 * questionsClash(parisTalksWithGloss, whereNextRoundParis); // → true: "[in Paris]" answers it
 */
export function questionsClash(a: ClashView, b: ClashView): boolean {
  const [sa, sb] = [a.sources[0], b.sources[0]];
  if (sa && sb && sa.article === sb.article && sa.start === sb.start) return true;
  // The same paragraph, as near as offsets tell: sentences a few lines apart in one article.
  const nearby = !!sa && !!sb && sa.article === sb.article && Math.abs(sa.start - sb.start) <= NEARBY;
  if (a.choices.length >= 3 && sameSet(a.choices, b.choices) && (nearby || a.answer === b.answer)) return true;
  return statesAnswerOf(a, b) || statesAnswerOf(b, a);
}
