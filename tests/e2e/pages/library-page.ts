import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  /** One <article> per library entry; its link's accessible name is the article's title. */
  readonly entries: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Article library' });
    this.entries = page.getByRole('main').locator('article');
  }

  async goto() {
    await this.page.goto('/library');
  }

  async titles(): Promise<string[]> {
    return (await this.entries.getByRole('link').allInnerTexts()).map((title) => title.trim());
  }

  async open(title: string) {
    await this.entries.getByRole('link', { name: title, exact: true }).first().click();
  }
}
