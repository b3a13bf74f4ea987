import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { SignInPage } from './pages/sign-in-page';
import { DEMO } from './helpers';

test('the marks in an article work from the keyboard: Enter opens a panel, Escape closes it', async ({ page }) => {
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(DEMO.students[1], DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
  await new LibraryPage(page).open('Before the US-Russian talks in Geneva, NATO shows its unity');
  const reader = new ArticlePage(page);

  const chip = reader.quotationButton('Stoltenberg').first();
  await chip.focus();
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = reader.panel('Said by Jens Stoltenberg');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(chip).toBeFocused();

  // A meeting's button says what it is, and its panel tells when, or that no date is given.
  const meeting = reader.body.getByRole('button', { name: /^Meeting: / }).first();
  await meeting.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section[popover]:popover-open')).toContainText(/When(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Date not given)/);
});
