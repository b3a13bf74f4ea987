import type { QuestionKind } from '@/lib/generate/types';
import { gradeTypedAnswer, type TypedAnswerContext } from './typed';
import { acceptedForms } from './accepted-forms';

/** What grading needs of a question: the frozen version an attempt asked. */
export interface GradableQuestion {
  kind: QuestionKind;
  choices: readonly string[];
  answer: string;
  numeric: { value: number; tolerance: number; unit: string } | null;
  /** Tags, for the other forms of a typed answer the article uses ("accept:Delhi"). */
  tags?: readonly string[];
}

/** Multiple choice when the question has choices; typed otherwise. */
export function isTypedQuestion(question: Pick<GradableQuestion, 'choices'>): boolean {
  return question.choices.length === 0;
}

/**
 * Grades one response: a choice must be the answer exactly (choices come from the question, so there is
 * nothing to forgive); typed answers go through `gradeTypedAnswer`.
 *
 * @example
 * gradeResponse({ kind: 'where', choices: ['Geneva', 'Paris'], answer: 'Geneva', numeric: null }, 'Geneva') // true
 */
export function gradeResponse(question: GradableQuestion, response: string, names: Pick<TypedAnswerContext, 'aliases' | 'others'> = { aliases: [], others: [] }): boolean {
  if (!isTypedQuestion(question)) return response === question.answer;
  const forms = acceptedForms(question.tags);
  return gradeTypedAnswer(response, { answer: question.answer, numeric: question.numeric, ...names, aliases: [...names.aliases, ...forms], others: names.others.filter((n) => !forms.includes(n)) });
}
