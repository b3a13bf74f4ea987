import type { Locator, Page } from '@playwright/test';

/** /review: filter the bank, approve, edit or reject questions. */
export class ReviewPage {
  readonly questions: Locator;
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.questions = page.getByTestId('review-question');
    this.status = page.getByTestId('review-status');
  }

  async goto(query = '') {
    await this.page.goto(`/review${query}`);
  }

  async filter(options: { article?: string; kind?: string; status?: string }) {
    if (options.article) {
      // Options read "Headline (number of questions)".
      const select = this.page.getByLabel('Article', { exact: true });
      const value = await select.locator('option', { hasText: options.article }).first().getAttribute('value');
      await select.selectOption(value ?? '');
    }
    if (options.kind) await this.page.getByLabel('Kind', { exact: true }).selectOption({ label: options.kind });
    if (options.status) await this.page.getByLabel('Status', { exact: true }).selectOption({ label: options.status });
    await this.page.getByRole('button', { name: 'Show questions' }).click();
  }

  question(index: number): Locator {
    return this.questions.nth(index);
  }

  async prompt(index: number): Promise<string> {
    return (await this.question(index).locator('p[id^="prompt-"]').innerText()).trim();
  }

  async approve(index: number) {
    await this.question(index).getByRole('button', { name: 'Approve this question' }).click();
  }

  async edit(index: number, prompt: string) {
    await this.question(index).getByRole('link', { name: 'Edit this question' }).click();
    await this.page.getByLabel('Question', { exact: true }).fill(prompt);
    await this.page.getByRole('button', { name: 'Save and approve' }).click();
  }
}
