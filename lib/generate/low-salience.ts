/**
 * The bank's salience gate. An article's low-salience questions (a quotation of a passer-by who is neither named
 * in the headline or lead, nor holds an office, nor is quoted most; where and when a later press conference was
 * held) are dropped once the article keeps enough
 * better ones: a set drawn from the bank then asks the story's main speakers, meetings and figures, not a
 * bystander's remark. An article with fewer better questions keeps them, so that nothing better is lost. A
 * companion's remark (a spouse's, beside a visit) is dropped always: it is no part of the story.
 */
import type { Question } from './types';
import type { GenerateContext } from './context';
import { salienceOf } from './salience';
import { dropped } from './trace';

/** Key or plain questions an article keeps before its low-salience ones go: a short quiz's worth. */
const ENOUGH_BETTER = 3;

/**
 * The questions without low-salience ones where their article has enough better questions, and without asides.
 *
 * @example
 * withoutLowSalience(ctx, questions).length <= questions.length; // → true
 */
export function withoutLowSalience(ctx: GenerateContext, questions: Question[]): Question[] {
  const level = new Map(questions.map((q) => [q, salienceOf(ctx, q)]));
  const better = new Map<string, number>();
  for (const q of questions) {
    const article = q.sources[0]?.article;
    const l = level.get(q);
    if (article && (l === 'key' || l === 'plain') && q.kind !== 'source-check') better.set(article, (better.get(article) ?? 0) + 1);
  }
  return questions.filter((q) => {
    const l = level.get(q);
    if (l === 'aside') return dropped(ctx, q.factIds[0] ?? q.id, 'salience:companion-aside', false);
    const gate = q.kind === 'where' || q.kind === 'when' ? 'salience:side-occasion' : 'salience:bystander';
    if (l === 'low' && (better.get(q.sources[0]?.article ?? '') ?? 0) >= ENOUGH_BETTER) return dropped(ctx, q.factIds[0] ?? q.id, gate, false);
    return true;
  });
}
