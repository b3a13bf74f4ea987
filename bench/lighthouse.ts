/**
 * The Lighthouse part of `npm run bench` (`--only=lighthouse`): mobile Lighthouse (its default: a mid-range
 * phone, simulated slow 4G and a 4× slower CPU) on the pages a class uses, signed in, against `next start`
 * of the production build on a fresh PGlite folder with the demo accounts: the student `ana` (home, a quiz,
 * flashcards, progress, library, an article) and the demo teacher (a class). Playwright signs in through
 * the real form and opens a quiz; Lighthouse then loads each page with the session cookie.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthousePage } from './options';
import { startServer } from './processes';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseRow {
  page: string;
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint, Total Blocking Time (ms) and Cumulative Layout Shift. */
  metrics: { lcpMs: number | null; tbtMs: number | null; cls: number | null };
  /** Audits that failed in the accessibility and best-practices categories, and the performance audits that cost most. */
  findings: string[];
  error?: string;
}

const DEMO_PASSWORD = 'cited-demo-2026';
const DEMO_QUIZ = 'Quiz: the Geneva talks';
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
}

/** Signs in through the form and returns the session cookie as a `Cookie` header. */
async function signedIn(browser: Browser, baseUrl: string, login: string) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Email or username', { exact: true }).fill(login);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // On a busy machine the fresh database can take half a minute to open after the server answers.
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 120_000 });
  const cookies = await context.cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { context, page, cookie };
}

type Target = { key: LighthousePage; page: string; path: string };

/** The student's pages: a quiz is started from the home page (its attempt id is made there). */
async function studentPages(browser: Browser, baseUrl: string) {
  const { context, page, cookie } = await signedIn(browser, baseUrl, 'ana');
  await page.goto('/library');
  const article = await page.locator('a[href^="/articles/"]').first().getAttribute('href');
  await page.goto('/');
  const start = page.getByTestId('assignment').filter({ has: page.getByRole('heading', { name: DEMO_QUIZ }) }).getByRole('button', { name: /Start quiz|Continue|Resume/ });
  let quiz: string | null = null;
  if (await start.count()) {
    await start.first().click();
    await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
    quiz = new URL(page.url()).pathname;
  }
  await context.close();
  const pages: Target[] = [{ key: 'home', page: 'home', path: '/' }];
  if (quiz) pages.push({ key: 'quiz', page: 'quiz', path: quiz });
  pages.push({ key: 'flashcards', page: 'flashcards', path: '/flashcards' }, { key: 'progress', page: 'progress', path: '/progress' }, { key: 'library', page: 'library', path: '/library' });
  if (article) pages.push({ key: 'article', page: 'article', path: article });
  return { cookie, pages };
}

async function teacherPages(browser: Browser, baseUrl: string) {
  const { context, page, cookie } = await signedIn(browser, baseUrl, 'teacher@cited.test');
  await page.goto('/classes');
  const href = await page.locator('a[href^="/classes/"]').first().getAttribute('href');
  await context.close();
  return { cookie, pages: href ? [{ key: 'class', page: 'teacher: class', path: href } satisfies Target] : [] };
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string; details?: { type?: string; overallSavingsMs?: number; items?: { node?: { snippet?: string; selector?: string } }[] } }>;
  finalDisplayedUrl: string;
  runtimeError?: { message: string };
};

function findingsOf(lhr: Lhr): string[] {
  const found: string[] = [];
  for (const category of ['accessibility', 'best-practices'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      const nodes = (audit.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean).slice(0, 3);
      found.push(`${category}: ${audit.id}${nodes.length ? ` (${nodes.join(', ')})` : ''}`);
    }
  }
  const slow = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) >= 100)
    .sort((a, b) => (b.details?.overallSavingsMs ?? 0) - (a.details?.overallSavingsMs ?? 0))
    .slice(0, 3);
  for (const a of slow) found.push(`performance: ${a.id} (${Math.round(a.details?.overallSavingsMs ?? 0)} ms)`);
  for (const id of ['largest-contentful-paint-element', 'render-blocking-resources', 'bootup-time']) {
    const a = lhr.audits[id];
    if (a && a.score !== null && a.score < 0.9 && a.displayValue) found.push(`performance: ${id} ${a.displayValue}`);
  }
  return found;
}

const score = (lhr: Lhr, category: Category) => {
  const s = lhr.categories[category]?.score;
  return s === null || s === undefined ? null : Math.round(s * 100);
};

/**
 * Runs Lighthouse on every page, each page `runs` times (the median performance score is kept: it is the
 * figure that moves with the machine's load). The app is started here, on its own folder and port.
 */
