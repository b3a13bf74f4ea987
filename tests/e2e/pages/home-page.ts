import type { Locator, Page } from '@playwright/test';

/** A student's home: today's cards, assignments, a quiz to resume. */
export class HomePage {
  readonly heading: Locator;
  readonly cardsDue: Locator;
  readonly assignments: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.cardsDue = page.getByTestId('cards-due');
    this.assignments = page.getByTestId('assignment');
  }

  async goto() {
    await this.page.goto('/');
  }

  assignment(title: string): Locator {
    return this.assignments.filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}
