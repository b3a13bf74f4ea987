import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { importContent } from '@/db/import-content';
import { articles, classes, conflicts, enrollments, meetings, people, quotes } from '@/db/schema';
import { createClass } from '@/db/queries/classes';
import { getArticle } from '@/db/queries/articles';
import { getConflict, getLibraryStandings, listConflicts } from '@/db/queries/conflicts';
import { getReaderFacts } from '@/db/queries/facts';
import { getLibraryView } from '@/db/queries/library';
import { getPerson, listPeople } from '@/db/queries/people';
import { getTimeline } from '@/db/queries/timeline';
import type { Caller } from '@/db/queries/users';
import { FORGED_IDS, makeCaller } from './helpers';

const A000 = '000_b14f648e1192a9e9';
const A001 = '001_589fef7658b01e4d';
const A003 = '003_7dd9c39fcf2f66b9';
const A004 = '004_d24ade42c98c4078';
const UPLOAD = 'upload-ada';

let t: TestDb;
let student: Caller, teacher: Caller, owner: Caller, ownersStudent: Caller, otherTeacher: Caller, otherStudent: Caller;
let slugOf: Map<string, string>;

beforeAll(async () => {
  t = await createTestDb();
  const report = await importContent(t.db, { now: new Date('2026-03-01T00:00:00Z') });
  expect(report.error).toBeNull();
  [teacher, owner, otherTeacher] = await Promise.all([makeCaller(t.db, 'teacher', 'Tess'), makeCaller(t.db, 'teacher', 'Owen'), makeCaller(t.db, 'teacher', 'Olga')]);
  const [ownClass, otherClass] = await Promise.all([createClass(t.db, owner, { name: 'Owen’s class' }), createClass(t.db, otherTeacher, { name: 'Olga’s class' })]);
  [student, ownersStudent, otherStudent] = await Promise.all([
    makeCaller(t.db, 'student', 'Sana'),
    makeCaller(t.db, 'student', 'Omar', { joinCode: ownClass!.joinCode }),
    makeCaller(t.db, 'student', 'Olly', { joinCode: otherClass!.joinCode }),
  ]);
  slugOf = new Map((await t.db.select({ id: articles.id, slug: articles.slug }).from(articles)).map((a) => [a.id, a.slug]));
  await addUpload(owner);
});
afterAll(async () => {
  await t?.close();
});

/** A teacher's upload: one quotation by a person nobody else mentions, one meeting, one disagreement with 004. */
async function addUpload(by: Caller) {
  const body = 'Ada Upload said “the Geneva talks were long” on Tuesday.\nShe met the envoy in Lisbon.';
  await t.db.insert(articles).values({ id: UPLOAD, slug: 'ada-upload-report', title: 'A private report', body, contentHash: 'h', origin: 'upload', ownerId: by.id });
  await t.db.insert(people).values({ id: 'ada-upload', name: 'Ada Upload', aliases: [], role: 'Private envoy', contentHash: 'h' });
  const fact = { articleId: UPLOAD, contentHash: 'h', supportedBy: [UPLOAD] };
  await t.db.insert(quotes).values({ ...fact, id: 'quote-ada', start: 17, end: 43, sentenceStart: 0, sentenceEnd: 56, text: 'the Geneva talks were long', speaker: 'Ada Upload', speakerId: 'ada-upload', method: 'explicit', conflictIds: ['conflict-ada'] });
  await t.db.insert(meetings).values({ ...fact, id: 'meeting-ada', start: 57, end: 85, sentenceStart: 57, sentenceEnd: 85, what: 'meeting', type: 'meeting', place: 'Lisbon', participants: ['Ada Upload'] });
  await t.db.insert(conflicts).values({
    id: 'conflict-ada',
    kind: 'speaker',
    about: 'Who said “the Geneva talks were long”',
    claims: [
      { article: UPLOAD, says: 'Ada Upload', start: 17, end: 43, factId: 'quote-ada' },
      { article: A004, says: 'Vladimir Putin', start: 0, end: 10, factId: null },
    ],
    contentHash: 'h',
  });
}

