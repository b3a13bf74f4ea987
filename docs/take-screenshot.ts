/**
 * Refreshes docs/screenshot-library.png: the library as the demo student `ana` sees it on a 360 px phone.
 * Needs a running app: `npm run build && npm start`, then `npx tsx docs/take-screenshot.ts [BASE_URL]`.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

const baseURL = process.argv[2] ?? 'http://127.0.0.1:3000';
const system = '/usr/bin/chromium';
const useSystem = !existsSync(chromium.executablePath()) && existsSync(system);

const browser = await chromium.launch(
  useSystem ? { executablePath: system, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] } : {},
);
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.goto(`${baseURL}/signin`);
  await page.getByLabel('Email or username', { exact: true }).fill('ana');
  await page.getByLabel('Password', { exact: true }).fill('cited-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/library$/);
  await page.getByRole('heading', { level: 1, name: 'Article library' }).waitFor();
  const file = path.join(import.meta.dirname, 'screenshot-library.png');
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
}
