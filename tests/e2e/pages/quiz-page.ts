import { expect, type Locator, type Page } from '@playwright/test';

/** One quiz attempt: a question at a time, feedback, then the score. */
export class QuizPage {
  readonly prompt: Locator;
  readonly choices: Locator;
  readonly typedAnswer: Locator;
  readonly feedback: Locator;
  readonly rightAnswer: Locator;
  readonly next: Locator;
  readonly summary: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.prompt = page.getByTestId('question-prompt');
    this.choices = page.getByRole('list', { name: 'Choices' }).getByRole('button');
    this.typedAnswer = page.getByLabel(/^Your answer/);
    this.feedback = page.getByTestId('feedback');
    this.rightAnswer = page.getByTestId('right-answer');
    this.next = page.getByRole('button', { name: /^(Next question|See your score)$/ });
    this.summary = page.getByTestId('quiz-summary');
    this.progress = page.getByText(/Question \d+ of \d+/);
  }

  async isTyped(): Promise<boolean> {
    await expect(this.prompt).toBeVisible();
    return (await this.typedAnswer.count()) > 0;
  }

  /** Answers with the given text (a choice's label, or typed); returns whether it was right. */
  async answer(response: string): Promise<boolean> {
    if (await this.isTyped()) {
      await this.typedAnswer.fill(response);
      await this.page.getByRole('button', { name: 'Check' }).tap();
    } else {
      await this.choices.filter({ hasText: response }).first().tap();
    }
    await expect(this.feedback).toBeVisible();
    return (await this.feedback.getByText('Right!').count()) > 0;
  }

  /** The right answer, as the feedback shows it once answered wrongly. */
  async shownAnswer(): Promise<string> {
    return (await this.rightAnswer.innerText()).trim();
  }
}
