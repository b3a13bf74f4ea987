import type { Locator, Page } from '@playwright/test';

/** /classes: a teacher creates classes there, a student joins one with its code. */
export class ClassesPage {
  readonly newJoinCode: Locator;
  readonly nameField: Locator;
  readonly createButton: Locator;
  readonly formError: Locator;

  constructor(private readonly page: Page) {
    this.newJoinCode = page.getByTestId('new-join-code');
    this.nameField = page.getByLabel('Class name', { exact: true });
    this.createButton = page.getByRole('button', { name: 'Create class' });
    this.formError = page.getByTestId('form-error');
  }

  async goto() {
    await this.page.goto('/classes');
  }

  async createClass(name: string): Promise<string> {
    await this.nameField.fill(name);
    await this.createButton.click();
    return (await this.newJoinCode.innerText()).trim();
  }

  async joinClass(code: string) {
    await this.page.getByLabel('Class code', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: 'Join class' }).click();
  }

  classLink(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }
}
