import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { answers, articles, attempts, people, questions, users } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { startAttempt } from '@/db/queries/quiz';
import { submitAnswer } from '@/db/queries/answers';
import { submitAnswerWithClaims } from '@/db/queries/answer-write';
import { getAttemptView } from '@/db/queries/attempt-view';
import { FORGED_IDS, makeCaller } from './helpers';

/*
 * One answer from the quiz (POST /api/answers with one event) is checked, stored and settled in one
 * statement (submitAnswerWithClaims). It must answer exactly as the usual path (submitAnswer after
 * resolveCaller) does, write nothing it should not, and hand typed answers and anything unusual on.
 */

const BODY = 'Talks in Geneva\n\nThe talks began on Monday in Geneva, said Jens Stoltenberg.\n\nRussia had massed 100,000 troops near the border.\n\nThe meeting was chaired by Jens Stoltenberg.';
const sentence = (text: string) => ({ article: 'a1', start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const S1 = sentence('The talks began on Monday in Geneva, said Jens Stoltenberg.');
const S2 = sentence('Russia had massed 100,000 troops near the border.');
const S3 = sentence('The meeting was chaired by Jens Stoltenberg.');
const base = { explanation: 'Because the article says so.', difficulty: 0.3, articleId: 'a1', contentHash: 'h' };
const BANK = [
  { ...base, id: 'q-where', kind: 'where' as const, prompt: 'Where did the talks begin?', choices: ['Geneva', 'Paris', 'Vienna'], answer: 'Geneva', sources: [S1], difficulty: 0.1 },
  { ...base, id: 'q-when', kind: 'where' as const, prompt: 'How many troops?', choices: ['100,000', '10,000'], answer: '100,000', sources: [S2], difficulty: 0.15 },
  // A sentence of its own: a cloze stating the where-question's answer ("… in Geneva, said _____") never shares its quiz.
  { ...base, id: 'q-who', kind: 'cloze' as const, prompt: 'The meeting was chaired by _____.', choices: [], answer: 'Jens Stoltenberg', sources: [S3], tags: ['kind:cloze', 'person:jens-stoltenberg'], difficulty: 0.2 },
];

let t: TestDb;
let teacher: Caller, bea: Caller;
const now = new Date();
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function claimsOf(caller: Caller) {
  const [row] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, caller.id));
  return { userId: caller.id, sessionVersion: row!.sessionVersion };
}

// An unfinished quiz is resumed: each test's quiz belongs to a student of its own.
let students = 0;
async function quizFor(caller?: Caller) {
  const student = caller ?? (await makeCaller(t.db, 'student', `Student${++students}`));
  const started = await startAttempt(t.db, student, { source: 'article', attemptId: randomUUID(), articleSlug: 'talks-in-geneva' }, now);
  if (!started.ok) throw new Error('the quiz did not start');
  return { student, attemptId: started.attemptId, claims: await claimsOf(student) };
}

const answer = (attemptId: string, questionId: string, response: string, minutes = 1) => ({ id: randomUUID(), attemptId, questionId, response, answeredAt: at(minutes).toISOString(), timeMs: 4000 });
const rowsOf = (attemptId: string) => t.db.select().from(answers).where(eq(answers.attemptId, attemptId));