describe("who's who", () => {
  it('gives Blinken’s quotations from every report that has them, with role and the names the articles use', async () => {
    const expected = await t.db.select({ id: quotes.id, articleId: quotes.articleId }).from(quotes).where(eq(quotes.speakerId, 'antony-blinken'));
    const reports = new Set(expected.map((q) => q.articleId));
    expect(reports.size).toBeGreaterThanOrEqual(4);
    const blinken = await getPerson(t.db, student, 'antony-blinken');
    expect(blinken).toMatchObject({ name: 'Antony Blinken', role: 'US Secretary of State' });
    expect(blinken!.quotes.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
    expect(new Set(blinken!.quotes.map((q) => q.slug))).toEqual(new Set([...reports].map((id) => slugOf.get(id))));
    const tony = blinken!.names.find((n) => n.name === 'Tony Blinken');
    expect(tony?.places.map((p) => p.slug)).toContain(slugOf.get(A000));
    expect(blinken!.names.find((n) => n.name === 'Blinker')?.disputedBy).toMatch(/^conflict-/);
    // Every link points at text that holds the quotation.
    const bodies = new Map((await t.db.select({ id: articles.id, slug: articles.slug, body: articles.body }).from(articles)).map((a) => [a.slug, a.body]));
    for (const q of blinken!.quotes) expect(bodies.get(q.slug)!.slice(q.range.start, q.range.end)).toContain(q.text.slice(0, 20));
  });

  it('lists people by surname and finds them by name, alias or role, accents and case aside', async () => {
    const everyone = await listPeople(t.db, student);
    expect(everyone.map((p) => p.name)).toEqual(expect.arrayContaining(['Antony Blinken', 'Jens Stoltenberg', 'Sergey Lavrov']));
    expect(everyone.find((p) => p.id === 'antony-blinken')?.quoteCount).toBeGreaterThanOrEqual(10);
    expect((await listPeople(t.db, student, 'ANTONY')).map((p) => p.name)).toEqual(['Antony Blinken']);
    // "Mr Blinken’s deputy": a role that names him finds his deputy too.
    expect((await listPeople(t.db, student, 'blinken')).map((p) => p.name)).toEqual(['Antony Blinken', 'Wendy Sherman']);
    expect((await listPeople(t.db, student, 'secretary of state')).map((p) => p.name)).toEqual(['Antony Blinken']);
    expect((await listPeople(t.db, student, 'Sergei')).map((p) => p.name)).toEqual(['Sergey Lavrov']);
    expect(await listPeople(t.db, student, 'nobody at all')).toEqual([]);
    expect(await listPeople(t.db, student, { q: 'x' })).toHaveLength(everyone.length);
  });

  it('shows students where to practise, never a prompt; teachers get prompts for their review tool; nobody gets answers', async () => {
    const forStudent = await getPerson(t.db, student, 'antony-blinken');
    expect(forStudent!.questions.count).toBeGreaterThan(0);
    expect(forStudent!.questions.prompts).toBeNull();
    expect(JSON.stringify(forStudent)).not.toMatch(/"(answer|prompt|choices|explanation)"/);
    const forTeacher = await getPerson(t.db, teacher, 'antony-blinken');
    expect(forTeacher!.questions.prompts!.length).toBe(forTeacher!.questions.count);
    expect(JSON.stringify(forTeacher)).not.toMatch(/"(answer|choices|explanation)"/);
  });
});

describe('timeline', () => {
  it('puts Geneva, Brussels and Vienna in order, joining the reports of each, with dates only where an article gives them', async () => {
    const events = await getTimeline(t.db, student);
    const at = (place: string) => events.findIndex((e) => e.reports.some((r) => r.place === place) && e.date !== null);
    expect(at('Geneva')).toBeLessThan(at('Brussels'));
    expect(at('Brussels')).toBeLessThan(at('Vienna'));
    expect([at('Geneva'), at('Brussels'), at('Vienna')].map((i) => events[i]!.date)).toEqual(['2022-01-10', '2022-01-12', '2022-01-13']);
    const geneva = events[at('Geneva')]!;
    expect(new Set(geneva.reports.map((r) => r.slug))).toEqual(new Set([slugOf.get(A000), slugOf.get(A001)]));
    // 000 says only "Monday": its own report shows no date.
    expect(geneva.reports.find((r) => r.slug === slugOf.get(A000))).toMatchObject({ whenText: 'Monday', date: null });
    const undated = events.filter((e) => e.placedBy === 'none');
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((e) => e.date === null)).toBe(true);
    expect(events.findIndex((e) => e.placedBy === 'none')).toBeGreaterThan(at('Vienna'));
    expect(geneva.questions.count).toBeGreaterThan(0);
    expect(geneva.questions.prompts).toBeNull();
  });
});

