import type { Locator, Page } from '@playwright/test';

export class ProgressPage {
  readonly heading: Locator;
  readonly streak: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Progress' });
    this.streak = page.getByTestId('streak');
  }

  async goto() {
    await this.page.goto('/progress');
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: new RegExp(title) });
  }

  mastery(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }
}
