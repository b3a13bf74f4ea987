/**
 * What one page view costs the server in a real browser: the document plus everything the page asks for by
 * itself afterwards (the router's prefetches of linked pages, each through proxy, session and render).
 * autocannon only fetches the document, so this says how many of its requests make one view. Uses the
 * Chromium Playwright drives for the end-to-end tests (Debian's /usr/bin/chromium here); skipped without one.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export interface PageViewCost {
  path: string;
  /** Requests to the app that run its code (documents and React Server Component fetches), the document included. */
  dynamic: number;
  /** Of those, the router's prefetches of other pages. */
  prefetches: number;
  /** The pages prefetched. */
  prefetched: string[];
  /** Static files (scripts, styles, fonts), cached by the browser after the first view. */
  staticFiles: number;
  /** CPU time the app server spent on the whole view (the document, the prefetches and whatever else it asked for). */
  serverCpuMs: number;
  /** Bytes of the dynamic responses as received (compressed: a browser asks for gzip). */
  dynamicBytes: number;
}

function launchOptions(): LaunchOptions {
  const system = '/usr/bin/chromium';
  if (existsSync(chromium.executablePath()) || !existsSync(system)) return {};
  return { executablePath: system, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };
}

/** Opens each path signed in (with `cookie`) on a phone-sized viewport and counts what reached the server. */
export async function measurePageViews(baseUrl: string, cookie: string, paths: readonly string[], serverCpuMs: () => number): Promise<PageViewCost[] | string> {
  let browser;
  try {
    browser = await chromium.launch(launchOptions());
  } catch (error) {
    return `no browser to measure page views with (${(error as Error).message.split('\n')[0]})`;
  }
  try {
    const [name = '', value = ''] = cookie.split(/=(.*)/s);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await context.addCookies([{ name, value, url: baseUrl }]);
    const costs: PageViewCost[] = [];
    for (const path of paths) {
      const page = await context.newPage();
      const cost: PageViewCost = { path, dynamic: 0, prefetches: 0, prefetched: [], staticFiles: 0, serverCpuMs: 0, dynamicBytes: 0 };
      const cpuBefore = serverCpuMs();
      let lastRequestAt = Date.now();
      // Counted when asked for, not when answered: the router cancels and repeats prefetches, and each one
      // that reached the server cost it a proxy pass, a session check and a render.
      page.on('request', (request) => {
        lastRequestAt = Date.now();
        if (!request.url().startsWith(baseUrl)) return;
        const pathname = new URL(request.url()).pathname;
        if (pathname.startsWith('/_next/static/')) {
          cost.staticFiles++;
          return;
        }
        cost.dynamic++;
        if (request.headers()['next-router-prefetch']) {
          cost.prefetches++;
          cost.prefetched.push(pathname);
        }
      });
      page.on('requestfinished', async (request) => {
        if (request.url().startsWith(baseUrl) && !new URL(request.url()).pathname.startsWith('/_next/static/')) cost.dynamicBytes += (await request.sizes()).responseBodySize;
      });
      const quiet = async () => {
        // Until nothing new was asked for 3 s (at most 30 s on a slow machine).
        const deadline = Date.now() + 30_000;
        while (Date.now() - lastRequestAt < 3000 && Date.now() < deadline) await page.waitForTimeout(250);
      };
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path) return `${path} did not open signed in (status ${response?.status()}, at ${page.url()})`;
      // The router prefetches the links in view once hydrated, and the others as they scroll into view.
      await quiet();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await quiet();
      cost.serverCpuMs = serverCpuMs() - cpuBefore;
      costs.push(cost);
      await page.close();
    }
    return costs;
  } finally {
    await browser.close();
  }
}