beforeAll(async () => {
  t = await createTestDb();
  [teacher, bea] = await Promise.all([makeCaller(t.db, 'teacher', 'Adams'), makeCaller(t.db, 'student', 'Bea')]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: BODY, contentHash: 'h' });
  await t.db.insert(people).values({ id: 'jens-stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], contentHash: 'h' });
  await t.db.insert(questions).values(BANK);
});
afterAll(async () => {
  await t?.close();
});

describe('one answer in one statement', () => {
  it('answers as the usual path does: graded, stored once, the first answer counting, and the attempt finished with its score', async () => {
    const [fastQuiz, usualQuiz] = [await quizFor(), await quizFor()];
    const [one, usual] = [fastQuiz.attemptId, usualQuiz.attemptId];
    // The same answers, one quiz through each path: the same results, ids aside.
    const steps: [string, string][] = [['q-where', 'Paris'], ['q-when', '100,000'], ['q-who', 'stoltenburg']];
    for (const [k, [questionId, response]] of steps.entries()) {
      const a = answer(one, questionId, response, k + 1);
      const b = { ...answer(usual, questionId, response, k + 1) };
      const fast = await submitAnswerWithClaims(t.db, fastQuiz.claims, a, at(k + 1));
      const slow = await submitAnswer(t.db, usualQuiz.student, b, at(k + 1));
      expect(fast?.caller).toMatchObject({ id: fastQuiz.student.id, role: 'student' });
      expect({ ...fast?.result, id: 'x', heldId: 'x' }).toEqual({ ...slow, id: 'x', heldId: 'x' });
      expect(fast?.result).toMatchObject({ ok: true, status: 'stored', heldId: a.id });
    }
    const view = await getAttemptView(t.db, fastQuiz.student, one);
    expect(view).toMatchObject({ finished: true, missedCount: 1 });
    expect(view?.score).toBeCloseTo(2 / 3);
    const first = (await rowsOf(one)).find((r) => r.questionId === 'q-where');
    expect(first).toMatchObject({ response: 'Paris', isCorrect: false, timeMs: 4000 });
  });

  it('agrees with the usual path on every outcome, step by step, and leaves the same rows behind', async () => {
    const [fastQuiz, usualQuiz] = [await quizFor(), await quizFor()];
    // Each step names its event by index, so "again" (a retry) and "id of" (a reused id) mean the same on both sides.
    type Step = { questionId: string; response: string; again?: number; idOf?: number };
    const steps: Step[] = [
      { questionId: 'q-where', response: 'Mars' }, // never offered: invalid
      { questionId: 'q-where', response: 'Paris' }, // wrong, stored
      { questionId: 'q-where', response: 'Paris', again: 1 }, // a retry: duplicate
      { questionId: 'q-where', response: 'Geneva' }, // another id, question answered: already-answered
      { questionId: 'q-when', response: '100,000', idOf: 1 }, // an id used for another question: invalid
      { questionId: 'q-nope', response: 'Geneva' }, // not in the attempt: not-found
      { questionId: 'q-when', response: '100,000' }, // right, stored
      { questionId: 'q-who', response: 'Jens Stoltenberg' }, // typed: graded in JavaScript, finishes the quiz
      { questionId: 'q-who', response: 'Jens Stoltenberg' }, // after the end: already-answered
    ];
    const sent: { fast: ReturnType<typeof answer>; usual: ReturnType<typeof answer> }[] = [];
    const named = (id: string | undefined) => String(sent.findIndex((e) => e.fast.id === id || e.usual.id === id));
    const plain = (result: unknown) => JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'id' || key === 'heldId' ? named(value as string) : value))) as unknown;
    for (const [k, step] of steps.entries()) {
      const fresh = { fast: answer(fastQuiz.attemptId, step.questionId, step.response, k + 1), usual: answer(usualQuiz.attemptId, step.questionId, step.response, k + 1) };
      const reused = step.again ?? step.idOf;
      const event = reused === undefined ? fresh : { fast: { ...fresh.fast, id: sent[reused]!.fast.id }, usual: { ...fresh.usual, id: sent[reused]!.usual.id } };
      sent.push(event);
      const fast = await submitAnswerWithClaims(t.db, fastQuiz.claims, event.fast, at(k + 1));
      const usual = await submitAnswer(t.db, usualQuiz.student, event.usual, at(k + 1));
      expect(plain(fast?.result), `step ${k}: ${step.questionId} ${step.response}`).toEqual(plain(usual));
    }
    const rows = async (attemptId: string) => (await rowsOf(attemptId)).map((r) => ({ questionId: r.questionId, response: r.response, isCorrect: r.isCorrect, id: named(r.id) })).sort((a, b) => a.questionId.localeCompare(b.questionId));
    expect(await rows(fastQuiz.attemptId)).toEqual(await rows(usualQuiz.attemptId));
    const settled = async (attemptId: string) => {
      const [row] = await t.db.select({ correctCount: attempts.correctCount, score: attempts.score, finishedAt: attempts.finishedAt }).from(attempts).where(eq(attempts.id, attemptId));
      return { correctCount: row!.correctCount, score: row!.score, finished: row!.finishedAt !== null };
    };
    expect(await settled(fastQuiz.attemptId)).toEqual(await settled(usualQuiz.attemptId));
    expect(await settled(fastQuiz.attemptId)).toMatchObject({ correctCount: 2, finished: true });
  });

  it('never shows an answer before the student answered: the feedback comes with a stored answer only', async () => {
    const { attemptId, claims } = await quizFor();
    const event = answer(attemptId, 'q-where', 'Geneva');
    const stored = await submitAnswerWithClaims(t.db, claims, event, at(1));
    expect(stored?.result).toMatchObject({ ok: true, status: 'stored', feedback: { response: 'Geneva', isCorrect: true, answer: 'Geneva', explanation: 'Because the article says so.' }, attempt: { answered: 1, questionCount: 3, correctCount: 1, finished: false, score: null } });
    if (!stored?.result.ok) throw new Error('unreachable');
    expect(stored.result.feedback.citations).toEqual([{ articleSlug: 'talks-in-geneva', articleTitle: 'Talks in Geneva', sentence: 'The talks began on Monday in Geneva, said Jens Stoltenberg.', start: S1.start, end: S1.end }]);
    // A forged choice, another student's attempt, a question not in the attempt: no feedback, nothing stored.
    for (const refused of [
      await submitAnswerWithClaims(t.db, claims, answer(attemptId, 'q-when', 'a million'), at(1)),
      await submitAnswerWithClaims(t.db, await claimsOf(bea), answer(attemptId, 'q-when', '100,000'), at(1)),
      await submitAnswerWithClaims(t.db, claims, answer(attemptId, 'q-nope', 'Geneva'), at(1)),
    ]) {
      expect(refused?.result.ok).toBe(false);
      expect(JSON.stringify(refused)).not.toContain('100,000');
    }
    expect(await rowsOf(attemptId)).toHaveLength(1);
  });

  it('a double submit is one row: the same id again is a duplicate, another id for the question already answered', async () => {
    const { attemptId, claims } = await quizFor();
    const event = answer(attemptId, 'q-where', 'Paris');
    // Both at once (the pool may run them side by side on PostgreSQL), then once more.
    const both = await Promise.all([submitAnswerWithClaims(t.db, claims, event, at(1)), submitAnswerWithClaims(t.db, claims, event, at(1))]);
    expect(both.map((b) => (b?.result.ok ? b.result.status : null)).sort()).toEqual(['duplicate', 'stored']);
    expect(await submitAnswerWithClaims(t.db, claims, event, at(2))).toMatchObject({ result: { ok: true, status: 'duplicate', heldId: event.id, feedback: { response: 'Paris', isCorrect: false } } });
    const other = await submitAnswerWithClaims(t.db, claims, { ...event, id: randomUUID(), response: 'Geneva' }, at(2));
    expect(other?.result).toMatchObject({ ok: true, status: 'already-answered', heldId: event.id, feedback: { response: 'Paris', isCorrect: false }, attempt: { answered: 1, correctCount: 0 } });
    // An id already used for another question is not this answer.
    expect((await submitAnswerWithClaims(t.db, claims, { ...answer(attemptId, 'q-when', '100,000'), id: event.id }, at(2)))?.result).toMatchObject({ ok: false, error: 'invalid' });
    expect(await rowsOf(attemptId)).toHaveLength(1);
  });

  it('checks the session and the caller in the statement: a bumped or forged session is no caller, a teacher or a stranger finds nothing', async () => {
    const { attemptId, claims } = await quizFor();
    const event = answer(attemptId, 'q-where', 'Geneva');
    expect(await submitAnswerWithClaims(t.db, { ...claims, sessionVersion: claims.sessionVersion + 1 }, event, at(1))).toBeNull();
    for (const userId of FORGED_IDS) expect(await submitAnswerWithClaims(t.db, { userId, sessionVersion: 1 }, event, at(1))).toBeNull();
    expect(await submitAnswerWithClaims(t.db, await claimsOf(teacher), event, at(1))).toMatchObject({ caller: { id: teacher.id }, result: { ok: false, error: 'not-found' } });
    expect(await submitAnswerWithClaims(t.db, await claimsOf(bea), event, at(1))).toMatchObject({ caller: { id: bea.id }, result: { ok: false, error: 'not-found' } });
    for (const forged of FORGED_IDS) {
      const result = await submitAnswerWithClaims(t.db, claims, { ...event, attemptId: forged }, at(1));
      expect(result?.result.ok).toBe(false);
    }
    expect(await rowsOf(attemptId)).toHaveLength(0);
    const [attempt] = await t.db.select().from(attempts).where(eq(attempts.id, attemptId));
    expect(attempt).toMatchObject({ correctCount: 0, finishedAt: null });
  });

  it('refuses an answer from the far past and a malformed one, after checking the session', async () => {
    const { attemptId, claims } = await quizFor();
    expect((await submitAnswerWithClaims(t.db, claims, { ...answer(attemptId, 'q-where', 'Geneva'), answeredAt: '2020-01-01T00:00:00Z' }, at(0)))?.result).toMatchObject({ ok: false, error: 'too-old' });
    expect((await submitAnswerWithClaims(t.db, claims, { id: 'x', attemptId }, at(0)))?.result).toMatchObject({ ok: false, error: 'invalid' });
    expect(await submitAnswerWithClaims(t.db, { ...claims, sessionVersion: claims.sessionVersion + 1 }, { id: 'x', attemptId }, at(0))).toBeNull();
    expect(await rowsOf(attemptId)).toHaveLength(0);
  });
});
