import { expect, type Locator, type Page } from '@playwright/test';

export type SwipeDirection = 'left' | 'right' | 'up' | 'down';

/** Today's flashcards: flip by tapping, grade by swiping, undo the last grade. */
export class FlashcardsPage {
  readonly card: Locator;
  readonly front: Locator;
  readonly back: Locator;
  readonly cardsLeft: Locator;
  readonly undoButton: Locator;
  readonly done: Locator;

  constructor(private readonly page: Page) {
    this.card = page.getByTestId('flashcard');
    this.front = page.getByTestId('card-front');
    this.back = page.getByTestId('card-back');
    this.cardsLeft = page.getByTestId('cards-left');
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.done = page.getByTestId('session-done');
  }

  async goto() {
    await this.page.goto('/flashcards');
  }

  async left(): Promise<number> {
    return Number(/(\d+)/.exec(await this.cardsLeft.innerText())?.[1] ?? NaN);
  }

  /** Taps the card until its back shows (a tap right after a swipe is ignored on purpose). */
  async flip() {
    await expect(async () => {
      if ((await this.card.getAttribute('data-flipped')) !== 'true') await this.card.tap();
      await expect(this.card).toHaveAttribute('data-flipped', 'true', { timeout: 700 });
    }).toPass({ timeout: 10_000 });
  }

  /** A finger drag across the card, as touch pointer events. */
  async swipe(direction: SwipeDirection) {
    const box = await this.card.boundingBox();
    if (!box) throw new Error('no card on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const offsets: Record<SwipeDirection, [number, number]> = { left: [-160, 0], right: [160, 0], up: [0, -160], down: [0, 160] };
    const [dx, dy] = offsets[direction];
    const common = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true };
    await this.card.dispatchEvent('pointerdown', { ...common, clientX: x, clientY: y });
    for (let step = 1; step <= 4; step++) await this.card.dispatchEvent('pointermove', { ...common, clientX: x + (dx * step) / 4, clientY: y + (dy * step) / 4 });
    await this.card.dispatchEvent('pointerup', { ...common, clientX: x + dx, clientY: y + dy });
  }
}
