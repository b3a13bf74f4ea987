import type { Locator, Page } from '@playwright/test';

/** /invite/<token>: the page an invitation link opens, with the invited teacher's sign-up form. */
export class InvitationPage {
  readonly heading: Locator;
  readonly deadLink: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.deadLink = page.getByRole('heading', { level: 1, name: 'This invitation no longer works' });
    this.error = page.getByTestId('form-error');
  }

  async goto(link: string) {
    await this.page.goto(link);
  }

  async accept(account: { displayName: string; email: string; password: string }) {
    await this.page.getByLabel('Your name, as students will see it', { exact: true }).fill(account.displayName);
    await this.page.getByLabel('Email', { exact: true }).fill(account.email);
    await this.page.getByLabel('Password', { exact: true }).fill(account.password);
    await this.page.getByRole('button', { name: 'Create teacher account' }).click();
  }
}
