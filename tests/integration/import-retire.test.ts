import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { importContent, type ContentPipeline } from '@/db/import-content';
import { answers, attempts, questions } from '@/db/schema';
import type { Question } from '@/lib/generate/types';
import { makeCaller } from './helpers';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

const question = (id: string, explanation = 'Because the article says so.'): Question => ({
  id,
  kind: 'where',
  prompt: `Where (${id})?`,
  choices: ['Geneva', 'Brussels', 'Vienna', 'Paris'],
  answer: 'Geneva',
  explanation,
  sources: [{ article: '000_b14f648e1192a9e9', start: 0, end: 10 }],
  difficulty: 0.4,
  tags: ['kind:where'],
  factIds: [],
});

// A fixed bank stands in for the generator so each run's output is known exactly.
const pipelineOf = (bank: Question[]): ContentPipeline => ({
  extract: () => ({ articles: [], people: [], clusters: [], conflicts: [] }),
  generate: () => bank,
});

const statusOf = async (id: string) => (await t.db.select({ status: questions.status }).from(questions).where(eq(questions.id, id)))[0]?.status;

describe('regenerating the question bank', () => {
  it('retires vanished questions (keeping learners’ answers), rewrites changed ones and revives returning ones', async () => {
    await importContent(t.db, { pipeline: pipelineOf([question('q1'), question('q2'), question('q-teacher')]) });
    const student = await makeCaller(t.db, 'student', 'Learner');
    const [attempt] = await t.db.insert(attempts).values({ studentId: student.id, mode: 'article' }).returning();
    await t.db.insert(answers).values({ id: crypto.randomUUID(), attemptId: attempt!.id, questionId: 'q1', response: 'Geneva', isCorrect: true });
    // Retired by hand (an operator's fix): regeneration must not undo that.
    await t.db.update(questions).set({ status: 'retired' }).where(eq(questions.id, 'q-teacher'));

    const second = await importContent(t.db, { pipeline: pipelineOf([question('q2', 'A better explanation.'), question('q3'), question('q-teacher')]) });
    expect(second.questions).toEqual({ total: 3, written: 2, retired: 1 });
    expect(await statusOf('q1')).toBe('retired');
    expect(await t.db.$count(answers, eq(answers.questionId, 'q1'))).toBe(1);
    expect((await t.db.select().from(questions).where(eq(questions.id, 'q2')))[0]?.explanation).toBe('A better explanation.');

    const third = await importContent(t.db, { pipeline: pipelineOf([question('q1'), question('q2', 'A better explanation.'), question('q3'), question('q-teacher')]) });
    expect(third.questions).toEqual({ total: 4, written: 1, retired: 0 });
    expect(await statusOf('q1')).toBe('generated');
    expect(await statusOf('q-teacher')).toBe('retired');
  });
});
