import type { Locator, Page } from '@playwright/test';

/** /classes/[id] for its teacher: the code and link to share, the roster, the way to results. */
export class ClassPage {
  readonly joinCode: Locator;
  readonly joinLink: Locator;

  constructor(private readonly page: Page) {
    this.joinCode = page.getByTestId('join-code');
    this.joinLink = page.getByTestId('join-link');
  }

  async openResults() {
    await this.page.getByRole('link', { name: 'Results', exact: true }).click();
  }
}
