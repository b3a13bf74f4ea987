import type { QuestionReviewRow, QuestionRow, QuestionVersion } from '@/db/schema';

type GeneratedPart = Pick<QuestionRow, 'kind' | 'prompt' | 'choices' | 'answer' | 'numeric' | 'back' | 'explanation' | 'sources' | 'choiceType'>;
type ReviewPart = Pick<QuestionReviewRow, 'prompt' | 'choices' | 'answer' | 'explanation' | 'numeric'>;

/**
 * What learners see of a question: the generated text with one teacher's edits laid over it. Assignments
 * and attempts store this, so a later edit or regeneration never changes what was asked.
 */
export function effectiveVersion(question: GeneratedPart, review?: ReviewPart | null): QuestionVersion {
  return {
    kind: question.kind,
    prompt: review?.prompt ?? question.prompt,
    choices: review?.choices ?? question.choices,
    answer: review?.answer ?? question.answer,
    numeric: review?.numeric ?? question.numeric ?? null,
    back: question.back,
    explanation: review?.explanation ?? question.explanation,
    sources: question.sources,
    choiceType: question.choiceType,
  };
}