export async function benchLighthouse(options: { runDir: string; runs: number; pages: readonly LighthousePage[]; log: (line: string) => void }): Promise<LighthouseRow[]> {
  const port = Number(process.env.BENCH_PORT ?? 3260);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.resolve('.data/bench/lighthouse');
  rmSync(dataDir, { recursive: true, force: true });
  // The record of the folder's last start sits beside it (db/start-server.ts): left behind, it told the fresh
  // folder "nothing changed", the server answered before the demo accounts existed, and the sign-in failed.
  rmSync(`${dataDir}.state.json`, { force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CITED_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.POSTGRES_URL;
  options.log('Lighthouse: starting the app on a fresh PGlite folder with the demo accounts…');
  const app = await startServer({ name: 'app-lighthouse', command: process.execPath, args: ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], env, port, readyPath: '/signin', logDir: path.join(options.runDir, 'logs'), timeoutMs: 300_000 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
  const rows: LighthouseRow[] = [];
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    // The first request after start waits for the database to open: ask once before anyone signs in.
    await fetch(`${baseUrl}/signin`).then((r) => r.arrayBuffer());
    const wanted = (group: { cookie: string; pages: Target[] }) => ({ ...group, pages: group.pages.filter((p) => options.pages.includes(p.key)) });
    const groups = [wanted(await studentPages(browser, baseUrl))];
    if (options.pages.includes('class')) groups.push(wanted(await teacherPages(browser, baseUrl)));
    await browser.close();
    const reportsDir = path.join(options.runDir, 'lighthouse');
    mkdirSync(reportsDir, { recursive: true });
    for (const group of groups) {
      for (const target of group.pages) {
        const results: Lhr[] = [];
        let error: string | undefined;
        // A fresh browser per run, as the CLI does: a run after another page in the same browser sometimes
        // loses its trace (NO_NAVSTART). A run that fails is tried once more.
        for (let run = 0, failures = 0; run < options.runs && failures < 2; run++) {
          try {
            chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
            const result = await lighthouse(`${baseUrl}${target.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES], extraHeaders: { Cookie: group.cookie } });
            const lhr = result?.lhr as unknown as Lhr | undefined;
            if (!lhr) throw new Error('no result');
            if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
            if (new URL(lhr.finalDisplayedUrl).pathname.startsWith('/signin')) throw new Error('landed on the sign-in page: the session cookie was not sent');
            results.push(lhr);
            // Every run's report is kept (its main-thread breakdown, long tasks and boot-up times), not only the median's.
            writeFileSync(path.join(reportsDir, `${target.page.replace(/\W+/g, '-')}-run${results.length}.json`), JSON.stringify(lhr));
          } catch (e) {
            error = e instanceof Error ? e.message : String(e);
            failures++;
            if (failures < 2) run--;
          } finally {
            chrome?.kill();
            chrome = null;
          }
        }
        results.sort((a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0));
        const median = results[Math.floor((results.length - 1) / 2)];
        if (!median) {
          rows.push({ page: target.page, path: target.path, scores: { performance: null, accessibility: null, 'best-practices': null, seo: null }, metrics: { lcpMs: null, tbtMs: null, cls: null }, findings: [], error });
          options.log(`  ${target.page}: failed (${error})`);
          continue;
        }
        writeFileSync(path.join(reportsDir, `${target.page.replace(/\W+/g, '-')}.json`), JSON.stringify(median));
        const row: LighthouseRow = {
          page: target.page,
          path: target.path,
          scores: { performance: score(median, 'performance'), accessibility: score(median, 'accessibility'), 'best-practices': score(median, 'best-practices'), seo: score(median, 'seo') },
          metrics: { lcpMs: median.audits['largest-contentful-paint']?.numericValue ?? null, tbtMs: median.audits['total-blocking-time']?.numericValue ?? null, cls: median.audits['cumulative-layout-shift']?.numericValue ?? null },
          findings: findingsOf(median),
        };
        if (results.length > 1) row.findings.unshift(`performance of the ${results.length} runs: ${results.map((r) => `${score(r, 'performance')} (TBT ${Math.round(r.audits['total-blocking-time']?.numericValue ?? 0)} ms)`).join(', ')}`);
        rows.push(row);
        options.log(`  ${target.page}: performance ${row.scores.performance}, accessibility ${row.scores.accessibility}, best practices ${row.scores['best-practices']}, SEO ${row.scores.seo}`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    (chrome as chromeLauncher.LaunchedChrome | null)?.kill();
    await app.stop();
  }
  return rows;
}

const cell = (n: number | null, target?: number) => (n === null ? '—' : target !== undefined && n < target ? `**${n}**` : String(n));

/** The Lighthouse table as Markdown, with what each page still fails. */
export function renderLighthouse(rows: readonly LighthouseRow[], runs: number): string {
  const lines = [
    '## Lighthouse (mobile, signed in)',
    '',
    `Lighthouse ${'12'} with its mobile defaults (simulated slow 4G, 4× CPU slowdown), Chromium ${CHROMIUM_FLAGS.join(' ')}; median performance of ${runs} run${runs === 1 ? '' : 's'} per page. Targets: performance ≥ 95, accessibility 100, best practices 100 (below target in bold).`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.page} | ${r.path.replace(/[0-9a-f-]{36}/g, '…')} | ${cell(r.scores.performance, 95)} | ${cell(r.scores.accessibility, 100)} | ${cell(r.scores['best-practices'], 100)} | ${cell(r.scores.seo)} | ${r.metrics.lcpMs === null ? '—' : `${(r.metrics.lcpMs / 1000).toFixed(1)} s`} | ${r.metrics.tbtMs === null ? '—' : `${Math.round(r.metrics.tbtMs)} ms`} | ${r.metrics.cls === null ? '—' : r.metrics.cls.toFixed(3)} |`),
    '',
  ];
  const notes = rows.filter((r) => r.findings.length || r.error);
  if (notes.length) {
    lines.push('What each page still fails or could save:', '');
    for (const r of notes) lines.push(`- ${r.page}: ${r.error ? `error: ${r.error}` : r.findings.join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
