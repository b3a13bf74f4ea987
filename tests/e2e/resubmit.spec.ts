import { expect, test } from '@playwright/test';
import { ClassesPage } from './pages/classes-page';
import { SignInPage } from './pages/sign-in-page';
import { DEMO, uniqueLogin } from './helpers';

test('a "Create class" whose answer is lost on the way back: what was typed stays, and pressing Create again makes one class', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(page).toHaveURL(/\/library$/);

  const classes = new ClassesPage(page);
  await classes.goto();
  const name = `Lost answer ${uniqueLogin('c')}`;
  await classes.nameField.fill(name);

  // The server gets the submission and acts on it; the browser never hears back (a dropped connection).
  let dropped = 0;
  await page.route('**/classes', async (route) => {
    if (route.request().method() !== 'POST' || dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await classes.createButton.click();
  await expect(classes.formError).toContainText("couldn't reach the server");
  await expect(classes.formError).toContainText('Nothing you typed was lost');
  await expect(classes.nameField).toHaveValue(name);
  expect(dropped).toBe(1);

  await classes.createButton.click();
  await expect(classes.newJoinCode).toBeVisible();
  await expect(page.getByText(`Created “${name}”`)).toBeVisible();

  await page.reload();
  await expect(classes.classLink(name)).toHaveCount(1);
});
