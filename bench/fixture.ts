/** What bench/seed.ts leaves in the database and tells the load generator (written as JSON between the two). */
export interface BenchFixture {
  users: {
    username: string;
    /** Fresh (attempt, question) pairs this student may answer, one answer each. */
    pairs: [attemptId: string, questionId: string][];
    /**
     * More pairs for the references only (attempts without frozen questions, which only the app's route reads):
     * the floor answers ten times as fast as the app, and a repeated pair would be a cheaper duplicate.
     */
    referencePairs: [attemptId: string, questionId: string][];
    /** This student's flashcards. */
    cards: string[];
    /** When they were added (each a new card, due then), so the bench's phones know their state. */
    cardsDue: string;
  }[];
  /** For every question in the pools, a response the answer route accepts (one of its choices, or its answer when typed). */
  responses: Record<string, string>;
  /** The article the article-page scenario opens: the longest one, as the heaviest ordinary page. */
  article: { slug: string; title: string; bodyChars: number };
  articles: number;
  questions: number;
}

/** Bench students' usernames start with this; the references' reset touches only their rows. */
export const BENCH_USER_PREFIX = 'bench-';
