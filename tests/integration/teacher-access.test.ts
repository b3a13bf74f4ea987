/**
 * Who may do what, over every query and action of the teachers' issue: a student of the class, a student of
 * another class, another teacher, an administrator (a teacher with site rights, who gets no view into other
 * teachers' classes) and the owner, each with the real ids and with forged ones. Anonymous visitors never
 * reach these functions (they take a Caller, which only a checked session makes); the end-to-end tests
 * check that signed-out requests to the pages and exports get nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, questions } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass, getClass, leaveClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '@/db/queries/classes';
import { joinClassByCode } from '@/db/queries/enrollments';
import { getArticle, listArticles } from '@/db/queries/articles';
import { getReviewQuestion, listReviewQuestions, reviewQueueCounts } from '@/db/queries/review';
import { decideQuestions, editQuestion } from '@/db/queries/review-decisions';
import { addToSet, createSet, deleteSet, exportSet, getSet, listSets, makeArticleSet, moveSetItem, renameSet } from '@/db/queries/sets';
import { archiveAssignment, createAssignment, setExcused } from '@/db/queries/assignments';
import { getAssignmentResults, getGradebook, getStudentResults } from '@/db/queries/results';
import { createUpload, getImportJob, listMyUploads } from '@/db/queries/uploads';
import { exportMyData, removeStudentFromCited } from '@/db/queries/privacy';
import { FORGED_IDS, makeCaller } from './helpers';
import { finishAttempt, promoteToAdmin } from './classroom-helpers';

type Who = 'studentOfClass' | 'studentElsewhere' | 'otherTeacher' | 'admin' | 'owner';
const EVERYONE: Who[] = ['studentOfClass', 'studentElsewhere', 'otherTeacher', 'admin', 'owner'];

let t: TestDb;
const callers = {} as Record<Who, Caller>;
let classA: { id: string; joinCode: string };
let setA: string, spareSet: string, assignmentA: string, jobA: string, uploadSlug: string;
const ARTICLE_TEXT = 'Ministers met in Geneva on Monday for talks on the water treaty. “We are close to a deal,” said Ana Ruiz, the foreign minister of Portland. The talks will resume on Friday in Lyon, officials said. About 300 delegates attended.';

beforeAll(async () => {
  t = await createTestDb();
  const owner = await makeCaller(t.db, 'teacher', 'Owner');
  const otherTeacher = await makeCaller(t.db, 'teacher', 'Other');
  const admin = await promoteToAdmin(t.db, await makeCaller(t.db, 'teacher', 'Admin'));
  classA = (await createClass(t.db, owner, { name: 'Class A' }))!;
  const classB = (await createClass(t.db, otherTeacher, { name: 'Class B' }))!;
  Object.assign(callers, {
    owner,
    otherTeacher,
    admin,
    studentOfClass: await makeCaller(t.db, 'student', 'Sam', { joinCode: classA.joinCode }),
    studentElsewhere: await makeCaller(t.db, 'student', 'Oli', { joinCode: classB.joinCode }),
  });
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: ARTICLE_TEXT, contentHash: 'h' });
  await t.db.insert(questions).values([
    { id: 'q1', kind: 'where', prompt: 'Where did ministers meet?', choices: ['Geneva', 'Lyon'], answer: 'Geneva', explanation: 'E', sources: [{ article: 'a1', start: 0, end: 60 }], difficulty: 0.2, articleId: 'a1', contentHash: 'h' },
    { id: 'q2', kind: 'when', prompt: 'When will talks resume?', choices: ['Friday', 'Monday'], answer: 'Friday', explanation: 'E', sources: [{ article: 'a1', start: 120, end: 180 }], difficulty: 0.3, articleId: 'a1', contentHash: 'h' },
  ]);
  const upload = (await createUpload(t.db, owner, { fileName: 'mine.txt', text: `Owner's private story\n\n${ARTICLE_TEXT}`, title: 'Owner’s private story' }))!;
  jobA = upload.jobId;
  uploadSlug = upload.articleSlug;
  await t.db.insert(questions).values({ id: 'q-private', kind: 'where', prompt: 'Private?', choices: ['Geneva', 'Lyon'], answer: 'Geneva', explanation: 'E', sources: [{ article: upload.articleId, start: 0, end: 20 }], difficulty: 0.2, articleId: upload.articleId, contentHash: 'h' });
  await decideQuestions(t.db, owner, { decision: 'approved', 'q:q1': 'on', 'q:q2': 'on', 'q:q-private': 'on' });
  await editQuestion(t.db, owner, { questionId: 'q1', prompt: 'OWNER WORDING: where?', explanation: 'E', correct: '0', choice0: 'Geneva', choice1: 'Lyon' });
  setA = (await createSet(t.db, owner, { title: 'Set A', 'q:q1': 'on', 'q:q2': 'on' }))!.id;
  spareSet = (await createSet(t.db, owner, { title: 'Spare', 'q:q1': 'on' }))!.id;
  const assigned = await createAssignment(t.db, owner, { setId: setA, classId: classA.id, mode: 'quiz', dueLocal: '2026-01-10T10:00', timeZone: 'UTC' });
  if (!assigned?.ok) throw new Error('no assignment');
  assignmentA = assigned.data.id;
  await finishAttempt(t.db, callers.studentOfClass.id, assignmentA, { right: () => true, finishedAt: new Date('2026-01-09T10:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

/** A value that means "done" or "here it is"; null, a refusal or an empty list mean "not for you". */
function succeeded(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && 'ok' in value && (value as { ok: unknown }).ok === false) return false;
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string' && !('ok' in value)) return false;
  return true;
}