describe('where the reports disagree', () => {
  it('lists the 003/004 disagreements: another speaker, another status, quotations worded differently', async () => {
    const list = await listConflicts(t.db, student, slugOf.get(A003));
    const between = list.filter((c) => c.articles.map((a) => a.slug).sort().join() === [slugOf.get(A003), slugOf.get(A004)].sort().join());
    expect(new Set(between.map((c) => c.kind))).toEqual(new Set(['speaker', 'status', 'wording']));
    const speaker = await getConflict(t.db, student, between.find((c) => c.kind === 'speaker')!.id);
    expect(speaker!.claims.map((c) => [c.slug, c.says, c.copyRole])).toEqual([
      [slugOf.get(A003), 'Antony Blinken', 'original'],
      [slugOf.get(A004), 'Vladimir Putin', 'copy'],
    ]);
    for (const claim of speaker!.claims) expect(claim.sentence.slice(claim.words.start, claim.words.end)).toBe('reciprocal');
  });

  it('marks 004 as the report that disagrees with the others, and 003 as its original', async () => {
    const standings = await getLibraryStandings(t.db, student);
    expect(standings.get(A004)).toMatchObject({ disagreesWithOthers: true, copyOf: { slug: slugOf.get(A003) } });
    expect(standings.get(A003)).toMatchObject({ disagreesWithOthers: false, copyOf: null });
    expect(standings.get(A003)!.originalOf.map((a) => a.slug)).toEqual([slugOf.get(A004)]);
    expect([...standings.values()].filter((s) => s.disagreesWithOthers)).toHaveLength(1);
  });

  it('keeps the curated reference of a name disagreement', async () => {
    const names = (await listConflicts(t.db, student)).filter((c) => c.kind === 'name');
    expect(names.map((c) => c.reference)).toEqual(expect.arrayContaining(['Antony Blinken', 'Dmitry Peskov', 'Volodymyr Zelensky']));
  });
});

