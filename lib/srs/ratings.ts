/** FSRS grades, as the buttons and keys 1–4 name them. Kept apart from the scheduler so the study screen ships without ts-fsrs. */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_LABELS: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
