/**
 * First-load JavaScript per student page, gzipped: signs in as a demo student on a running server, opens
 * each page at a phone viewport, and sums the gzip size of every script it fetched — those in the HTML
 * ("first load") and those fetched after it, until the network is idle (lazy chunks such as the charts).
 *
 *   npx tsx scripts/measure-first-load.ts http://127.0.0.1:3000
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Page } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';

async function scriptsOf(page: Page, url: string) {
  const sizes = new Map<string, { gz: number; lazy: boolean }>();
  let loaded = false;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const lazy = loaded;
    pending.push(
      response
        .body()
        .then((body) => void sizes.set(response.url(), { gz: gzipSync(body).length, lazy }))
        .catch(() => {}),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const first = [...sizes.values()].filter((s) => !s.lazy).reduce((n, s) => n + s.gz, 0);
  const lazy = [...sizes.values()].filter((s) => s.lazy).reduce((n, s) => n + s.gz, 0);
  return { first, lazy, files: sizes.size };
}

async function main() {
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.getByLabel('Email or username', { exact: true }).fill('ben');
  await page.getByLabel('Password', { exact: true }).fill('cited-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/library$/);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: /Start quiz|Try again/ }).first().click();
  await page.waitForURL(/\/quiz\//);
  const quizUrl = page.url();
  const rows: [string, string][] = [['home', '/'], ['quiz', new URL(quizUrl).pathname], ['flashcards', '/flashcards'], ['progress', '/progress'], ['library', '/library']];
  console.log('page        first-load JS (gzip)   + loaded after (gzip)   scripts');
  for (const [name, path] of rows) {
    const fresh = await context.newPage();
    const { first, lazy, files } = await scriptsOf(fresh, `${base}${path}`);
    console.log(`${name.padEnd(11)} ${(first / 1024).toFixed(1).padStart(8)} kB ${(lazy / 1024).toFixed(1).padStart(20)} kB ${String(files).padStart(12)}`);
    await fresh.close();
  }
  await browser.close();
}

void main();
