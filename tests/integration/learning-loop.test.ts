import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { answers, articles, assignmentQuestions, assignments, people, questionReviews, questions, reviewLogs, sets, users } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass } from '@/db/queries/classes';
import { startAttempt } from '@/db/queries/quiz';
import { readSessionAndAsked, submitAnswer } from '@/db/queries/answers';
import { resolveCaller } from '@/db/queries/users';
import { getAttemptView } from '@/db/queries/attempt-view';
import { addArticleToFlashcards, getStudyQueue } from '@/db/queries/cards';
import { submitReview, undoReview } from '@/db/queries/reviews';
import { getProgress } from '@/db/queries/progress';
import { getStudentHome } from '@/db/queries/student-home';
import { effectiveVersion } from '@/db/queries/question-versions';
import { DEFAULT_SRS_PARAMS, replayReviews } from '@/lib/srs/scheduler';
import { eq } from 'drizzle-orm';
import { FORGED_IDS, makeCaller } from './helpers';

const BODY = 'Talks in Geneva\n\nThe talks began on Monday in Geneva, said Jens Stoltenberg.\n\nRussia had massed 100,000 troops near the border.';
const sentence = (text: string) => ({ article: 'a1', start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const S1 = sentence('The talks began on Monday in Geneva, said Jens Stoltenberg.');
const S2 = sentence('Russia had massed 100,000 troops near the border.');
const base = { explanation: 'Because the article says so.', difficulty: 0.3, articleId: 'a1', contentHash: 'h' };
const BANK = [
  { ...base, id: 'q-where', kind: 'where' as const, prompt: 'Where did the talks begin?', choices: ['Geneva', 'Paris', 'Vienna'], answer: 'Geneva', sources: [S1], difficulty: 0.1 },
  { ...base, id: 'q-who', kind: 'cloze' as const, prompt: 'Fill in the blank: The talks began on Monday in Geneva, said _____.', choices: [], answer: 'Jens Stoltenberg', back: S1 && 'The talks began on Monday in Geneva, said Jens Stoltenberg.', sources: [S1], tags: ['kind:cloze', 'person:jens-stoltenberg'], difficulty: 0.2 },
  { ...base, id: 'q-num', kind: 'figure-numeric' as const, prompt: 'How many troops had Russia massed?', choices: [], answer: '100,000', numeric: { value: 100000, tolerance: 10000, unit: 'troops' }, sources: [S2] },
];

let t: TestDb;
let teacherA: Caller, teacherB: Caller, sam: Caller, bea: Caller, loner: Caller;
const now = new Date();
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestDb();
  [teacherA, teacherB] = await Promise.all([makeCaller(t.db, 'teacher', 'Adams'), makeCaller(t.db, 'teacher', 'Baker')]);
  const classA = (await createClass(t.db, teacherA, { name: 'Class A' }))!;
  const classB = (await createClass(t.db, teacherB, { name: 'Class B' }))!;
  [sam, bea, loner] = await Promise.all([
    makeCaller(t.db, 'student', 'Sam', { joinCode: classA.joinCode }),
    makeCaller(t.db, 'student', 'Bea', { joinCode: classB.joinCode }),
    makeCaller(t.db, 'student', 'Lone'),
  ]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: BODY, contentHash: 'h' });
  await t.db.insert(people).values({ id: 'jens-stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], contentHash: 'h' });
  await t.db.insert(questions).values(BANK);
  // Teacher A approves two of the three questions, and rewords one.
  await t.db.insert(questionReviews).values([
    { teacherId: teacherA.id, questionId: 'q-where', status: 'approved', prompt: 'In which city did the talks begin?' },
    { teacherId: teacherA.id, questionId: 'q-who', status: 'approved' },
    { teacherId: teacherA.id, questionId: 'q-num', status: 'rejected' },
  ]);
});
afterAll(async () => {
  await t?.close();
});

async function startArticleQuiz(caller: Caller) {
  const attemptId = randomUUID();
  const result = await startAttempt(t.db, caller, { source: 'article', attemptId, articleSlug: 'talks-in-geneva' }, now);
  expect(result).toMatchObject({ ok: true });
  return result.ok ? result.attemptId : '';
}

describe('quiz from an article', () => {
  let attemptId: string;

  it('a student in a class gets the questions their teacher approved, in the teacher’s wording', async () => {
    attemptId = await startArticleQuiz(sam);
    const view = await getAttemptView(t.db, sam, attemptId);
    expect(view?.questions.map((q) => q.questionId)).toEqual(['q-where', 'q-who']);
    expect(view?.questions[0]?.prompt).toBe('In which city did the talks begin?');
  });

  it('a student on their own gets the whole live bank', async () => {
    const own = await startArticleQuiz(loner);
    expect((await getAttemptView(t.db, loner, own))?.questions).toHaveLength(3);
  });

  it('no answer, explanation, source or card back reaches the student before they answer', async () => {
    const view = await getAttemptView(t.db, sam, attemptId);
    const json = JSON.stringify(view);
    expect(json).not.toContain('Jens Stoltenberg');
    expect(json).not.toContain('Because the article says so');
    expect(json).not.toContain('Monday in Geneva, said Jens');
    for (const q of view!.questions) {
      expect(Object.keys(q).sort()).toEqual(['choices', 'feedback', 'isTyped', 'kind', 'position', 'prompt', 'questionId', 'unit']);
      expect(q.feedback).toBeNull();
    }
  });

  it('starting again with the same id is the same attempt; an unfinished attempt is resumed', async () => {
    expect(await startAttempt(t.db, sam, { source: 'article', attemptId, articleSlug: 'talks-in-geneva' }, now)).toEqual({ ok: true, attemptId, resumed: true });
    expect(await startAttempt(t.db, sam, { source: 'article', attemptId: randomUUID(), articleSlug: 'talks-in-geneva' }, now)).toEqual({ ok: true, attemptId, resumed: true });
  });

  it('grades on the server, with the explanation and the cited sentence; a replayed id is one row', async () => {
    const event = { id: randomUUID(), attemptId, questionId: 'q-where', response: 'Paris', answeredAt: at(1).toISOString(), timeMs: 4000 };
    const first = await submitAnswer(t.db, sam, event, at(1));
    expect(first).toMatchObject({ ok: true, status: 'stored', feedback: { isCorrect: false, answer: 'Geneva', explanation: 'Because the article says so.' } });
    if (!first.ok) throw new Error('unreachable');
    expect(first.feedback.citations).toEqual([{ articleSlug: 'talks-in-geneva', articleTitle: 'Talks in Geneva', sentence: 'The talks began on Monday in Geneva, said Jens Stoltenberg.', start: S1.start, end: S1.end }]);

    expect(await submitAnswer(t.db, sam, event, at(2))).toMatchObject({ ok: true, status: 'duplicate', heldId: event.id });
    // A second answer to the same question (another id) is not stored: the first one counts.
    const again = await submitAnswer(t.db, sam, { ...event, id: randomUUID(), response: 'Geneva' }, at(2));
    expect(again).toMatchObject({ ok: true, status: 'already-answered', heldId: event.id, feedback: { isCorrect: false, response: 'Paris' } });
    expect(await t.db.select().from(answers).where(eq(answers.attemptId, attemptId))).toHaveLength(1);
  });

  it('a typed answer forgives a one-letter slip, and the last answer finishes the attempt with a score', async () => {
    const result = await submitAnswer(t.db, sam, { id: randomUUID(), attemptId, questionId: 'q-who', response: 'stoltenburg', answeredAt: at(3).toISOString() }, at(3));
    expect(result).toMatchObject({ ok: true, feedback: { isCorrect: true }, attempt: { finished: true, score: 0.5, correctCount: 1 } });
    const view = await getAttemptView(t.db, sam, attemptId);
    expect(view).toMatchObject({ finished: true, score: 0.5, missedCount: 1 });
  });

  it('retrying the missed ones starts a new attempt with only those', async () => {
    const retryId = randomUUID();
    expect(await startAttempt(t.db, sam, { source: 'retry', attemptId: retryId, retryOf: attemptId }, now)).toEqual({ ok: true, attemptId: retryId, resumed: false });
    const retry = await getAttemptView(t.db, sam, retryId);
    expect(retry).toMatchObject({ mode: 'retry' });
    expect(retry?.questions.map((q) => q.questionId)).toEqual(['q-where']);
  });

  it('refuses a choice that was never offered, and an answer from the far past', async () => {
    const own = await startArticleQuiz(loner);
    expect(await submitAnswer(t.db, loner, { id: randomUUID(), attemptId: own, questionId: 'q-where', response: 'Moscow', answeredAt: at(0).toISOString() }, at(0))).toMatchObject({ ok: false, error: 'invalid' });
    expect(await submitAnswer(t.db, loner, { id: randomUUID(), attemptId: own, questionId: 'q-where', response: 'Geneva', answeredAt: '2020-01-01T00:00:00Z' }, at(0))).toMatchObject({ ok: false, error: 'too-old' });
    expect(await submitAnswer(t.db, loner, { id: 'x', attemptId: own }, at(0))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('nobody else can read or answer a student’s attempt, with real or forged ids', async () => {
    expect(await getAttemptView(t.db, bea, attemptId)).toBeNull();
    expect(await getAttemptView(t.db, teacherA, attemptId)).toBeNull();
    for (const id of FORGED_IDS) expect(await getAttemptView(t.db, sam, id)).toBeNull();
    const own = await startArticleQuiz(loner);
    const forged = await submitAnswer(t.db, bea, { id: randomUUID(), attemptId: own, questionId: 'q-where', response: 'Geneva', answeredAt: at(0).toISOString() }, at(0));
    expect(forged).toEqual(expect.objectContaining({ ok: false, error: 'not-found' }));
    expect(await startAttempt(t.db, bea, { source: 'retry', attemptId: randomUUID(), retryOf: attemptId }, now)).toEqual({ ok: false, reason: 'not-found' });
    // Reusing another student's attempt id does not hand it over.
    expect(await startAttempt(t.db, bea, { source: 'article', attemptId, articleSlug: 'talks-in-geneva' }, now)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('one answer checks the session in the statement that reads its question, and grades as the usual read does', async () => {
    const own = await startArticleQuiz(loner);
    const [row] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, loner.id));
    const claims = { userId: loner.id, sessionVersion: row!.sessionVersion };
    const joined = await readSessionAndAsked(t.db, claims, own, 'q-where');
    expect(joined?.caller).toEqual(await resolveCaller(t.db, claims));
    expect(joined?.asked?.version).toMatchObject({ answer: 'Geneva', choices: ['Geneva', 'Paris', 'Vienna'] });
    const event = { id: randomUUID(), attemptId: own, questionId: 'q-where', response: 'Geneva', answeredAt: at(0).toISOString() };
    expect(await submitAnswer(t.db, joined!.caller, event, at(0), { attemptId: own, questionId: 'q-where', asked: joined!.asked })).toMatchObject({ ok: true, status: 'stored', feedback: { isCorrect: true } });
    // A bumped or forged session: no caller. Another student's attempt or a question not in it: no question.
    expect(await readSessionAndAsked(t.db, { ...claims, sessionVersion: claims.sessionVersion + 1 }, own, 'q-where')).toBeNull();
    expect(await readSessionAndAsked(t.db, { userId: 'x', sessionVersion: 1 }, own, 'q-where')).toBeNull();
    const [beaRow] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, bea.id));
    expect(await readSessionAndAsked(t.db, { userId: bea.id, sessionVersion: beaRow!.sessionVersion }, own, 'q-where')).toMatchObject({ caller: { id: bea.id }, asked: null });
    expect(await readSessionAndAsked(t.db, claims, own, 'q-upload')).toMatchObject({ caller: { id: loner.id }, asked: null });
    // A read for another question is not used for this one: the usual read finds it not in the attempt.
    const other = { ...event, id: randomUUID(), questionId: 'q-nope' };
    expect(await submitAnswer(t.db, loner, other, at(0), { attemptId: own, questionId: 'q-where', asked: joined!.asked })).toMatchObject({ ok: false, error: 'not-found' });
  });
});

describe('articles a teacher uploaded', () => {
  it('are studied by that teacher’s students only', async () => {
    await t.db.insert(articles).values({ id: 'upload-b', slug: 'baker-notes', title: 'Baker’s notes', body: BODY, contentHash: 'h', origin: 'upload', ownerId: teacherB.id });
    await t.db.insert(questions).values({ ...BANK[0]!, id: 'q-upload', articleId: 'upload-b', sources: [{ ...S1, article: 'upload-b' }] });
    await t.db.insert(questionReviews).values({ teacherId: teacherB.id, questionId: 'q-upload', status: 'approved' });
    expect(await startAttempt(t.db, sam, { source: 'article', attemptId: randomUUID(), articleSlug: 'baker-notes' }, now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await startAttempt(t.db, loner, { source: 'article', attemptId: randomUUID(), articleSlug: 'baker-notes' }, now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await addArticleToFlashcards(t.db, sam, 'baker-notes', now)).toBeNull();
    expect(await startAttempt(t.db, bea, { source: 'article', attemptId: randomUUID(), articleSlug: 'baker-notes' }, now)).toMatchObject({ ok: true });
  });
});

describe('quiz from an assignment', () => {
  let assignmentId: string;
  beforeAll(async () => {
    const classId = (await t.db.query.classes.findFirst({ where: (c, { eq }) => eq(c.teacherId, teacherA.id) }))!.id;
    const [set] = await t.db.insert(sets).values({ ownerId: teacherA.id, title: 'Week 1' }).returning();
    const [assignment] = await t.db.insert(assignments).values({ classId, setId: set!.id, title: 'Week 1 quiz', mode: 'quiz', questionCount: 1, attemptsAllowed: 1, dueAt: at(60 * 24) }).returning();
    assignmentId = assignment!.id;
    await t.db.insert(assignmentQuestions).values(BANK.slice(0, 2).map((q, position) => ({ assignmentId, questionId: q.id, position, version: effectiveVersion({ ...q, numeric: null, back: null, choiceType: null }) })));
  });

  it('asks questionCount of the frozen questions and respects attemptsAllowed', async () => {
    const attemptId = randomUUID();
    expect(await startAttempt(t.db, sam, { source: 'assignment', attemptId, assignmentId }, now)).toMatchObject({ ok: true, resumed: false });
    const view = await getAttemptView(t.db, sam, attemptId);
    expect(view?.title).toBe('Week 1 quiz');
    expect(view?.questions).toHaveLength(1);
    const q = view!.questions[0]!;
    await submitAnswer(t.db, sam, { id: randomUUID(), attemptId, questionId: q.questionId, response: q.isTyped ? 'Jens Stoltenberg' : 'Geneva', answeredAt: at(5).toISOString() }, at(5));
    expect(await startAttempt(t.db, sam, { source: 'assignment', attemptId: randomUUID(), assignmentId }, now)).toEqual({ ok: false, reason: 'no-attempts-left' });
    const home = await getStudentHome(t.db, sam, at(6));
    expect(home?.assignments).toEqual([expect.objectContaining({ title: 'Week 1 quiz', attemptsUsed: 1, bestScore: 1, className: 'Class A' })]);
  });

  it('a student of another class cannot start it', async () => {
    expect(await startAttempt(t.db, bea, { source: 'assignment', attemptId: randomUUID(), assignmentId }, now)).toEqual({ ok: false, reason: 'not-found' });
    expect((await getStudentHome(t.db, bea, now))?.assignments).toEqual([]);
  });
});

describe('flashcards', () => {
  let cardId: string;

  it('adding an article puts the student’s questions in their deck, once', async () => {
    expect(await addArticleToFlashcards(t.db, sam, 'talks-in-geneva', now)).toEqual({ added: 2, total: 2 });
    expect(await addArticleToFlashcards(t.db, sam, 'talks-in-geneva', now)).toEqual({ added: 0, total: 2 });
    const queue = await getStudyQueue(t.db, sam, now);
    expect(queue?.cards.map((c) => c.questionId)).toEqual(['q-where', 'q-who']);
    expect(queue?.cards[1]).toMatchObject({ isNew: true, answer: 'Jens Stoltenberg', backSentence: expect.stringContaining('Stoltenberg') });
    cardId = queue!.cards[0]!.cardId;
  });

  it('a replayed review id is one row; a late review lands where it belongs; undo replays without it', async () => {
    const r1 = { id: randomUUID(), cardId, rating: 3 as const, reviewedAt: at(10).toISOString() };
    const r3 = { id: randomUUID(), cardId, rating: 3 as const, reviewedAt: at(60 * 30).toISOString() };
    const late = { id: randomUUID(), cardId, rating: 1 as const, reviewedAt: at(20).toISOString() };
    expect(await submitReview(t.db, sam, r1, at(11))).toMatchObject({ ok: true, status: 'stored' });
    expect(await submitReview(t.db, sam, r1, at(12))).toMatchObject({ ok: true, status: 'duplicate' });
    expect(await submitReview(t.db, sam, r3, at(60 * 30))).toMatchObject({ ok: true, status: 'stored' });
    const afterLate = await submitReview(t.db, sam, late, at(60 * 31));
    expect(afterLate).toMatchObject({ ok: true, status: 'stored' });
    const log = await t.db.select().from(reviewLogs).where(eq(reviewLogs.cardId, cardId));
    expect(log).toHaveLength(3);
    const card = (await t.db.query.cards.findFirst({ where: (c, { eq }) => eq(c.id, cardId) }))!;
    const expected = replayReviews(card.addedAt, [r1, late, r3].map((r) => ({ id: r.id, rating: r.rating, review: new Date(r.reviewedAt) })), DEFAULT_SRS_PARAMS).card;
    expect({ due: card.due, reps: card.reps, lapses: card.lapses, state: card.state }).toEqual({ due: expected.due, reps: 3, lapses: expected.lapses, state: expected.state });

    const undone = await undoReview(t.db, sam, { type: 'undo', id: r3.id }, at(60 * 32));
    expect(undone).toMatchObject({ ok: true, status: 'undone', card: { reps: 2 } });
    expect(await undoReview(t.db, sam, { type: 'undo', id: r3.id }, at(60 * 32))).toMatchObject({ ok: true, status: 'already-undone' });
    // A re-sync of the undone review cannot bring it back.
    expect(await submitReview(t.db, sam, r3, at(60 * 33))).toMatchObject({ ok: true, status: 'duplicate', card: { reps: 2 } });
  });

  it('nobody else can review, undo or see a student’s cards', async () => {
    expect(await submitReview(t.db, bea, { id: randomUUID(), cardId, rating: 3, reviewedAt: at(0).toISOString() }, at(1))).toMatchObject({ ok: false, error: 'not-found' });
    const [someReview] = await t.db.select({ id: reviewLogs.id }).from(reviewLogs).where(eq(reviewLogs.cardId, cardId)).limit(1);
    expect(await undoReview(t.db, bea, { type: 'undo', id: someReview!.id }, at(1))).toMatchObject({ ok: false, error: 'not-found' });
    expect((await getStudyQueue(t.db, bea, now))?.cards).toEqual([]);
    for (const id of FORGED_IDS) expect(await submitReview(t.db, bea, { id: randomUUID(), cardId: id, rating: 3, reviewedAt: at(0).toISOString() }, at(1))).toMatchObject({ ok: false });
    expect(await getStudyQueue(t.db, teacherA, now)).toBeNull();
  });
});

describe('progress', () => {
  it('shows a student their own streak, activity and mastery, and another student none of it', async () => {
    const mine = await getProgress(t.db, sam, at(60 * 20));
    expect(mine?.streak.current).toBeGreaterThanOrEqual(1);
    expect(mine?.days.reduce((n, d) => n + d.studied, 0)).toBeGreaterThanOrEqual(4);
    expect(mine?.topics.map((r) => r.label)).toEqual(expect.arrayContaining(['Meetings', 'Who said what']));
    expect(mine?.articles).toEqual([expect.objectContaining({ label: 'Talks in Geneva' })]);
    expect(mine?.forecast).toHaveLength(7);
    const theirs = await getProgress(t.db, bea, at(60 * 20));
    expect(theirs).toMatchObject({ totalReviews: 0, totalAnswers: 0, topics: [], articles: [], streak: { current: 0 } });
    expect(await getProgress(t.db, teacherA, now)).toBeNull();
  });
});
