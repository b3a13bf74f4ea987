import type { Locator, Page } from '@playwright/test';

export class TimelinePage {
  readonly heading: Locator;
  readonly entries: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Timeline' });
    this.entries = page.getByTestId('timeline-entry');
  }

  async goto() {
    await this.page.goto('/timeline');
  }

  /** The first event whose heading names a place. */
  entryAt(place: string): Locator {
    return this.entries.filter({ has: this.page.getByRole('heading', { name: new RegExp(`, ${place}$`) }) }).first();
  }

  /** The headings of the events, in the order the page gives them. */
  async headings(): Promise<string[]> {
    return (await this.entries.getByRole('heading').allInnerTexts()).map((text) => text.trim());
  }
}
