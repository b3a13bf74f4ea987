import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';
import { DEMO } from './helpers';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every Content-Security-Policy violation the page reports (the init script itself is outside CSP). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

async function expectHydratedWithoutViolations(page: Page, path: string) {
  await page.goto(path);
  // The App Router sets window.next once its (nonce-carrying) scripts have run and hydrated the page.
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
  expect(await page.evaluate(() => window.__cspViolations), path).toEqual([]);
}

test('every page runs its scripts under the nonce policy, with no violation reported', async ({ page }) => {
  await watchViolations(page);
  for (const path of ['/', '/signin', '/signup', '/invite/expired-or-unknown']) await expectHydratedWithoutViolations(page, path);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
  await expectHydratedWithoutViolations(page, '/library');
  const article = await page.locator('main a[href^="/articles/"]').first().getAttribute('href');
  for (const path of ['/classes', '/account', '/admin', '/admin/outbox', article!]) await expectHydratedWithoutViolations(page, path);
});
