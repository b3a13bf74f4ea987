/**
 * A quick latency check of the two write routes through real HTTP (session check, validation, access
 * check, insert): signs up a student in the demo class on a running server, starts the demo quiz and
 * opens the flashcards, then runs autocannon on POST /api/answers and POST /api/reviews, one event per
 * request, each under a fresh id. Not the project's benchmark (that is `npm run bench`); a smoke figure.
 *
 *   npx tsx scripts/bench-writes.ts http://127.0.0.1:3000 [seconds]
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const seconds = Number(process.argv[3] ?? 10);

async function prepare() {
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/signup`);
  await page.getByRole('radio', { name: 'Student' }).check();
  await page.getByLabel('Display name', { exact: true }).fill('Bench Student');
  await page.getByLabel('Email or username', { exact: true }).fill(`bench${Date.now().toString(36)}`);
  await page.getByLabel('Password', { exact: true }).fill('a quiet river at dawn 42');
  await page.getByLabel('Class code (optional)', { exact: true }).fill('DEMO-2026');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/library$/);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Start quiz' }).first().click();
  await page.waitForURL(/\/quiz\//);
  const attemptId = page.url().split('/').pop()!;
  // The questions (with their choices) and cards come from the data the pages embed for hydration.
  const html = (await (await page.request.get(`${base}/quiz/${attemptId}`)).text()).replace(/\\"/g, '"');
  const questions = [...html.matchAll(/"questionId":"(q_[0-9a-f]+)","position":\d+,"kind":"[^"]+","prompt":"(?:[^"\\]|\\.)*","choices":\[(.*?)\]/g)].map((m) => ({
    questionId: m[1]!,
    response: (JSON.parse(`[${m[2]}]`) as string[])[0] ?? 'nobody',
  }));
  const flash = await (await page.request.get(`${base}/flashcards`)).text();
  const cardIds = [...new Set([...flash.matchAll(/cardId\\?":\\?"([0-9a-f-]{36})/g)].map((m) => m[1]!))];
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await browser.close();
  return { attemptId, questions, cardIds, cookie };
}

function run(title: string, path: string, body: () => string, cookie: string) {
  return new Promise<void>((resolve) => {
    const instance = autocannon(
      {
        url: `${base}${path}`,
        method: 'POST',
        connections: Number(process.env.CONNECTIONS ?? 4),
        duration: seconds,
        headers: { 'content-type': 'application/json', origin: base, cookie },
        requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
      },
      (error, result) => {
        if (error) throw error;
        const l = result.latency;
        console.log(`${title.padEnd(28)} ${String(result.requests.total).padStart(6)} req  p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  max ${l.max} ms  non-2xx ${result.non2xx}`);
        resolve();
      },
    );
    void instance;
  });
}

async function main() {
  const { attemptId, questions, cardIds, cookie } = await prepare();
  if (!questions.length || !cardIds.length) throw new Error(`could not find questions (${questions.length}) or cards (${cardIds.length})`);
  let n = 0;
  await run('POST /api/answers', '/api/answers', () => {
    // The first answer to each question is stored; later ones get "the first answer counts" (insert, conflict, read back).
    const { questionId, response } = questions[n++ % questions.length]!;
    return JSON.stringify({ answers: [{ id: randomUUID(), attemptId, questionId, response, answeredAt: new Date().toISOString() }] });
  }, cookie);
  await run('POST /api/reviews', '/api/reviews', () => {
    const cardId = cardIds[n++ % cardIds.length]!;
    return JSON.stringify({ events: [{ type: 'review', id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString() }] });
  }, cookie);
}

void main();