type Op = { name: string; allowed: Who[]; run: (c: Caller) => Promise<unknown>; forged?: (c: Caller, id: unknown) => Promise<unknown>; after?: (who: Who) => Promise<void> };

const ops: Op[] = [
  { name: 'getClass', allowed: ['studentOfClass', 'owner'], run: (c) => getClass(t.db, c, classA.id), forged: (c, id) => getClass(t.db, c, id) },
  { name: 'getGradebook', allowed: ['owner'], run: (c) => getGradebook(t.db, c, classA.id), forged: (c, id) => getGradebook(t.db, c, id) },
  { name: 'getAssignmentResults', allowed: ['owner'], run: (c) => getAssignmentResults(t.db, c, assignmentA), forged: (c, id) => getAssignmentResults(t.db, c, id) },
  { name: 'getStudentResults', allowed: ['owner'], run: (c) => getStudentResults(t.db, c, classA.id, callers.studentOfClass.id), forged: (c, id) => getStudentResults(t.db, c, classA.id, id) },
  { name: 'getSet', allowed: ['owner'], run: (c) => getSet(t.db, c, setA), forged: (c, id) => getSet(t.db, c, id) },
  { name: 'exportSet', allowed: ['owner'], run: (c) => exportSet(t.db, c, setA), forged: (c, id) => exportSet(t.db, c, id) },
  { name: 'listSets (sees Set A)', allowed: ['owner'], run: async (c) => (await listSets(t.db, c))?.filter((s) => s.id === setA) ?? null },
  { name: 'listReviewQuestions', allowed: ['otherTeacher', 'admin', 'owner'], run: (c) => listReviewQuestions(t.db, c, {}) },
  { name: 'reviewQueueCounts', allowed: ['otherTeacher', 'admin', 'owner'], run: (c) => reviewQueueCounts(t.db, c) },
  { name: 'getReviewQuestion shows the owner’s wording', allowed: ['owner'], run: async (c) => (await getReviewQuestion(t.db, c, 'q1'))?.prompt === 'OWNER WORDING: where?' },
  { name: 'getReviewQuestion of a private upload', allowed: ['owner'], run: (c) => getReviewQuestion(t.db, c, 'q-private'), forged: (c, id) => getReviewQuestion(t.db, c, id) },
  { name: 'getArticle of a private upload', allowed: ['studentOfClass', 'owner'], run: (c) => getArticle(t.db, c, uploadSlug) },
  { name: 'listArticles shows the upload', allowed: ['studentOfClass', 'owner'], run: async (c) => (await listArticles(t.db, c)).filter((a) => a.slug === uploadSlug) },
  { name: 'getImportJob', allowed: ['owner'], run: (c) => getImportJob(t.db, c, jobA), forged: (c, id) => getImportJob(t.db, c, id) },
  { name: 'listMyUploads', allowed: ['owner'], run: (c) => listMyUploads(t.db, c) },
  { name: 'createUpload', allowed: ['otherTeacher', 'admin', 'owner'], run: (c) => createUpload(t.db, c, { fileName: 'x.txt', text: ARTICLE_TEXT }) },
  { name: 'renameClass', allowed: ['owner'], run: (c) => renameClass(t.db, c, { classId: classA.id, name: 'Class A' }), forged: (c, id) => renameClass(t.db, c, { classId: id, name: 'X' }) },
  {
    name: 'setClassArchived',
    allowed: ['owner'],
    run: (c) => setClassArchived(t.db, c, { classId: classA.id, archived: 'true' }),
    forged: (c, id) => setClassArchived(t.db, c, { classId: id, archived: 'true' }),
    after: async () => void (await setClassArchived(t.db, callers.owner, { classId: classA.id, archived: 'false' })),
  },
  {
    name: 'regenerateJoinCode',
    allowed: ['owner'],
    run: async (c) => {
      const done = await regenerateJoinCode(t.db, c, classA.id);
      if (done) classA.joinCode = done.joinCode;
      return done;
    },
    forged: (c, id) => regenerateJoinCode(t.db, c, id),
  },
  {
    name: 'removeStudent',
    allowed: ['owner'],
    run: (c) => removeStudent(t.db, c, { classId: classA.id, studentId: callers.studentOfClass.id }),
    forged: (c, id) => removeStudent(t.db, c, { classId: id, studentId: callers.studentOfClass.id }),
    after: async () => void (await joinClassByCode(t.db, callers.studentOfClass, classA.joinCode)),
  },
  {
    name: 'leaveClass',
    allowed: ['studentOfClass'],
    run: (c) => leaveClass(t.db, c, classA.id),
    forged: (c, id) => leaveClass(t.db, c, id),
    after: async () => void (await joinClassByCode(t.db, callers.studentOfClass, classA.joinCode)),
  },
  { name: 'editQuestion of a private upload', allowed: ['owner'], run: (c) => editQuestion(t.db, c, { questionId: 'q-private', prompt: 'Mine?', explanation: 'E', correct: '0', choice0: 'Geneva', choice1: 'Lyon' }) },
  {
    name: 'decideQuestions on a private upload',
    allowed: ['owner'],
    run: async (c) => {
      await decideQuestions(t.db, c, { one: 'rejected:q-private' });
      return (await getReviewQuestion(t.db, callers.owner, 'q-private'))?.status === 'rejected';
    },
    after: async () => void (await decideQuestions(t.db, callers.owner, { one: 'approved:q-private' })),
  },
  { name: 'createSet with a private upload', allowed: ['owner'], run: (c) => createSet(t.db, c, { title: 'Grab', 'q:q-private': 'on' }) },
  { name: 'renameSet', allowed: ['owner'], run: (c) => renameSet(t.db, c, { setId: setA, title: 'Set A' }), forged: (c, id) => renameSet(t.db, c, { setId: id, title: 'X' }) },
  { name: 'moveSetItem', allowed: ['owner'], run: (c) => moveSetItem(t.db, c, { setId: setA, questionId: 'q2', move: 'up' }), forged: (c, id) => moveSetItem(t.db, c, { setId: id, questionId: 'q2', move: 'up' }) },
  { name: 'addToSet', allowed: ['owner'], run: (c) => addToSet(t.db, c, setA, ['q1']), forged: (c, id) => addToSet(t.db, c, id, ['q1']) },
  { name: 'makeArticleSet of a private upload', allowed: ['owner'], run: (c) => makeArticleSet(t.db, c, { articleSlug: uploadSlug }) },
  { name: 'createAssignment', allowed: ['owner'], run: (c) => createAssignment(t.db, c, { setId: setA, classId: classA.id, mode: 'flashcards' }), forged: (c, id) => createAssignment(t.db, c, { setId: id, classId: classA.id, mode: 'quiz' }) },
  { name: 'setExcused', allowed: ['owner'], run: (c) => setExcused(t.db, c, { assignmentId: assignmentA, studentId: callers.studentOfClass.id, excused: 'false' }), forged: (c, id) => setExcused(t.db, c, { assignmentId: id, studentId: callers.studentOfClass.id, excused: 'true' }) },
  { name: 'removeStudentFromCited (refused to all but the owner, not run for the owner here)', allowed: [], run: async (c) => (c.id === callers.owner.id ? null : removeStudentFromCited(t.db, c, callers.studentOfClass.id)), forged: (c, id) => removeStudentFromCited(t.db, c, id) },
  { name: 'deleteSet', allowed: ['owner'], run: (c) => deleteSet(t.db, c, spareSet), forged: (c, id) => deleteSet(t.db, c, id) },
  { name: 'archiveAssignment', allowed: ['owner'], run: (c) => archiveAssignment(t.db, c, assignmentA), forged: (c, id) => archiveAssignment(t.db, c, id) },
];

describe('teacher A’s classes, sets, edits, assignments and results: only the rightful callers', () => {
  it.each(ops.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const outcome: Record<string, boolean> = {};
    for (const who of EVERYONE) {
      outcome[who] = succeeded(await op.run(callers[who]));
      await op.after?.(who);
    }
    expect(outcome).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, op.allowed.includes(who)])));
    if (op.forged) for (const who of EVERYONE) for (const id of FORGED_IDS) expect(succeeded(await op.forged(callers[who], id)), `${who} with ${String(id)}`).toBe(false);
  });

  it('a student downloads only their own data', async () => {
    for (const who of EVERYONE) {
      const data = await exportMyData(t.db, callers[who]);
      expect(data?.account.id).toBe(callers[who].id);
      expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|password_hash/);
    }
    const sam = await exportMyData(t.db, callers.studentOfClass);
    expect(sam?.attempts.length).toBe(1);
    expect(JSON.stringify(sam)).not.toContain(callers.studentElsewhere.id);
  });
});
