import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { PeoplePage } from './pages/people-page';
import { SignInPage } from './pages/sign-in-page';
import { TimelinePage } from './pages/timeline-page';
import { DEMO, scrollWidth, sourceArticles } from './helpers';

// Runs in the "phone" project (a 360 px touch screen): the file name ends in journey.spec.ts.
const PHONE_WIDTH = 360;
const BLINKEN_ARTICLE = 'US Secretary of State Says Diplomatic Solution to Ukraine Crisis Still Possible';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The open panel sits above or below the point that was tapped, never over it, once the page has moved.
 * Playwright taps the middle of an element's first line box, so that is the point to keep in sight.
 */
async function expectNoCover(panel: Locator, tapped: Locator) {
  await expect
    .poll(async () => {
      const p = await panel.boundingBox();
      const first = await tapped.evaluate((element) => {
        const box = element.getClientRects()[0];
        return box ? { y: box.y, height: box.height } : null;
      });
      if (!p || !first) return 'not on screen';
      const y = first.y + first.height / 2;
      return y < p.y || y > p.y + p.height ? 'in sight' : `covered: tapped at ${Math.round(y)}, panel from ${Math.round(p.y)} to ${Math.round(p.y + p.height)}`;
    })
    .toBe('in sight');
}

test.beforeEach(async ({ page }) => {
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(DEMO.students[0], DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
});

test('a student taps a quotation in an article and reaches the speaker’s page with all their quotations', async ({ page }) => {
  const source = sourceArticles().find((a) => a.title === BLINKEN_ARTICLE);
  if (!source) throw new Error('content/articles lacks the Blinken article');
  await new LibraryPage(page).open(BLINKEN_ARTICLE);
  const reader = new ArticlePage(page);
  await expect(reader.heading).toHaveText(BLINKEN_ARTICLE);
  await expect(page).toHaveTitle(new RegExp(`^${BLINKEN_ARTICLE}`));
  // The marks add buttons but never change the words: the text is the article's, whole. After a client-side
  // visit the text comes with the page's cached HTML, just after the headline (components/ui/html-once.tsx).
  await expect(reader.body.locator('p').first()).toBeVisible();
  expect(squash((await reader.body.locator('p').allTextContents()).join(' '))).toBe(squash(source.body));
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
  await expectNoSeriousAxeViolations(page);

  const chip = reader.quotationButton('Blinken').first();
  const box = await chip.boundingBox();
  expect(box?.width).toBeGreaterThan(0);
  await chip.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await chip.tap();
  const panel = reader.panel('Said by Antony Blinken');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('US Secretary of State');
  await expectNoCover(panel, chip);
  await expectNoSeriousAxeViolations(page);
  await panel.getByRole('button', { name: 'Close' }).tap();
  await expect(panel).toBeHidden();

  // Tapping the words themselves works too, and the panel leaves them in sight.
  // Put the words at the bottom of the screen, where the panel rises.
  const words = reader.markedWords.nth(12);
  await words.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await words.tap();
  await expect(reader.openPanel).toBeVisible();
  await expectNoCover(reader.openPanel, words);
  await reader.openPanel.getByRole('button', { name: 'Close' }).tap();

  await chip.tap();
  await panel.getByRole('link', { name: 'Everything Antony Blinken said in the library' }).tap();

  await expect(page).toHaveURL(/\/people\/antony-blinken$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Antony Blinken' })).toBeVisible();
  // The tab names the page; after a tap the title streams in just after the heading, so it is awaited
  // before axe checks the document (a CI run once caught the page between the two).
  await expect(page).toHaveTitle('Antony Blinken · Cited');
  const people = new PeoplePage(page);
  expect(await people.quotations.count()).toBeGreaterThanOrEqual(10);
  // Students see where to practise, never a prompt that would give the answer away.
  await expect(page.getByRole('main')).not.toContainText('Who said:');
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
  await expectNoSeriousAxeViolations(page);

  await people.goto();
  await people.find('secretary of state');
  await expect(people.person('Antony Blinken')).toBeVisible();
  await expect(people.list.getByRole('link')).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
});

test('a student goes from the timeline to a meeting’s sentence and back', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await expect(timeline.heading).toBeVisible();
  const headings = await timeline.headings();
  const at = (place: string) => headings.findIndex((h) => h.endsWith(`, ${place}`));
  expect(at('Geneva')).toBeGreaterThanOrEqual(0);
  expect(at('Geneva')).toBeLessThan(at('Brussels'));
  expect(at('Brussels')).toBeLessThan(at('Vienna'));
  await expect(timeline.entryAt('Geneva')).toContainText('Monday 10 January 2022');
  await expect(page.getByRole('heading', { name: 'Date not given' })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
  await expectNoSeriousAxeViolations(page);

  const report = timeline.entryAt('Geneva').getByRole('listitem').first();
  const reportId = await report.getAttribute('id');
  await report.getByRole('link', { name: 'Read the sentence' }).tap();

  const reader = new ArticlePage(page);
  await expect(page).toHaveURL(/\/articles\/[^?]+\?cite=\d+-\d+&from=/);
  await expect(reader.cited).toBeVisible();
  await expect(reader.cited).toContainText('Geneva');
  await expect(reader.cited).toBeInViewport();
  // Room above the sentence: it is not jammed against the top edge.
  const top = (await reader.cited.boundingBox())?.y ?? 0;
  expect(top).toBeGreaterThan(80);
  await expectNoSeriousAxeViolations(page);

  await reader.backLink('Back to the timeline').tap();
  await expect(page).toHaveURL(new RegExp(`/timeline#${reportId}$`));
  await expect(page.locator(`[id="${reportId}"]`)).toBeInViewport();
});

test('a student compares the two copies of one story side by side', async ({ page }) => {
  await page.goto('/conflicts');
  await expect(page.getByRole('heading', { level: 1, name: 'Where the reports disagree' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Another speaker' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Who said “reciprocal…”' }).tap();
  const claims = page.getByTestId('conflict-claim');
  await expect(claims).toHaveCount(2);
  await expect(claims.filter({ hasText: 'Original' })).toContainText('Antony Blinken');
  await expect(claims.filter({ hasText: 'Copy' })).toContainText('Vladimir Putin');
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
  // After a client-side navigation the new title arrives with the page's metadata, a moment after its content.
  await expect(page).toHaveTitle(/^Another speaker: .+ · Cited$/);
  await expectNoSeriousAxeViolations(page);
});