describe('the reader', () => {
  it('marks quotations with speaker and role, meetings at their words, figures at their number', async () => {
    const facts = await getReaderFacts(t.db, student, A000);
    const body = (await getArticle(t.db, student, slugOf.get(A000)))!.body;
    const blinken = facts!.quotes.filter((q) => q.person?.id === 'antony-blinken');
    expect(blinken.length).toBeGreaterThan(3);
    expect(blinken[0]!.person).toMatchObject({ name: 'Antony Blinken', shortName: 'Blinken', role: 'US Secretary of State' });
    const geneva = facts!.meetings.find((m) => m.place === 'Geneva')!;
    expect(body.slice(geneva.range!.start, geneva.range!.end)).toBe('bilateral meeting');
    const troops = facts!.figures.find((f) => f.raw === '100,000' && f.unit === 'troops');
    expect(body.slice(troops!.range.start, troops!.range.end)).toBe('100,000');
  });

  it('links a disputed quotation to the other report’s sentence, and a shared one to the reports that agree', async () => {
    const facts = await getReaderFacts(t.db, student, A003);
    const reciprocal = facts!.quotes.find((q) => q.disputes.some((d) => d.claims.some((c) => c.says === 'Vladimir Putin')))!;
    const there = reciprocal.disputes[0]!.claims.find((c) => !c.isHere)!;
    expect(there.slug).toBe(slugOf.get(A004));
    const body004 = (await getArticle(t.db, student, slugOf.get(A004)))!.body;
    expect(body004.slice(there.range!.start, there.range!.end)).toContain('reciprocal');
    const echoed = facts!.quotes.find((q) => q.echoes.some((e) => e.slug === slugOf.get(A004) && e.range));
    expect(echoed).toBeDefined();
    expect(facts!.standing?.originalOf.map((a) => a.slug)).toEqual([slugOf.get(A004)]);
    expect((await getReaderFacts(t.db, student, A004))!.standing).toMatchObject({ disagreesWithOthers: true, copyOf: { slug: slugOf.get(A003) } });
  });
});

describe('a teacher’s upload stays with that teacher and their students', () => {
  const sees = async (caller: Caller) => ({
    article: (await getArticle(t.db, caller, 'ada-upload-report')) !== null,
    listed: (await getLibraryView(t.db, caller)).refs.some((a) => a.id === UPLOAD),
    facts: (await getReaderFacts(t.db, caller, UPLOAD)) !== null,
    person: (await getPerson(t.db, caller, 'ada-upload')) !== null,
    inList: (await listPeople(t.db, caller)).some((p) => p.id === 'ada-upload'),
    timeline: (await getTimeline(t.db, caller)).some((e) => e.reports.some((r) => r.id === 'meeting-ada')),
    conflict: (await getConflict(t.db, caller, 'conflict-ada')) !== null,
    conflictListed: (await listConflicts(t.db, caller)).some((c) => c.id === 'conflict-ada'),
  });
  const all = (value: boolean) => ({ article: value, listed: value, facts: value, person: value, inList: value, timeline: value, conflict: value, conflictListed: value });

  it('the owner and the owner’s students see it everywhere', async () => {
    expect(await sees(owner)).toEqual(all(true));
    expect(await sees(ownersStudent)).toEqual(all(true));
  });

  it('another teacher, their students and a student in no class see it nowhere', async () => {
    for (const caller of [otherTeacher, otherStudent, student, teacher]) expect(await sees(caller)).toEqual(all(false));
  });

  it('a student who leaves the class, or whose class is archived, loses it', async () => {
    await t.db.update(enrollments).set({ removedAt: new Date(), removedReason: 'left' }).where(eq(enrollments.studentId, ownersStudent.id));
    expect(await sees(ownersStudent)).toEqual(all(false));
    await t.db.update(enrollments).set({ removedAt: null, removedReason: null }).where(eq(enrollments.studentId, ownersStudent.id));
    await t.db.update(classes).set({ archivedAt: new Date() }).where(eq(classes.teacherId, owner.id));
    expect(await sees(ownersStudent)).toEqual(all(false));
    await t.db.update(classes).set({ archivedAt: null }).where(eq(classes.teacherId, owner.id));
    expect(await sees(ownersStudent)).toEqual(all(true));
  });

  it('forged or malformed ids are a miss, not an error', async () => {
    for (const id of [...FORGED_IDS, 'no-such-person', '../etc/passwd', 'a'.repeat(500)]) {
      expect(await getPerson(t.db, student, id)).toBeNull();
      expect(await getConflict(t.db, student, id)).toBeNull();
    }
    expect(await getReaderFacts(t.db, student, 'no-such-article')).toBeNull();
    expect(await listConflicts(t.db, student, 'no-such-article')).toEqual([]);
  });
});
