import type { Db } from '@/db/client';
import { analyseItems, type AttemptResponses, type ItemStatistics } from '@/lib/grading/item-analysis';
import type { Caller } from './caller';
import { answersOf, attemptsFor, countedAttempts, frozenQuestions, ownedAssignments, type AssignmentRow } from './results-data';

/** Why the item analysis asks a teacher to look at a question again. */
export interface QuestionFlag {
  assignmentId: string;
  assignmentTitle: string;
  className: string;
  facility: number | null;
  discrimination: number;
}

/** Item statistics of each quiz assignment given, keyed by assignment id. */
export async function itemStatistics(db: Db, list: AssignmentRow[]): Promise<Map<string, ItemStatistics[]>> {
  const quizzes = list.filter((a) => a.mode === 'quiz');
  const ids = quizzes.map((a) => a.id);
  const [frozen, counted] = await Promise.all([frozenQuestions(db, ids), attemptsFor(db, ids).then(countedAttempts)]);
  const given = await answersOf(db, [...counted.values()].map((a) => a.id));
  // Node 20 has no Map.groupBy.
  const byAttempt = new Map<string, typeof given>();
  for (const answer of given) byAttempt.set(answer.attemptId, [...(byAttempt.get(answer.attemptId) ?? []), answer]);
  const out = new Map<string, ItemStatistics[]>();
  for (const assignment of quizzes) {
    const questionIds = frozen.filter((f) => f.assignmentId === assignment.id).map((f) => f.questionId);
    const responses: AttemptResponses[] = [...counted.values()]
      .filter((a) => a.assignmentId === assignment.id)
      .map((a) => ({ studentId: a.studentId, responses: byAttempt.get(a.id) ?? [] }));
    out.set(assignment.id, analyseItems(questionIds, responses));
  }
  return out;
}

/** The questions whose item analysis, in any of this teacher's quizzes, shows negative discrimination. */
export async function flaggedQuestions(db: Db, caller: Caller): Promise<Map<string, QuestionFlag>> {
  const flags = new Map<string, QuestionFlag>();
  if (caller.role !== 'teacher') return flags;
  const list = await ownedAssignments(db, caller);
  const stats = await itemStatistics(db, list);
  for (const assignment of list) {
    for (const item of stats.get(assignment.id) ?? []) {
      if (!item.needsCheck || item.discrimination === null || flags.has(item.questionId)) continue;
      flags.set(item.questionId, { assignmentId: assignment.id, assignmentTitle: assignment.title, className: assignment.className, facility: item.facility, discrimination: item.discrimination });
    }
  }
  return flags;
}
