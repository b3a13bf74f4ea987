/**
 * Per-question statistics of a quiz, as Moodle's quiz statistics report computes them, over one counted
 * attempt per student (the best one, as in the gradebook).
 *
 * - Facility index: the share of students who got the question right (0–1; Moodle shows it as a percentage).
 * - Discrimination index: the correlation between a student's score on the question and their score on the
 *   rest of the quiz (the question left out, so it does not correlate with itself). Near 1: the strong
 *   students got it and the weak ones did not. Negative: the weak students did better than the strong ones,
 *   which usually means the question is wrong, ambiguous or keyed to the wrong answer.
 */

/** One student's counted attempt: which questions they answered, right or wrong, and what they chose. */
export interface AttemptResponses {
  studentId: string;
  responses: { questionId: string; response: string; isCorrect: boolean }[];
}

export interface ItemStatistics {
  questionId: string;
  /** How many of the counted attempts answered this question. */
  responses: number;
  /** 0–1, or null with no responses. */
  facility: number | null;
  /** −1…1, or null when it cannot be computed (fewer than 3 students, or nobody differs). */
  discrimination: number | null;
  /** The wrong answer chosen most often, with how many chose it; null when nobody answered wrongly. */
  commonWrongAnswer: { response: string; count: number } | null;
  /** Negative discrimination: the question deserves a second look before it is used again. */
  needsCheck: boolean;
}

/** Below this many students a correlation says nothing. */
export const MIN_STUDENTS_FOR_DISCRIMINATION = 3;

/**
 * Item statistics for each question, in the order given.
 *
 * @example
 * analyseItems(['q1'], [
 *   { studentId: 'a', responses: [{ questionId: 'q1', response: 'Paris', isCorrect: true }] },
 *   { studentId: 'b', responses: [{ questionId: 'q1', response: 'Rome', isCorrect: false }] },
 * ])[0].facility // 0.5
 */
export function analyseItems(questionIds: readonly string[], attempts: readonly AttemptResponses[]): ItemStatistics[] {
  const totals = attempts.map((a) => a.responses.filter((r) => r.isCorrect).length);
  return questionIds.map((questionId) => {
    const itemScores: number[] = [];
    const restScores: number[] = [];
    const wrong = new Map<string, number>();
    attempts.forEach((attempt, i) => {
      const answer = attempt.responses.find((r) => r.questionId === questionId);
      if (!answer) return;
      const score = answer.isCorrect ? 1 : 0;
      itemScores.push(score);
      restScores.push((totals[i] ?? 0) - score);
      if (!answer.isCorrect) wrong.set(answer.response, (wrong.get(answer.response) ?? 0) + 1);
    });
    const facility = itemScores.length ? mean(itemScores) : null;
    const discrimination = itemScores.length >= MIN_STUDENTS_FOR_DISCRIMINATION ? pearson(itemScores, restScores) : null;
    return {
      questionId,
      responses: itemScores.length,
      facility,
      discrimination,
      commonWrongAnswer: mostCommon(wrong),
      needsCheck: discrimination !== null && discrimination < 0,
    };
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Pearson's r, or null when either series is constant (no spread, no correlation to speak of). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function mostCommon(counts: Map<string, number>): { response: string; count: number } | null {
  let best: { response: string; count: number } | null = null;
  // Ties go to the answer that sorts first, so the report is stable between runs.
  for (const [response, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!best || count > best.count) best = { response, count };
  }
  return best;
}
