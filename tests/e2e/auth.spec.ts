import { expect, test, type Locator } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { SiteHeader } from './pages/site-header';
import { DEMO, uniqueLogin } from './helpers';

/** The text a screen reader announces with a field: its hint and any error. */
function describedBy(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );
}

test('the demo teacher signs in and lands on the library', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);

  await expect(page).toHaveURL(/\/library$/);
  await expect(new LibraryPage(page).heading).toBeVisible();
  await expect(new SiteHeader(page).signOutButton).toBeVisible();
});

test('a wrong password and an unknown name get the same error, naming neither', async ({ page }) => {
  const signIn = new SignInPage(page);

  await signIn.goto();
  await signIn.signIn(DEMO.students[1], 'not-the-demo-password');
  await expect(signIn.error).toBeVisible();
  const wrongPassword = (await signIn.error.innerText()).trim();
  await expect(page).toHaveURL(/\/signin/);

  await signIn.goto();
  await signIn.signIn(uniqueLogin('nobody'), 'not-the-demo-password');
  await expect(signIn.error).toBeVisible();
  const unknownName = (await signIn.error.innerText()).trim();

  expect(unknownName).toBe(wrongPassword);
  expect(wrongPassword).not.toMatch(/no (such )?(account|user)|not found|unknown|not registered|(wrong|incorrect|invalid) password|(wrong|incorrect|invalid) (user ?name|email)/i);
});

test('sign-up refuses a name that is taken and a weak password, saying why', async ({ page }) => {
  const signUp = new SignUpPage(page);

  await signUp.goto();
  await signUp.signUp({ role: 'Student', displayName: 'Copy Cat', login: DEMO.students[0], password: 'a quiet river at dawn 42' });
  await expect(signUp.login).toHaveAttribute('aria-invalid', 'true');
  expect(await describedBy(signUp.login)).toMatch(/already|taken|in use|exists/i);
  await expect(page).toHaveURL(/\/signup/);

  await signUp.goto();
  const hintOnly = await describedBy(signUp.password);
  await signUp.signUp({ role: 'Student', displayName: 'Short Pass', login: uniqueLogin('weak'), password: 'abc1' });
  await expect(signUp.password).toHaveAttribute('aria-invalid', 'true');
  // The field's hint already says "at least 10 characters": the refusal must add its own words.
  await expect.poll(() => describedBy(signUp.password)).not.toBe(hintOnly);
  expect(await describedBy(signUp.password)).toMatch(/short|weak|at least|characters/i);
  await expect(page).toHaveURL(/\/signup/);
});

test('a page asked for while signed out opens after signing in, and only pages of this site do', async ({ page }) => {
  await page.goto('/classes');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclasses$/);
  await new SignInPage(page).signIn(DEMO.students[0], DEMO.password);
  await expect(page).toHaveURL(/\/classes$/);

  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto('/signin?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await new SignInPage(other).signIn(DEMO.students[1], DEMO.password);
  await expect(other).toHaveURL(/127\.0\.0\.1:\d+\/library$/);
});
