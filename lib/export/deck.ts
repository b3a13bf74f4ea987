import type { QuestionKind } from '@/lib/generate/types';

/** The learner-facing wording of a question (the shape of db/schema's QuestionVersion, which lib/ may not import). */
export interface DeckVersion {
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  answer: string;
  numeric: { value: number; tolerance: number; unit: string } | null;
  back: string | null;
  explanation: string;
}

/** A question as every export format needs it: the learner-facing wording and where it came from. */
export interface ExportQuestion {
  id: string;
  version: DeckVersion;
  /** "Headline (Outlet)" of each cited article, in the order of `version.sources`. */
  sourceTitles: string[];
}

export interface ExportDeck {
  title: string;
  questions: ExportQuestion[];
}

/** The front of a card: the prompt, with the choices when it is multiple choice. */
export function cardFront(question: ExportQuestion): string {
  const { prompt, choices } = question.version;
  return choices.length ? `${prompt}\n\n${choices.map((c) => `• ${c}`).join('\n')}` : prompt;
}

/** The back of a card: the answer, the explanation and the sources by headline. */
export function cardBack(question: ExportQuestion): string {
  const { answer, numeric, back, explanation } = question.version;
  const shown = numeric ? `${answer} ${numeric.unit}`.trim() : answer;
  const lines = [back && back !== answer ? `${shown}\n${back}` : shown, explanation];
  if (question.sourceTitles.length) lines.push(`Source: ${question.sourceTitles.join('; ')}`);
  return lines.filter(Boolean).join('\n\n');
}
