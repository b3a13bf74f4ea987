import type { QuestionKind } from '@/lib/generate/types';

/** What each kind of question is called on screen. */
export const KIND_LABELS: Record<QuestionKind, string> = {
  'who-said': 'Who said it?',
  'what-said': 'What did they say?',
  where: 'Where?',
  when: 'When?',
  order: 'Which came first?',
  'figure-choice': 'Figures',
  'figure-numeric': 'Figures (typed answer)',
  cloze: 'Fill in the blank',
  'source-check': 'Source check',
};

export const QUESTION_KINDS = Object.keys(KIND_LABELS) as QuestionKind[];
