/**
 * What offline study adds to a student's first visit: a new student of the demo class opens /flashcards
 * in a fresh phone browser; every response is counted (gzip size of its body) by who fetched it: the
 * page, or the service worker (its own script, and the pages and files it saves for offline use).
 * Then the network is switched off and the flashcards are opened again, counting what still went out.
 *
 *   npx tsx scripts/measure-offline-cost.ts http://127.0.0.1:3000
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Response } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
type Tally = { requests: number; gz: number; raw: number };
const tally = (): Tally => ({ requests: 0, gz: 0, raw: 0 });

async function main() {
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/signup`);
  const login = `measure${Date.now().toString(36)}`;
  await page.getByLabel('Display name', { exact: true }).fill('Measure Offline');
  await page.getByLabel('Email or username', { exact: true }).fill(login);
  await page.getByLabel('Password', { exact: true }).fill('a quiet river at dawn 42');
  await page.getByLabel('Class code (optional)', { exact: true }).fill('DEMO-2026');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/library$/);
  await page.close();

  const byPage = tally();
  const bySw = tally();
  const swFiles: string[] = [];
  const pageUrls = new Set<string>();
  const pending: Promise<void>[] = [];
  // Sized by fetching again here: the browser does not hand out bodies of the worker's own fetches.
  const sizeOf = async (url: string) => {
    const body = Buffer.from(await (await fetch(url, { headers: { cookie: cookies } })).arrayBuffer());
    return { raw: body.length, gz: gzipSync(body).length };
  };
  let cookies = '';
  const count = (response: Response) => {
    const fromWorker = Boolean(response.request().serviceWorker());
    // A response the worker answered from its cache is not a network fetch.
    if (!fromWorker && response.fromServiceWorker()) return;
    const url = response.url();
    const into = fromWorker || url.endsWith('/sw.js') ? bySw : byPage;
    if (into === byPage) pageUrls.add(url);
    pending.push(
      sizeOf(url)
        .then(({ raw, gz }) => {
          // Already loaded by the page: the worker's copy comes from the HTTP cache, not the network.
          if (into === bySw && pageUrls.has(url) && url.includes('/_next/static/')) return void swFiles.push(`${new URL(url).pathname} (from the HTTP cache)`);
          into.requests++;
          into.raw += raw;
          into.gz += gz;
          if (into === bySw) swFiles.push(`${new URL(url).pathname} ${(gz / 1024).toFixed(1)} kB`);
        })
        .catch(() => undefined),
    );
  };
  cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  context.on('response', count);
  const cold = await context.newPage();
  await cold.goto(`${base}/flashcards`, { waitUntil: 'load' });
  await cold.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await cold.waitForLoadState('networkidle');
  await cold.waitForTimeout(3000);
  await Promise.all(pending);
  const html = await (await cold.request.get(`${base}/flashcards`)).body();
  const cardCount = Number(/(\d+) cards? left/.exec(await cold.getByTestId('cards-left').innerText())?.[1] ?? 0);

  const kb = (t: Tally) => `${t.requests} requests, ${(t.gz / 1024).toFixed(1)} kB gzipped (${(t.raw / 1024).toFixed(1)} kB raw)`;
  console.log(`first visit to /flashcards, page:            ${kb(byPage)}`);
  console.log(`  of which the page's HTML (${cardCount} cards):      ${(gzipSync(html).length / 1024).toFixed(1)} kB gzipped`);
  console.log(`first visit, service worker and its saving:  ${kb(bySw)}`);
  for (const line of swFiles) console.log(`    ${line}`);

  const before = { ...byPage, requests: byPage.requests + bySw.requests };
  await context.setOffline(true);
  await cold.goto(`${base}/flashcards`);
  await cold.getByTestId('flashcard').waitFor();
  await Promise.all(pending);
  console.log(`offline reopen: flashcards shown; network requests made: ${byPage.requests + bySw.requests - before.requests}`);
  await browser.close();
}

void main();
