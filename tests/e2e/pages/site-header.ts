import type { Locator, Page } from '@playwright/test';

/** The page banner: who is signed in, and the way out. */
export class SiteHeader {
  readonly banner: Locator;
  readonly signOutButton: Locator;

  constructor(page: Page) {
    this.banner = page.getByRole('banner');
    this.signOutButton = this.banner.getByRole('button', { name: 'Sign out' });
  }

  shows(displayName: string): Locator {
    return this.banner.getByText(displayName, { exact: true });
  }

  async signOut() {
    await this.signOutButton.click();
  }
}
