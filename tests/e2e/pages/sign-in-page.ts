import type { Locator, Page } from '@playwright/test';

export class SignInPage {
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.error = page.getByTestId('form-error');
  }

  async goto() {
    await this.page.goto('/signin');
  }

  async signIn(login: string, password: string) {
    await this.page.getByLabel('Email or username', { exact: true }).fill(login);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
