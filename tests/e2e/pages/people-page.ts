import type { Locator, Page } from '@playwright/test';

/** Who's who: the searchable list, and a person's page. */
export class PeoplePage {
  readonly list: Locator;
  readonly search: Locator;
  readonly quotations: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId('people-list');
    this.search = page.getByRole('searchbox', { name: 'Search by name or role' });
    this.quotations = page.getByTestId('person-quote');
  }

  async goto() {
    await this.page.goto('/people');
  }

  async find(text: string) {
    await this.search.fill(text);
    await this.page.getByRole('button', { name: 'Search' }).click();
  }

  person(name: string): Locator {
    return this.list.getByRole('link', { name, exact: true });
  }
}
