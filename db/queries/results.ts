import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attemptQuestions, classes, enrollments, users, type QuestionVersion } from '@/db/schema';
import { cellStatus, type CellStatus } from '@/lib/grading/gradebook';
import type { ItemStatistics } from '@/lib/grading/item-analysis';
import { isUuid, type Caller } from './caller';
import { itemStatistics } from './item-flags';
import {
  activeStudents,
  answersOf,
  attemptsFor,
  countedAttempts,
  excusedKeys,
  firstReviews,
  frozenQuestions,
  ownedAssignment,
  ownedAssignments,
  type AssignmentRow,
} from './results-data';
import { ownClass } from './visibility';

export interface GradebookCell {
  status: CellStatus;
  /** The best finished attempt (quiz), 0–1. */
  score: number | null;
  attempts: number;
  /** Flashcards: cards reviewed at least once, of the assignment's total. */
  reviewed: number | null;
}

export interface GradebookDto {
  classId: string;
  className: string;
  assignments: { id: string; title: string; dueAt: Date | null; mode: 'quiz' | 'flashcards'; questionTotal: number; average: number | null }[];
  students: { id: string; displayName: string; cells: GradebookCell[] }[];
}

async function ownedClassName(db: Db, caller: Caller, classId: unknown): Promise<{ id: string; name: string } | null> {
  if (!isUuid(classId) || caller.role !== 'teacher') return null;
  const [row] = await db.select({ id: classes.id, name: classes.name }).from(classes).where(ownClass(caller, classId)).limit(1);
  return row ?? null;
}

/** What each student did on each assignment, at `now`. */
async function buildCells(db: Db, list: AssignmentRow[], students: { id: string }[], now: Date) {
  const ids = list.map((a) => a.id);
  const studentIds = students.map((s) => s.id);
  const [attempts, excused, frozen] = await Promise.all([attemptsFor(db, ids, studentIds), excusedKeys(db, ids), frozenQuestions(db, ids)]);
  const counted = countedAttempts(attempts);
  const cardIds = frozen.filter((f) => list.find((a) => a.id === f.assignmentId)?.mode === 'flashcards').map((f) => f.questionId);
  const reviews = await firstReviews(db, studentIds, [...new Set(cardIds)]);
  const totals = new Map(list.map((a) => [a.id, frozen.filter((f) => f.assignmentId === a.id).length]));
  const cell = (studentId: string, a: AssignmentRow): GradebookCell => {
    const key = `${studentId}:${a.id}`;
    if (a.mode === 'flashcards') {
      const cards = new Set(frozen.filter((f) => f.assignmentId === a.id).map((f) => f.questionId));
      const mine = reviews.filter((r) => r.studentId === studentId && cards.has(r.questionId) && r.first);
      const doneAt = mine.length === cards.size && cards.size > 0 ? new Date(Math.max(...mine.map((r) => new Date(r.first!).getTime()))) : null;
      const status = cellStatus({ dueAt: a.dueAt, excused: excused.has(key), firstDoneAt: doneAt, hasStarted: mine.length > 0 }, now);
      return { status, score: null, attempts: 0, reviewed: mine.length };
    }
    const own = attempts.filter((t) => t.studentId === studentId && t.assignmentId === a.id);
    const finished = own.filter((t) => t.finishedAt).map((t) => t.finishedAt!.getTime());
    const firstDoneAt = finished.length ? new Date(Math.min(...finished)) : null;
    const status = cellStatus({ dueAt: a.dueAt, excused: excused.has(key), firstDoneAt, hasStarted: own.length > 0 }, now);
    return { status, score: counted.get(key)?.score ?? null, attempts: own.length, reviewed: null };
  };
  return { cell, totals };
}

/** The gradebook of a class the caller teaches: students × assignments; null for anyone else. */
export async function getGradebook(db: Db, caller: Caller, classId: unknown, now = new Date()): Promise<GradebookDto | null> {
  const cls = await ownedClassName(db, caller, classId);
  if (!cls) return null;
  const [list, students] = await Promise.all([ownedAssignments(db, caller, cls.id), activeStudents(db, cls.id)]);
  const { cell, totals } = await buildCells(db, list, students, now);
  const rows = students.map((s) => ({ ...s, cells: list.map((a) => cell(s.id, a)) }));
  return {
    classId: cls.id,
    className: cls.name,
    assignments: list.map((a, i) => {
      const scores = rows.map((r) => r.cells[i]!).filter((c) => c.status !== 'excused' && c.score !== null).map((c) => c.score!);
      return { id: a.id, title: a.title, dueAt: a.dueAt, mode: a.mode, questionTotal: totals.get(a.id) ?? 0, average: scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null };
    }),
    students: rows,
  };
}

