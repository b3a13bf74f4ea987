import { expect, test, type Browser, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { uniqueLogin } from './helpers';

const PASSWORD = 'a slow train to the coast 7';

/** The time-zone saves a page sends while it loads and settles (TimeZoneSync runs once the user is known). */
async function zoneSaves(page: Page, load: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/time-zone') sent.push(String((request.postDataJSON() as { timeZone?: string }).timeZone));
  });
  await load();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  // The header is drawn from /api/me, and TimeZoneSync posts right after it. Wait for the page to settle,
  // but not for "networkidle" outright: the service worker's precache can keep the network busy past it.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(1_000);
  return sent;
}

/** Signs in from a browser in `timezoneId` and returns the zones the landing page (the library) saved. */
async function signInFrom(browser: Browser, timezoneId: string, login: string): Promise<string[]> {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  const sent = await zoneSaves(page, async () => {
    await signIn.signIn(login, PASSWORD);
    await expect(page).toHaveURL(/\/library$/);
  });
  await context.close();
  return sent;
}

test('the time zone on file follows the browser, and a browser already on that clock sends nothing', async ({ browser }) => {
  const login = uniqueLogin('zone');
  const newcomer = await (await browser.newContext({ timezoneId: 'Asia/Tokyo' })).newPage();
  const signUp = new SignUpPage(newcomer);
  await signUp.goto();
  // A new account is on UTC: a browser in Tokyo corrects it on the first page.
  expect(await zoneSaves(newcomer, () => signUp.signUp({ role: 'Student', displayName: 'Zone Traveller', login, password: PASSWORD }))).toEqual(['Asia/Tokyo']);
  await newcomer.context().close();

  // Tokyo on file: a browser on the same clock all year (Tokyo, or Seoul: UTC+9, no summer time) is not asked.
  expect(await signInFrom(browser, 'Asia/Tokyo', login)).toEqual([]);
  expect(await signInFrom(browser, 'Asia/Seoul', login)).toEqual([]);
  // Another clock is saved, once.
  expect(await signInFrom(browser, 'Europe/London', login)).toEqual(['Europe/London']);
  expect(await signInFrom(browser, 'Europe/London', login)).toEqual([]);
});
