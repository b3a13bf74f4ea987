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
  /** Static files (scripts, styles, fonts), cached by the browser after the first view. */
  staticFiles: number;
  /** Bytes of the dynamic responses as received (compressed: a browser asks for gzip). */
  dynamicBytes: number;
}

function launchOptions(): LaunchOptions {
  const system = '/usr/bin/chromium';
  if (existsSync(chromium.executablePath()) || !existsSync(system)) return {};
  return { executablePath: system, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };
}

/** Opens each path signed in (with `cookie`) on a phone-sized viewport and counts what reached the server. */
export async function measurePageViews(baseUrl: string, cookie: string, paths: readonly string[]): Promise<PageViewCost[] | string> {
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
      const cost: PageViewCost = { path, dynamic: 0, prefetches: 0, staticFiles: 0, dynamicBytes: 0 };
      page.on('requestfinished', async (request) => {
        if (!request.url().startsWith(baseUrl)) return;
        if (new URL(request.url()).pathname.startsWith('/_next/static/')) {
          cost.staticFiles++;
          return;
        }
        cost.dynamic++;
        const headers = await request.allHeaders();
        if (headers['next-router-prefetch']) cost.prefetches++;
        cost.dynamicBytes += (await request.sizes()).responseBodySize;
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path) return `${path} did not open signed in (status ${response?.status()}, at ${page.url()})`;
      // Links that scroll into view are prefetched too: a reader scrolls.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      costs.push(cost);
      await page.close();
    }
    return costs;
  } finally {
    await browser.close();
  }
}
