import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { importContent } from '@/db/import-content';
import { unsafeMarkLibraryCopies } from '@/db/library-copies';
import { articles, assignmentQuestions, questionReviews, questions } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass, getClass, leaveClass, listMyClasses, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '@/db/queries/classes';
import { joinClassByCode } from '@/db/queries/enrollments';
import { listArticles } from '@/db/queries/articles';
import { getReviewQuestion, listReviewQuestions } from '@/db/queries/review';
import { decideQuestions, editQuestion } from '@/db/queries/review-decisions';
import { createSet, getSet, makeArticleSet, moveSetItem } from '@/db/queries/sets';
import { createAssignment, setExcused } from '@/db/queries/assignments';
import { getAssignmentResults, getGradebook, getStudentResults } from '@/db/queries/results';
import { makeCaller } from './helpers';
import { finishAttempt } from './classroom-helpers';

let t: TestDb;
let teacher: Caller, other: Caller, ana: Caller, ben: Caller, cal: Caller, dee: Caller;
let cls: { id: string; joinCode: string };

beforeAll(async () => {
  t = await createTestDb();
  await importContent(t.db, { now: new Date('2026-03-01T00:00:00Z') });
  await unsafeMarkLibraryCopies(t.db);
  [teacher, other] = await Promise.all([makeCaller(t.db, 'teacher', 'Rivera'), makeCaller(t.db, 'teacher', 'Okafor')]);
  cls = (await createClass(t.db, teacher, { name: 'Period 3' }))!;
  [ana, ben, cal, dee] = (await Promise.all(['Ana', 'Ben', 'Cal', 'Dee'].map((n) => makeCaller(t.db, 'student', n, { joinCode: cls.joinCode })))) as [Caller, Caller, Caller, Caller];
});
afterAll(async () => {
  await t?.close();
});

describe('classes', () => {
  it('rename, new code, remove and leave: history kept, counts and lists follow', async () => {
    expect(await renameClass(t.db, teacher, { classId: cls.id, name: 'Period 3 — Civics' })).toEqual({ id: cls.id, name: 'Period 3 — Civics' });
    expect(await renameClass(t.db, teacher, { classId: cls.id, name: 'bad\u0007name' })).toBeNull();
    const fresh = await regenerateJoinCode(t.db, teacher, cls.id);
    expect(fresh?.joinCode).not.toBe(cls.joinCode);
    const late = await makeCaller(t.db, 'student', 'Eli');
    expect(await joinClassByCode(t.db, late, cls.joinCode)).toBeNull();
    expect(await joinClassByCode(t.db, late, fresh!.joinCode)).toMatchObject({ classId: cls.id });
    expect(await removeStudent(t.db, teacher, { classId: cls.id, studentId: late.id })).toEqual({ studentId: late.id });
    expect(await getClass(t.db, late, cls.id)).toBeNull();
    const view = await getClass(t.db, teacher, cls.id);
    expect(view?.roster?.map((s) => s.displayName)).toEqual(['Ana', 'Ben', 'Cal', 'Dee']);
    expect(view?.formerStudents?.map((s) => [s.displayName, s.reason])).toEqual([['Eli', 'removed']]);
    expect(view?.studentCount).toBe(4);
    // A student leaves on their own; joining again brings them back.
    expect(await leaveClass(t.db, late, cls.id)).toBeNull();
    expect(await joinClassByCode(t.db, late, fresh!.joinCode)).not.toBeNull();
    expect(await leaveClass(t.db, late, cls.id)).toEqual({ classId: cls.id });
    expect(await listMyClasses(t.db, late)).toEqual([]);
    cls.joinCode = fresh!.joinCode;
  });

  it('an archived class leaves students’ lists and takes nobody new, and comes back when restored', async () => {
    const spare = (await createClass(t.db, teacher, { name: 'Spare' }))!;
    await joinClassByCode(t.db, ana, spare.joinCode);
    expect(await setClassArchived(t.db, teacher, { classId: spare.id, archived: 'true' })).toMatchObject({ id: spare.id });
    expect((await listMyClasses(t.db, ana)).map((c) => c.name)).toEqual(['Period 3 — Civics']);
    expect(await joinClassByCode(t.db, ben, spare.joinCode)).toBeNull();
    expect((await listMyClasses(t.db, teacher)).map((c) => [c.name, c.archivedAt !== null])).toEqual([['Period 3 — Civics', false], ['Spare', true]]);
    await setClassArchived(t.db, teacher, { classId: spare.id, archived: 'false' });
    expect((await listMyClasses(t.db, ana)).map((c) => c.name).sort()).toEqual(['Period 3 — Civics', 'Spare']);
  });
});

