import type { Locator, Page } from '@playwright/test';

export class ArticlePage {
  readonly heading: Locator;
  readonly body: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.body = page.getByTestId('article-body');
  }
}