export interface ItemRowDto extends ItemStatistics {
  position: number;
  prompt: string;
  answer: string;
  kind: QuestionVersion['kind'];
}

export interface AssignmentResultsDto {
  id: string;
  classId: string;
  className: string;
  title: string;
  dueAt: Date | null;
  mode: 'quiz' | 'flashcards';
  attemptsAllowed: number | null;
  questionCount: number | null;
  statusCounts: Record<CellStatus, number>;
  /** The counted score of each student who finished, 0–1. */
  scores: number[];
  items: ItemRowDto[];
}

/** One assignment's results with Moodle-style item analysis; null unless the caller teaches its class. */
export async function getAssignmentResults(db: Db, caller: Caller, assignmentId: unknown, now = new Date()): Promise<AssignmentResultsDto | null> {
  if (!isUuid(assignmentId)) return null;
  const a = await ownedAssignment(db, caller, assignmentId);
  if (!a) return null;
  const students = await activeStudents(db, a.classId);
  const [{ cell }, stats, frozen] = await Promise.all([buildCells(db, [a], students, now), itemStatistics(db, [a]), frozenQuestions(db, [a.id])]);
  const cells = students.map((s) => cell(s.id, a));
  const statusCounts = { done: 0, late: 0, missing: 0, excused: 0, started: 0, assigned: 0 } as Record<CellStatus, number>;
  for (const c of cells) statusCounts[c.status]++;
  const itemStats = new Map((stats.get(a.id) ?? []).map((s) => [s.questionId, s]));
  const items = frozen.map((f) => ({
    ...(itemStats.get(f.questionId) ?? { questionId: f.questionId, responses: 0, facility: null, discrimination: null, commonWrongAnswer: null, needsCheck: false }),
    position: f.position + 1,
    prompt: f.version.prompt,
    answer: f.version.answer,
    kind: f.version.kind,
  }));
  return { ...a, statusCounts, scores: cells.map((c) => c.score).filter((s): s is number => s !== null), items };
}

export interface StudentResultsDto {
  classId: string;
  className: string;
  student: { id: string; displayName: string; inClass: boolean };
  assignments: {
    id: string;
    title: string;
    dueAt: Date | null;
    mode: 'quiz' | 'flashcards';
    cell: GradebookCell;
    attempts: { startedAt: Date; finishedAt: Date | null; score: number | null; counts: boolean }[];
    /** The answers of the attempt that counts, as the questions were asked. */
    answers: { prompt: string; response: string; isCorrect: boolean; answer: string }[];
  }[];
}

/** One student's work in a class the caller teaches (a former student too: history is kept); null otherwise. */
export async function getStudentResults(db: Db, caller: Caller, classId: unknown, studentId: unknown, now = new Date()): Promise<StudentResultsDto | null> {
  const cls = await ownedClassName(db, caller, classId);
  if (!cls || !isUuid(studentId)) return null;
  const [student] = await db
    .select({ id: users.id, displayName: users.displayName, removedAt: enrollments.removedAt })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.studentId))
    .where(and(eq(enrollments.classId, cls.id), eq(enrollments.studentId, studentId)))
    .limit(1);
  if (!student) return null;
  const list = await ownedAssignments(db, caller, cls.id);
  const { cell } = await buildCells(db, list, [student], now);
  const attempts = await attemptsFor(db, list.map((a) => a.id), [student.id]);
  const counted = countedAttempts(attempts);
  const countedIds = [...counted.values()].map((t) => t.id);
  const [given, asked] = await Promise.all([
    answersOf(db, countedIds),
    countedIds.length
      ? db.select({ attemptId: attemptQuestions.attemptId, questionId: attemptQuestions.questionId, version: attemptQuestions.version }).from(attemptQuestions).where(inArray(attemptQuestions.attemptId, countedIds)).orderBy(asc(attemptQuestions.position))
      : Promise.resolve([]),
  ]);
  return {
    classId: cls.id,
    className: cls.name,
    student: { id: student.id, displayName: student.displayName, inClass: student.removedAt === null },
    assignments: list.map((a) => {
      const best = counted.get(`${student.id}:${a.id}`);
      return {
        id: a.id,
        title: a.title,
        dueAt: a.dueAt,
        mode: a.mode,
        cell: cell(student.id, a),
        attempts: attempts.filter((t) => t.assignmentId === a.id).map((t) => ({ startedAt: t.startedAt, finishedAt: t.finishedAt, score: t.score, counts: t.id === best?.id })),
        answers: best
          ? asked
              .filter((q) => q.attemptId === best.id)
              .map((q) => {
                const answer = given.find((g) => g.attemptId === best.id && g.questionId === q.questionId);
                return { prompt: q.version.prompt, answer: q.version.answer, response: answer?.response ?? '', isCorrect: answer?.isCorrect ?? false };
              })
          : [],
      };
    }),
  };
}
