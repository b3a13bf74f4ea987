import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { DEFAULT_CONTENT_DIR, importContent } from '@/db/import-content';
import { createClass } from '@/db/queries/classes';
import { createUpload, unsafeRunImportJob } from '@/db/queries/uploads';
import { EVERYONE, type Caller } from '@/db/queries/users';
import { listArticles } from '@/db/queries/articles';
import { getLibraryStandings } from '@/db/queries/conflicts';
import { invalidateSharedLibrary, refreshSharedArticleSlugs, sharedArticle, sharedLibraryList } from '@/app/_lib/shared-library';
import { sharedArticleSlugs } from '@/app/_lib/shared-article-slugs';
import { getArticleReaderParts } from '@/db/queries/article-reader';
import { addArticleToFlashcards } from '@/db/queries/cards';
import { cards, questions } from '@/db/schema';
import { and, eq } from 'drizzle-orm';
import { decideQuestions } from '@/db/queries/review-decisions';
import { FORGED_IDS, makeCaller } from './helpers';

// The page of an article and the library list are built from these, once per import, for everyone whose
// library is the same (app/_lib/shared-library.ts).
let t: TestDb;
let contentDir: string;
let teacher: Caller, classmate: Caller, stranger: Caller;
const FILE = '000_b14f648e1192a9e9.md';
const SLUG = 'us-secretary-of-state-says-diplomatic-solution-to-ukraine';

beforeAll(async () => {
  t = await createTestDb();
  contentDir = await mkdtemp(path.join(tmpdir(), 'cited-shared-'));
  await cp(DEFAULT_CONTENT_DIR, contentDir, { recursive: true });
  await importContent(t.db, { contentDir });
  invalidateSharedLibrary();
  teacher = await makeCaller(t.db, 'teacher', 'Uploader');
  const cls = (await createClass(t.db, teacher, { name: 'Shared' }))!;
  [classmate, stranger] = await Promise.all([makeCaller(t.db, 'student', 'Classmate', { joinCode: cls.joinCode }), makeCaller(t.db, 'student', 'Stranger')]);
});
afterAll(async () => {
  invalidateSharedLibrary();
  await t?.close();
  await rm(contentDir, { recursive: true, force: true });
});

describe('the shared library pages', () => {
  it('show an article changed by an import once the import has dropped them', async () => {
    const before = (await sharedArticle(t.db, stranger, SLUG))!;
    expect(before.bodyHtml).toContain('Tony Blinken said a diplomatic resolution');
    expect(before.panelsHtml).toContain('popover="auto"');

    const file = path.join(contentDir, FILE);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Tony Blinken said a diplomatic resolution', 'Tony Blinken said a peaceful resolution'));
    await importContent(t.db, { contentDir });
    // Within one process the import drops the shared data at once (app/api/internal/import/route.ts does this).
    invalidateSharedLibrary();

    const after = (await sharedArticle(t.db, stranger, SLUG))!;
    expect(after.bodyHtml).toContain('Tony Blinken said a peaceful resolution');
    expect(after.bodyHtml).not.toContain('a diplomatic resolution');
    expect(after.article.body).toContain('a peaceful resolution');
  });

  it('never serve an upload built for its class to a student outside it, nor list it for them', async () => {
    const text = await readFile(path.join(import.meta.dirname, '../fixtures/unseen/central-bank.txt'), 'utf8');
    const created = (await createUpload(t.db, teacher, { fileName: 'central-bank.txt', text }))!;
    await unsafeRunImportJob(t.db, created.jobId);
    invalidateSharedLibrary();

    // The class's copy is built first and sits in the shared store...
    const seen = await sharedArticle(t.db, classmate, created.articleSlug);
    expect(seen?.article.slug).toBe(created.articleSlug);
    expect((await sharedLibraryList(t.db, classmate)).articles.some((a) => a.slug === created.articleSlug)).toBe(true);
    // ...and a student outside the class still gets nothing from it: their library is keyed apart.
    expect(await sharedArticle(t.db, stranger, created.articleSlug)).toBeNull();
    expect((await sharedLibraryList(t.db, stranger)).articles.some((a) => a.slug === created.articleSlug)).toBe(false);
    // Another teacher neither.
    const otherTeacher = await makeCaller(t.db, 'teacher', 'Bystander');
    expect(await sharedArticle(t.db, otherTeacher, created.articleSlug)).toBeNull();
  });

  it('render the library page once for everyone from the shared library only: no upload, even for its class', async () => {
    const text = await readFile(path.join(import.meta.dirname, '../fixtures/unseen/central-bank.txt'), 'utf8');
    const created = (await createUpload(t.db, teacher, { fileName: 'second-upload.txt', text: text.replace('central bank', 'central bank of the second upload') }))!;
    await unsafeRunImportJob(t.db, created.jobId);
    invalidateSharedLibrary();
    expect((await listArticles(t.db, classmate)).some((a) => a.slug === created.articleSlug)).toBe(true);

    // app/(shared)/library renders with EVERYONE: every article of the folder, none uploaded.
    const everyone = await listArticles(t.db, EVERYONE);
    expect(everyone.length).toBeGreaterThanOrEqual(5);
    expect(everyone.every((a) => a.origin === 'folder')).toBe(true);
    const standings = await getLibraryStandings(t.db, EVERYONE);
    expect([...standings.values()].map((s) => s.article.slug)).not.toContain(created.articleSlug);
    // The uploads reach their readers through GET /api/library/uploads, from their own library.
    expect((await sharedLibraryList(t.db, classmate)).articles.filter((a) => a.origin === 'upload').map((a) => a.slug)).toContain(created.articleSlug);
  });
});