describe('question review', () => {
  it('filters by article, kind, person and status, and shows citations by headline with no file ids or offsets', async () => {
    const page = (await listReviewQuestions(t.db, teacher, { kind: 'who-said' }))!;
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((q) => q.kind === 'who-said' && q.status === 'new')).toBe(true);
    const first = page.items[0]!;
    expect(first.citations[0]?.articleTitle).toBeTruthy();
    expect(first.citations[0]!.sentence.length).toBeGreaterThan(10);
    const shown = JSON.stringify(page.items.map(({ citations, ...rest }) => ({ ...rest, citations: citations.map((c) => [c.articleTitle, c.before, c.sentence, c.after]) })));
    expect(shown).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(shown).not.toMatch(/characters \d+/);
    const blinken = page.people.find((p) => p.name === 'Antony Blinken');
    expect(blinken).toBeTruthy();
    const byPerson = (await listReviewQuestions(t.db, teacher, { person: blinken!.id }))!;
    expect(byPerson.total).toBeGreaterThan(0);
    const article = page.articles[0]!;
    const byArticle = (await listReviewQuestions(t.db, teacher, { article: article.slug }))!;
    expect(byArticle.total).toBe(article.questionCount);
  });

  it('shows the reports that disagree with the fact a question stands on', async () => {
    const rewrite = (await t.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, '004_d24ade42c98c4078')))[0]!;
    const all = [];
    for (let page = 1; page <= 20; page++) {
      const p = (await listReviewQuestions(t.db, teacher, { article: rewrite.slug, page }))!;
      all.push(...p.items);
      if (page >= p.pageCount) break;
    }
    const disputed = all.find((q) => q.conflicts.length > 0);
    expect(disputed, 'a question on the rewritten copy shows a disagreement').toBeTruthy();
    expect(disputed!.conflicts[0]!.claims.length).toBeGreaterThan(1);
  });

  it('approvals and edits are the teacher’s own overlay: the bank and another teacher’s view do not change, and they survive a re-import', async () => {
    const page = (await listReviewQuestions(t.db, teacher, { kind: 'who-said' }))!;
    const [a, b, c] = page.items;
    expect(await decideQuestions(t.db, teacher, { decision: 'approved', 'q:x': 'on', [`q:${a!.id}`]: 'on', [`q:${b!.id}`]: 'on' })).toEqual({ count: 2, decision: 'approved' });
    const wrong = c!.choices.find((ch) => ch !== c!.answer)!;
    expect(await editQuestion(t.db, teacher, { questionId: c!.id, prompt: 'Which official said it?', explanation: c!.explanation, correct: '0', choice0: c!.answer, choice1: wrong, choice2: '' })).toEqual({ ok: true, questionId: c!.id });
    const invalid = await editQuestion(t.db, teacher, { questionId: c!.id, prompt: '', explanation: '', correct: '2', choice0: 'Same', choice1: 'same', choice2: '' });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { prompt: expect.any(Array), choice0: expect.any(Array), correct: expect.any(Array) } });
    const mine = (await getReviewQuestion(t.db, teacher, c!.id))!;
    expect(mine).toMatchObject({ prompt: 'Which official said it?', choices: [c!.answer, wrong], answer: c!.answer, status: 'edited' });
    expect((await getReviewQuestion(t.db, other, c!.id))!).toMatchObject({ prompt: c!.prompt, status: 'new' });
    const [bank] = await t.db.select({ prompt: questions.prompt }).from(questions).where(eq(questions.id, c!.id));
    expect(bank!.prompt).toBe(c!.prompt);
    expect((await listReviewQuestions(t.db, teacher, { status: 'approved' }))!.items.map((q) => q.id).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect((await listReviewQuestions(t.db, teacher, { status: 'edited' }))!.items.map((q) => q.id)).toEqual([c!.id]);
    await importContent(t.db, { now: new Date('2026-03-02T00:00:00Z') });
    expect((await getReviewQuestion(t.db, teacher, c!.id))!).toMatchObject({ prompt: 'Which official said it?', status: 'edited' });
    expect(await decideQuestions(t.db, teacher, { one: `rejected:${b!.id}` })).toEqual({ count: 1, decision: 'rejected' });
    expect((await getReviewQuestion(t.db, teacher, b!.id))!.status).toBe('rejected');
  });
});

