import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { SiteHeader } from './pages/site-header';
import { DEMO, longestParagraph, scrollWidth, sourceArticles, uniqueLogin } from './helpers';

// Runs in the "phone" project only (playwright.config.ts): a 360 px wide touch screen.
const PHONE_WIDTH = 360;
const SIGNED_OUT = /\/signin(\?|$)/;

/** Every URL the page asks for, so a test can prove nothing left the app's own origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function foreignRequests(urls: string[], appOrigin: string): string[] {
  return urls.filter((url) => /^https?:/.test(url) && new URL(url).origin !== appOrigin);
}

test('a new student signs up, reads an article on a phone, and signs out for good', async ({ page, context }) => {
  const articles = sourceArticles();
  // Two source files share a title (the same AFP story twice); read one whose title is unique.
  const article = articles.find((candidate) => articles.filter((other) => other.title === candidate.title).length === 1);
  if (!article) throw new Error('content/articles has no article with a unique title');

  const displayName = 'Journey Student';
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: 'Student', displayName, login: uniqueLogin('e2e'), password: 'a quiet river at dawn 42' });

  await expect(page).toHaveURL(/\/library$/);
  const header = new SiteHeader(page);
  await expect(header.shows(displayName)).toBeVisible();

  const library = new LibraryPage(page);
  await expect(library.heading).toBeVisible();
  await expect(library.entries).toHaveCount(articles.length);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

  await library.open(article.title);
  const reader = new ArticlePage(page);
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(reader.heading).toHaveText(article.title);
  await expect(reader.body).toBeVisible();
  await expect(reader.body).toContainText(longestParagraph(article.body).slice(0, 120));
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

  const sessionBeforeSignOut = await context.cookies();
  expect(sessionBeforeSignOut.length).toBeGreaterThan(0);
  await header.signOut();
  await expect(page).toHaveURL(SIGNED_OUT);

  await page.goto('/library');
  await expect(page).toHaveURL(SIGNED_OUT);

  // A session cookie copied before signing out must be refused afterwards (the session version moved on).
  await context.addCookies(sessionBeforeSignOut);
  await page.goto('/library');
  await expect(page).toHaveURL(SIGNED_OUT);
});

test('student pages make no requests to any other host', async ({ page, baseURL }) => {
  if (!baseURL) throw new Error('baseURL is not configured');
  const urls = recordRequests(page);

  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(DEMO.students[0], DEMO.password);
  await expect(page).toHaveURL(/\/library$/);

  const library = new LibraryPage(page);
  const titles = [...new Set(await library.titles())];
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) {
    await library.goto();
    await library.open(title);
    await expect(new ArticlePage(page).heading).toHaveText(title);
    await page.waitForLoadState('networkidle');
  }

  expect(urls.length).toBeGreaterThan(0);
  expect(foreignRequests(urls, new URL(baseURL).origin)).toEqual([]);
});
