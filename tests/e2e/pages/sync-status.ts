import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The line under the header that says whether the page is offline and what waits to sync. */
export class SyncStatus {
  readonly line: Locator;
  readonly refused: Locator;

  constructor(private readonly page: Page) {
    this.line = page.getByTestId('sync-status').getByRole('status');
    this.refused = page.getByTestId('sync-refused');
  }

  /** Waits until nothing waits to sync (the line goes quiet). */
  async expectAllSaved(timeout = 90_000) {
    await expect(this.line).not.toContainText(/wait|Saving/, { timeout });
  }

  /** Waits until the service worker controls the page and has saved these pages for offline use. */
  async expectSavedForOffline(paths: string[]) {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(async () => this.page.evaluate(async (wanted) => (await Promise.all(wanted.map(async (p) => Boolean(await caches.match(new URL(p, location.origin).href))))).every(Boolean), paths), { timeout: 30_000 })
      .toBe(true);
  }
}

/** Everything the server holds for the signed-in user (the privacy export), as the database has it. */
export async function serverData(page: Page) {
  const response = await page.request.get('/account/data/export');
  expect(response.ok()).toBe(true);
  return (await response.json()) as {
    flashcards: { id: string; addedAt: string; due: string; stability: number; difficulty: number; reps: number; lapses: number; state: number; lastReview: string | null }[];
    reviews: { id: string; cardId: string; rating: number; review: string; undoneAt: string | null }[];
    attempts: { id: string; finishedAt: string | null; answers: { id: string; questionId: string; response: string; answeredAt: string }[] }[];
  };
}

/**
 * A flaky connection for one sync route: of the requests that reach it, `abort` are cut before the
 * server sees them and `lose` are applied by the server but lose their answer on the way back.
 * Deterministic (seeded), and it counts what it did so a test can prove the faults happened.
 */
export async function flakyRoute(context: BrowserContext, path: string, { abort, lose, seed = 7 }: { abort: number; lose: number; seed?: number }) {
  const counts = { aborted: 0, lost: 0, passed: 0 };
  let state = seed;
  const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
  await context.route(`**${path}`, async (route) => {
    const draw = random();
    if (draw < abort) {
      counts.aborted++;
      return route.abort('connectionreset');
    }
    if (draw < abort + lose) {
      await route.fetch();
      counts.lost++;
      return route.abort('connectionreset');
    }
    counts.passed++;
    return route.continue();
  });
  return counts;
}
