import type { Locator, Page } from '@playwright/test';

export type NewAccount = { displayName: string; login: string; password: string; role: 'Student' | 'Teacher'; classCode?: string };

export class SignUpPage {
  readonly error: Locator;
  readonly login: Locator;
  readonly password: Locator;

  constructor(private readonly page: Page) {
    this.error = page.getByTestId('form-error');
    this.login = page.getByLabel('Email or username', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
  }

  async goto() {
    await this.page.goto('/signup');
  }

  /** Plain sign-up makes students; the Student/Teacher choice is there only when open teacher sign-up is on. */
  async signUp(account: NewAccount) {
    const role = this.page.getByRole('radio', { name: account.role });
    if (account.role === 'Teacher' || (await role.count()) > 0) await role.check();
    await this.page.getByLabel('Display name', { exact: true }).fill(account.displayName);
    await this.login.fill(account.login);
    await this.password.fill(account.password);
    if (account.classCode) await this.page.getByLabel('Class code (optional)', { exact: true }).fill(account.classCode);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }
}