describe('sets, assignments and results', () => {
  let setId: string;
  let assignmentId: string;
  let ids: string[];

  it('makes a set from picked questions, reorders it, and a ready-made set per article from the approved ones', async () => {
    const page = (await listReviewQuestions(t.db, teacher, { kind: 'where' }))!;
    ids = page.items.slice(0, 4).map((q) => q.id);
    await decideQuestions(t.db, teacher, { decision: 'approved', ...Object.fromEntries(ids.map((id) => [`q:${id}`, 'on'])) });
    const created = (await createSet(t.db, teacher, { title: 'Where it happened', ...Object.fromEntries(ids.map((id) => [`q:${id}`, 'on'])) }))!;
    setId = created.id;
    expect(created.questionCount).toBe(4);
    await moveSetItem(t.db, teacher, { setId, questionId: ids[1]!, move: 'up' });
    expect((await getSet(t.db, teacher, setId))!.items.map((i) => i.questionId)).toEqual([ids[1], ids[0], ids[2], ids[3]]);
    const slug = page.items[0]!.citations[0]!.articleSlug;
    const ready = await makeArticleSet(t.db, teacher, { articleSlug: slug });
    expect(ready).toMatchObject({ questionCount: expect.any(Number) });
    expect(await makeArticleSet(t.db, other, { articleSlug: slug })).toEqual({ error: expect.stringContaining('Approve') });
  });

  it('an assignment freezes each question as the teacher worded it; a later edit changes nothing given', async () => {
    const result = (await createAssignment(t.db, teacher, { setId, classId: cls.id, mode: 'quiz', dueLocal: '2026-03-10T17:00', timeZone: 'Europe/Paris', questionCount: '', attemptsAllowed: '2' }))!;
    expect(result).toMatchObject({ ok: true, data: { questionTotal: 4 } });
    if (!result.ok) throw new Error('not created');
    assignmentId = result.data.id;
    expect(result.data.dueAt?.toISOString()).toBe('2026-03-10T16:00:00.000Z');
    const q = (await getReviewQuestion(t.db, teacher, ids[1]!))!;
    await editQuestion(t.db, teacher, { questionId: q.id, prompt: 'Edited after assigning?', explanation: q.explanation, correct: String(q.choices.indexOf(q.answer)), ...Object.fromEntries(q.choices.map((c, i) => [`choice${i}`, c])) });
    const [frozen] = await t.db.select({ version: assignmentQuestions.version }).from(assignmentQuestions).where(eq(assignmentQuestions.questionId, q.id));
    expect(frozen!.version.prompt).not.toBe('Edited after assigning?');
    const tooMany = await createAssignment(t.db, teacher, { setId, classId: cls.id, mode: 'quiz', questionCount: '9' });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { questionCount: ['This set has 4 questions to give.'] } });
  });

  it('the gradebook marks done, late, missing and excused, and the best attempt counts', async () => {
    // Ana: on time 50%, then 100% after the due date (still "done", and 100% counts). Ben: late. Cal: nothing (missing). Dee: excused.
    await finishAttempt(t.db, ana.id, assignmentId, { right: (_, p) => p < 2, finishedAt: new Date('2026-03-10T15:00:00Z') });
    await finishAttempt(t.db, ana.id, assignmentId, { right: () => true, finishedAt: new Date('2026-03-11T09:00:00Z') });
    await finishAttempt(t.db, ben.id, assignmentId, { right: (_, p) => p === 0, finishedAt: new Date('2026-03-12T09:00:00Z') });
    expect(await setExcused(t.db, teacher, { assignmentId, studentId: dee.id, excused: 'true' })).toEqual({ excused: true });
    const book = (await getGradebook(t.db, teacher, cls.id, new Date('2026-03-13T00:00:00Z')))!;
    const row = (name: string) => book.students.find((s) => s.displayName === name)!.cells[0]!;
    expect(row('Ana')).toMatchObject({ status: 'done', score: 1, attempts: 2 });
    expect(row('Ben')).toMatchObject({ status: 'late', score: 0.25 });
    expect(book.students.find((s) => s.id === cal.id)!.cells[0]).toMatchObject({ status: 'missing', score: null });
    expect(row('Dee')).toMatchObject({ status: 'excused' });
    expect(book.assignments[0]).toMatchObject({ title: 'Where it happened', questionTotal: 4, average: 0.625 });
    const drill = (await getStudentResults(t.db, teacher, cls.id, ana.id))!;
    expect(drill.assignments[0]!.attempts.map((a) => [a.score, a.counts])).toEqual([[0.5, false], [1, true]]);
    expect(drill.assignments[0]!.answers.every((a) => a.isCorrect)).toBe(true);
  });

  it('item analysis gives facility and discrimination, and a negatively discriminating question is flagged back in the review tool', async () => {
    // Two more students: the weak one gets only the last question right, the strong one all but it.
    const [fay, gus] = await Promise.all(['Fay', 'Gus'].map((n) => makeCaller(t.db, 'student', n, { joinCode: cls.joinCode })));
    const last = ids[3]!;
    await finishAttempt(t.db, fay!.id, assignmentId, { right: (q) => q === last, finishedAt: new Date('2026-03-09T10:00:00Z'), wrongAnswer: () => 'Pskov' });
    await finishAttempt(t.db, gus!.id, assignmentId, { right: (q) => q !== last, finishedAt: new Date('2026-03-09T10:00:00Z') });
    const results = (await getAssignmentResults(t.db, teacher, assignmentId, new Date('2026-03-13T00:00:00Z')))!;
    expect(results.statusCounts).toMatchObject({ done: 3, late: 1, missing: 1, excused: 1 });
    const item = results.items.find((i) => i.questionId === last)!;
    // Right: Ana (best attempt) and Fay; wrong: Ben and Gus.
    expect(item.facility).toBeCloseTo(2 / 4);
    expect(item.discrimination).toBeLessThan(0);
    expect(item.needsCheck).toBe(true);
    const firstWrong = results.items.find((i) => i.questionId !== last && i.commonWrongAnswer)!;
    expect(firstWrong.commonWrongAnswer?.response).toBe('Pskov');
    const flagged = (await listReviewQuestions(t.db, teacher, { flagged: '1' }))!;
    expect(flagged.items.map((q) => q.id)).toEqual([last]);
    expect(flagged.items[0]!.flag).toMatchObject({ assignmentTitle: 'Where it happened', className: 'Period 3 — Civics' });
    expect((await listReviewQuestions(t.db, other, { flagged: '1' }))!.total).toBe(0);
  });
});

describe('the library', () => {
  it('marks the machine rewrite (004) as a copy of the original (003)', async () => {
    const list = await listArticles(t.db, ana);
    const copy = list.find((a) => a.id === '004_d24ade42c98c4078')!;
    const original = list.find((a) => a.id === '003_7dd9c39fcf2f66b9')!;
    expect(copy.copyOf).toBe(original.title);
    expect(original.copyOf).toBeNull();
    const rows = await t.db.execute(sql`select count(*)::int as n from articles where duplicate_of is not null`);
    expect(JSON.stringify(rows)).toContain('1');
  });

  it('question_reviews rows belong to the teacher who made them', async () => {
    const rows = await t.db.select({ teacherId: questionReviews.teacherId }).from(questionReviews);
    expect(new Set(rows.map((r) => r.teacherId))).toEqual(new Set([teacher.id]));
  });
});
