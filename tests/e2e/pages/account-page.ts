import type { Locator, Page } from '@playwright/test';

export class AccountPage {
  readonly error: Locator;
  readonly confirmation: Locator;

  constructor(private readonly page: Page) {
    this.error = page.getByTestId('form-error');
    this.confirmation = page.getByText('Password changed.');
  }

  async goto() {
    await this.page.goto('/account');
  }

  async changePassword(current: string, next: string) {
    await this.page.getByLabel('Current password', { exact: true }).fill(current);
    await this.page.getByLabel('New password', { exact: true }).fill(next);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }
}
