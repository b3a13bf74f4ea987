import type { Download, Locator, Page } from '@playwright/test';

/** /sets/new and /sets/[id]: pick questions, name the set, assign it, export it. */
export class SetPage {
  readonly items: Locator;

  constructor(private readonly page: Page) {
    this.items = page.getByTestId('set-item');
  }

  async create(title: string, prompts: string[]) {
    await this.page.goto('/sets/new');
    // Matched by the words the stem asks about: several stems of one report open with the same "According to “…” (…),".
    const asked = (prompt: string) => prompt.replace(/^According to .+?\), (?=who|which|when|where|what|how)/i, '');
    for (const prompt of prompts) await this.page.getByRole('checkbox', { name: new RegExp(asked(prompt).slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await this.page.getByLabel('Set name', { exact: true }).fill(title);
    await this.page.getByRole('button', { name: 'Create set' }).click();
  }

  /** The answers shown for each question, in set order. */
  async answers(): Promise<string[]> {
    return (await this.items.locator('p', { hasText: /^Answer: / }).allInnerTexts()).map((t) => t.replace(/^Answer: /, '').trim());
  }

  async assign(options: { className: string; due: string; mode?: 'Quiz (scored)' | 'Flashcards (added to their reviews)'; attempts?: string }) {
    await this.page.getByLabel('Class', { exact: true }).selectOption({ label: options.className });
    await this.page.getByLabel('Due (date and time)').fill(options.due);
    await this.page.getByRole('radio', { name: options.mode ?? 'Quiz (scored)' }).check();
    if (options.attempts) await this.page.getByLabel('Attempts allowed').fill(options.attempts);
    await this.page.getByRole('button', { name: 'Assign', exact: true }).click();
  }

  async download(label: string): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: label }).click();
    return waiting;
  }
}
