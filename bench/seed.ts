/**
 * Prepares a database for the HTTP bench, in a process of its own (PGlite has one owner at a time, so this
 * runs and exits before the server starts): the app's own start-up work (migrations, import, demo accounts),
 * then bench students with a password made for this run, and, when the write scenarios will run, quiz
 * attempts to answer and flashcards to review. Earlier bench rows are replaced, so every run starts alike.
 *
 *   BENCH_USERS=30 BENCH_PASSWORD=… BENCH_APP_PAIRS_PER_USER=800 BENCH_REFERENCE_PAIRS_PER_USER=6000 BENCH_CARDS_PER_USER=20 \
 *   BENCH_FIXTURE_OUT=file.json tsx bench/seed.ts        (DATABASE_URL or CITED_DATA_DIR picks the database)
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { and, desc, eq, inArray, isNull, like, ne, sql } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { ensureDatabaseReady } from '@/db/bootstrap';
import { effectiveVersion } from '@/db/queries/question-versions';
import { articles, attemptQuestions, attempts, cards, questions, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { ARTICLE_QUIZ_LENGTH } from '@/lib/quiz/pick';
import { BENCH_USER_PREFIX, type BenchFixture } from './fixture';

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

async function main() {
  const userCount = numberFromEnv('BENCH_USERS', 30);
  const appPairsPerUser = numberFromEnv('BENCH_APP_PAIRS_PER_USER', 0);
  const referencePairsPerUser = numberFromEnv('BENCH_REFERENCE_PAIRS_PER_USER', 0);
  const cardsPerUser = numberFromEnv('BENCH_CARDS_PER_USER', 0);
  const password = process.env.BENCH_PASSWORD;
  const out = process.env.BENCH_FIXTURE_OUT;
  if (!password || !out) throw new Error('BENCH_PASSWORD and BENCH_FIXTURE_OUT are required');

  const db = getDb();
  await ensureDatabaseReady(db);
  // The bench databases are its own (.data/bench, a fresh PostgreSQL database), but never turn a teacher into a bench student.
  const strangers = await db.select({ id: users.id }).from(users).where(and(like(users.username, `${BENCH_USER_PREFIX}%`), eq(users.role, 'teacher')));
  if (strangers.length) throw new Error(`teachers with usernames starting "${BENCH_USER_PREFIX}" exist; the bench will not reuse them`);

  // One hash for every bench student: argon2 is slow on purpose, and they share this run's password.
  const passwordHash = await hashPassword(password);
  const usernames = Array.from({ length: userCount }, (_, i) => `${BENCH_USER_PREFIX}${String(i + 1).padStart(3, '0')}`);
  await db
    .insert(users)
    .values(usernames.map((username, i) => ({ role: 'student' as const, username, displayName: `Bench student ${i + 1}`, passwordHash })))
    .onConflictDoUpdate({ target: users.username, set: { passwordHash } });
  const students = await db.select({ id: users.id, username: users.username }).from(users).where(like(users.username, `${BENCH_USER_PREFIX}%`));
  const benchIds = students.map((s) => s.id);
  // Replaced, not accumulated: attempts take their answers along, cards their review logs.
  await db.delete(attempts).where(inArray(attempts.studentId, benchIds));
  await db.delete(cards).where(inArray(cards.studentId, benchIds));

  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, bodyChars: sql<number>`length(${articles.body})`.mapWith(Number) })
    .from(articles)
    .where(isNull(articles.retiredAt))
    .orderBy(desc(sql`length(${articles.body})`))
    .limit(1);
  if (!article) throw new Error('the library is empty: nothing to bench');
  const bank = await db.select().from(questions).where(ne(questions.status, 'retired')).orderBy(questions.id);
  const versions = bank.map((q) => ({ questionId: q.id, version: effectiveVersion(q) }));

  const fixture: BenchFixture = {
    users: [],
    // The route refuses a choice the question did not offer: answer with its first choice (right or wrong).
    responses: Object.fromEntries(versions.map((v) => [v.questionId, v.version.choices[0] ?? v.version.answer])),
    article: { slug: article.slug, title: article.title, bodyChars: article.bodyChars },
    articles: (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(articles))[0]?.n ?? 0,
    questions: bank.length,
  };
  for (const username of usernames) {
    const student = students.find((s) => s.username === username);
    if (!student) throw new Error(`bench student ${username} was not created`);
    // Quizzes of ARTICLE_QUIZ_LENGTH questions, as the app starts them (each answer settles its attempt by
    // counting the attempt's answers, so a quiz as long as the whole bank would cost more per answer than any
    // real one), covering the bank as many times as it takes to give at least BENCH_APP_PAIRS_PER_USER questions
    // to answer. One statement for the attempts, a few for their questions.
    const covers = versions.length ? Math.ceil(appPairsPerUser / versions.length) : 0;
    const quizzes = Array.from({ length: covers }, () => chunk(versions, ARTICLE_QUIZ_LENGTH)).flat();
    const quizIds = quizzes.map(() => randomUUID());
    if (quizzes.length) await db.insert(attempts).values(quizzes.map((quiz, q) => ({ id: quizIds[q], studentId: student.id, mode: 'article' as const, articleId: article.id, questionCount: quiz.length })));
    const asked = quizzes.flatMap((quiz, q) => quiz.map((v, position) => ({ attemptId: quizIds[q] as string, questionId: v.questionId, position, version: v.version })));
    for (const part of chunk(asked, 2_000)) await db.insert(attemptQuestions).values(part);
    const pairs = asked.map((a): [string, string] => [a.attemptId, a.questionId]);
    // The references insert an answer without reading the attempt's questions: plain attempts, one statement.
    const referenceAttemptCount = versions.length ? Math.ceil(referencePairsPerUser / versions.length) : 0;
    const referenceAttempts = referenceAttemptCount
      ? await db.insert(attempts).values(Array.from({ length: referenceAttemptCount }, () => ({ studentId: student.id, mode: 'article' as const, articleId: article.id, questionCount: versions.length }))).returning({ id: attempts.id })
      : [];
    const referencePairs = referenceAttempts.flatMap((a) => versions.map((v): [string, string] => [a.id, v.questionId]));
    const due = new Date();
    const picked = versions.slice(0, cardsPerUser).map((v) => ({ studentId: student.id, questionId: v.questionId, due }));
    const cardRows = picked.length ? await db.insert(cards).values(picked).returning({ id: cards.id }) : [];
    fixture.users.push({ username, pairs, referencePairs, cards: cardRows.map((c) => c.id), cardsDue: due.toISOString() });
  }
  writeFileSync(out, JSON.stringify(fixture));
  await closeDb(db);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
