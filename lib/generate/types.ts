/**
 * The question bank: the contract between lib/generate (producer), the database import
 * (table `questions`) and the app. Offsets in `sources` are into the article body (see lib/extract/types.ts);
 * the `generate` command shifts them by `bodyStart` for its JSON output.
 */

export type QuestionKind =
  | 'who-said' // a quotation → four people
  | 'what-said' // a person → four quotations
  | 'where' // a meeting → its place
  | 'order' // which meeting came first / the order of a week's meetings
  | 'when' // a meeting → its day or date
  | 'figure-choice' // a figure, multiple choice
  | 'figure-numeric' // a figure, typed number within a tolerance
  | 'cloze' // flashcard: the sentence with the speaker, place or figure blanked
  | 'source-check'; // what does a given source say, where sources disagree

export interface QuestionSource {
  article: string;
  /** Offsets of the cited sentence in the article body. */
  start: number;
  end: number;
}

export interface Question {
  /** Derived from content (kind + fact + answer), so regenerating keeps learners' history on unchanged questions. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** Multiple-choice options (already shuffled with a seeded shuffle); empty for numeric and cloze. */
  choices: string[];
  /** The correct choice (one of `choices`), the number as text for numeric, the blanked words for cloze. */
  answer: string;
  /** For figure-numeric: accepted when |typed − value| ≤ tolerance. */
  numeric?: { value: number; tolerance: number; unit: string } | null;
  /** For cloze: the back of the card. */
  back?: string | null;
  /** Quotes the cited sentence(s); for source checks, both sources. */
  explanation: string;
  sources: QuestionSource[];
  /** 0 (easy) … 1 (hard). */
  difficulty: number;
  /** kind:…, article:…, person:…, place:… */
  tags: string[];
  /** Ids of the facts the question stands on. */
  factIds: string[];
  /** What the choices are, so that checks and the UI compare them the right way (people by alias). */
  choiceType?: 'person' | 'quote' | 'place' | 'date' | 'meeting' | 'sequence' | 'number' | 'text' | null;
}

export interface QuestionBank {
  questions: Question[];
}
