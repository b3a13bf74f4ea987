import type { Locator, Page } from '@playwright/test';

/** The reader: the article's text with its facts marked, the panels they open, and the way back from a citation. */
export class ArticlePage {
  readonly heading: Locator;
  readonly body: Locator;
  readonly cited: Locator;
  readonly citationBar: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.body = page.getByTestId('article-body');
    this.cited = page.locator('mark#cited');
    this.citationBar = page.getByTestId('citation-bar');
  }

  /** The button after a quotation, named by the speaker's short name ("Blinken"). */
  quotationButton(shortName: string): Locator {
    return this.body.getByRole('button', { name: new RegExp(`^${shortName}: quotation by`) });
  }

  /** The open panel (a popover), by its heading. */
  panel(title: string | RegExp): Locator {
    return this.page.locator('section[popover]:popover-open').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Any open panel. */
  get openPanel(): Locator {
    return this.page.locator('section[popover]:popover-open');
  }

  /** The marked words of the facts in the text, in reading order. */
  get markedWords(): Locator {
    return this.body.locator('[data-opens]');
  }

  backLink(label: string | RegExp): Locator {
    return this.citationBar.getByRole('link', { name: label });
  }
}