describe('an article page rendered once for everyone', () => {
  it('sends a student only their own card count, a teacher the way to its questions, and nothing of another class', async () => {
    const other = await makeCaller(t.db, 'student', 'Other');
    // A student with no teacher studies every generated question of the folder articles.
    const added = (await addArticleToFlashcards(t.db, stranger, SLUG))!;
    expect(added.total).toBeGreaterThan(0);
    expect(await getArticleReaderParts(t.db, stranger, SLUG)).toEqual({ role: 'student', cardsAlready: added.total, cardsInArticle: added.total });
    expect(await getArticleReaderParts(t.db, other, SLUG)).toEqual({ role: 'student', cardsAlready: 0, cardsInArticle: added.total });
    expect(await getArticleReaderParts(t.db, teacher, SLUG)).toEqual({ role: 'teacher' });

    // Some of the article's questions already cards (an assignment put them there): the rest are still offered, and added once.
    const partial = await makeCaller(t.db, 'student', 'Partial');
    const [first] = await t.db.select({ questionId: cards.questionId }).from(cards).where(eq(cards.studentId, stranger.id)).limit(1);
    await t.db.insert(cards).values({ studentId: partial.id, questionId: first!.questionId, due: new Date() });
    expect(await getArticleReaderParts(t.db, partial, SLUG)).toEqual({ role: 'student', cardsAlready: 1, cardsInArticle: added.total });
    expect(await addArticleToFlashcards(t.db, partial, SLUG)).toEqual({ added: added.total - 1, total: added.total });
    expect(await getArticleReaderParts(t.db, partial, SLUG)).toEqual({ role: 'student', cardsAlready: added.total, cardsInArticle: added.total });

    // An upload: its class and its teacher get their parts; a student outside it and another teacher a miss.
    const text = await readFile(path.join(import.meta.dirname, '../fixtures/unseen/central-bank.txt'), 'utf8');
    const created = (await createUpload(t.db, teacher, { fileName: 'reader-parts.txt', text: text.replace('central bank', 'central bank of the reader parts') }))!;
    await unsafeRunImportJob(t.db, created.jobId);
    // Its teacher has approved none of the upload's questions yet: nothing for the class to add.
    expect(await getArticleReaderParts(t.db, classmate, created.articleSlug)).toEqual({ role: 'student', cardsAlready: 0, cardsInArticle: 0 });
    // Two approved: the class is offered those two, the count agrees with what "Add" adds, and a rejection counts for nothing.
    const uploaded = await t.db.select({ id: questions.id }).from(questions).where(and(eq(questions.articleId, created.articleId), eq(questions.status, 'generated')));
    expect(uploaded.length).toBeGreaterThan(2);
    expect(await decideQuestions(t.db, teacher, { decision: 'approved', [`q:${uploaded[0]!.id}`]: 'on', [`q:${uploaded[1]!.id}`]: 'on' })).toEqual({ count: 2, decision: 'approved' });
    await decideQuestions(t.db, teacher, { one: `rejected:${uploaded[2]!.id}` });
    expect(await getArticleReaderParts(t.db, classmate, created.articleSlug)).toEqual({ role: 'student', cardsAlready: 0, cardsInArticle: 2 });
    expect(await addArticleToFlashcards(t.db, classmate, created.articleSlug)).toEqual({ added: 2, total: 2 });
    expect(await getArticleReaderParts(t.db, classmate, created.articleSlug)).toEqual({ role: 'student', cardsAlready: 2, cardsInArticle: 2 });
    expect(await getArticleReaderParts(t.db, teacher, created.articleSlug)).toEqual({ role: 'teacher' });
    expect(await getArticleReaderParts(t.db, stranger, created.articleSlug)).toBeNull();
    expect(await getArticleReaderParts(t.db, await makeCaller(t.db, 'teacher', 'Elsewhere'), created.articleSlug)).toBeNull();
    for (const forged of [...FORGED_IDS, 'no-such-article']) expect(await getArticleReaderParts(t.db, classmate, forged)).toBeNull();
  });

  it('is where the proxy sends the folder articles only: an upload stays with the page drawn per request', async () => {
    invalidateSharedLibrary();
    await refreshSharedArticleSlugs(t.db);
    const slugs = sharedArticleSlugs();
    expect(slugs.has(SLUG)).toBe(true);
    const uploads = (await sharedLibraryList(t.db, classmate)).articles.filter((a) => a.origin === 'upload');
    expect(uploads.length).toBeGreaterThan(0);
    for (const upload of uploads) expect(slugs.has(upload.slug)).toBe(false);
    expect(slugs.size).toBe((await listArticles(t.db, EVERYONE)).length);
  });
});
