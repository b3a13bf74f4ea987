import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, WCAG_AA } from './axe';
import { FlashcardsPage } from './pages/flashcards-page';
import { HomePage } from './pages/home-page';
import { ProgressPage } from './pages/progress-page';
import { QuizPage } from './pages/quiz-page';
import { SignUpPage } from './pages/sign-up-page';
import { scrollWidth, uniqueLogin } from './helpers';

// Runs in the "phone-study" project only (playwright.config.ts): 390×844 with touch.
const DEMO_CLASS_CODE = 'DEMO-2026';
const QUIZ_TITLE = 'Quiz: the Geneva talks';

/** A new student in the demo class, so each test starts from the demo assignments untouched. */
async function newDemoStudent(page: Page, name: string) {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: 'Student', displayName: name, login: uniqueLogin('study'), password: 'a quiet river at dawn 42', classCode: DEMO_CLASS_CODE });
  await expect(page).toHaveURL(/\/library$/);
}

test('the answer and review routes refuse requests from another site and from nobody', async ({ page, baseURL }) => {
  await newDemoStudent(page, 'Origin Check');
  const event = { answers: [{ id: '3b241101-e2bb-4255-8caf-4136c566a962', attemptId: '3b241101-e2bb-4255-8caf-4136c566a963', questionId: 'q_0', response: 'x', answeredAt: new Date().toISOString() }] };
  const foreign = await page.request.post('/api/answers', { data: event, headers: { origin: 'https://elsewhere.example' } });
  expect(foreign.status()).toBe(403);
  const review = await page.request.post('/api/reviews', { data: { events: [] }, headers: { origin: 'https://elsewhere.example' } });
  expect(review.status()).toBe(403);
  const own = await page.request.post('/api/answers', { data: event, headers: { origin: baseURL! } });
  expect(own.status()).toBe(200);
  expect(await own.json()).toEqual({ results: [{ id: event.answers[0]!.id, ok: false, error: 'not-found' }], held: [] });
  const signedOut = await page.context().browser()!.newContext();
  const anonymous = await signedOut.request.post(`${baseURL}/api/reviews`, { data: { events: [{}] }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(anonymous.status());
  await signedOut.close();
});

test('a student takes the assigned quiz to the end, resumes after a reload, and retries the missed ones', async ({ page }) => {
  await newDemoStudent(page, 'Quiz Taker');
  const home = new HomePage(page);
  await home.goto();
  const assignment = home.assignment(QUIZ_TITLE);
  await expect(assignment).toContainText(/Due (today|tomorrow|\w{3} \d+ \w{3}), \d\d:\d\d/);
  await expectNoSeriousAxeViolations(page, WCAG_AA);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

  await assignment.getByRole('button', { name: 'Start quiz' }).tap();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  const quiz = new QuizPage(page);
  await expect(quiz.progress).toHaveText(/Question 1 of 8/);
  await expectNoSeriousAxeViolations(page, WCAG_AA);

  // Answer with the first choice or a wrong name, learning the right answers from the feedback.
  const rightAnswers = new Map<string, string>();
  let missed = 0;
  for (let n = 1; n <= 8; n++) {
    await expect(quiz.progress).toHaveText(new RegExp(`Question ${n} of 8`));
    const prompt = (await quiz.prompt.innerText()).trim();
    const typed = await quiz.isTyped();
    const isRight = await quiz.answer(typed ? 'nobody at all' : (await quiz.choices.first().innerText()).trim());
    if (!isRight) {
      missed++;
      rightAnswers.set(prompt, await quiz.shownAnswer());
    }
    await expect(quiz.feedback.getByRole('link', { name: /^Read it in/ }).first()).toBeVisible();
    if (n === 2) {
      // A reload (or another device) resumes the attempt at the next question.
      await page.reload();
      await expect(quiz.progress).toHaveText(/Question 3 of 8/);
      continue;
    }
    await quiz.next.tap();
  }
  await expect(quiz.summary).toContainText(`${8 - missed} of 8 right`);
  expect(missed).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Retry the ones I missed' }).tap();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Retry: ${QUIZ_TITLE}`);
  for (let n = 1; n <= missed; n++) {
    await expect(quiz.progress).toHaveText(new RegExp(`Question ${n} of ${missed}`));
    const answer = rightAnswers.get((await quiz.prompt.innerText()).trim());
    expect(answer, 'a retried question was one of the missed ones').toBeTruthy();
    expect(await quiz.answer(answer!)).toBe(true);
    if (n < missed) await quiz.next.tap();
  }

  // The citation opens the article scrolled to the cited sentence, highlighted.
  const quoted = (await quiz.feedback.locator('blockquote').first().innerText()).trim();
  const retryUrl = page.url();
  await quiz.feedback.getByRole('link', { name: /^Read it in/ }).first().tap();
  await expect(page).toHaveURL(/\/articles\/[^?]+\?cite=\d+-\d+#cited$/);
  await expect(page.locator('mark#cited').first()).toBeInViewport();
  expect((await page.locator('mark#cited').allInnerTexts()).join(' ')).toContain(quoted.slice(0, 40));
  // Every answer was saved as it was given: the finished retry shows its score when opened again.
  await page.goto(retryUrl);
  await expect(quiz.summary).toContainText(`${missed} of ${missed} right`);
});

test('a student reviews a day’s cards with swipes, undoes one grade, and opens their progress', async ({ page }) => {
  await newDemoStudent(page, 'Card Swiper');
  const home = new HomePage(page);
  await home.goto();
  await expect(home.cardsDue).toHaveText(/12 cards to study/);

  const cards = new FlashcardsPage(page);
  await cards.goto();
  await expect(cards.cardsLeft).toHaveText('12 cards left');
  await expectNoSeriousAxeViolations(page, WCAG_AA);

  const firstFront = (await cards.front.innerText()).trim();
  await cards.flip();
  await expect(cards.back).toBeVisible();
  await expect(cards.back.getByText(/\S/).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, WCAG_AA);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

  // Again: the card leaves the front of the queue; undo brings it back, ungraded.
  await cards.swipe('left');
  await expect(cards.front).not.toHaveText(firstFront);
  await expect(cards.cardsLeft).toHaveText(/^1[12] cards left$/);
  await cards.undoButton.tap();
  await expect(cards.front).toHaveText(firstFront);
  await expect(cards.cardsLeft).toHaveText('12 cards left');

  // Good and Hard keep a new card in today's learning steps; Easy sends it days away.
  const plan = ['right', 'down'] as const;
  let graded = 0;
  for (;;) {
    // Between cards the screen may say it is saving: wait for the next card or the end.
    await expect(cards.card.or(cards.done)).toBeVisible();
    if (await cards.done.isVisible()) break;
    expect(graded, 'the session ends').toBeLessThan(40);
    const before = await cards.left();
    await cards.flip();
    await cards.swipe(plan[graded] ?? 'up');
    graded++;
    await expect.poll(async () => (await cards.done.isVisible()) || (await cards.left()) !== before || (await cards.card.getAttribute('data-flipped')) === 'false').toBe(true);
  }
  await expect(cards.done).toContainText('All done for today');

  // The server kept every grade but the undone one: nothing is left for today after a reload.
  await cards.goto();
  await expect(page.getByText(/Nothing is due right now|All done for today/).first()).toBeVisible();

  const progress = new ProgressPage(page);
  await progress.goto();
  await expect(progress.heading).toBeVisible();
  await expect(progress.streak).toContainText(/1\s*day in a row/);
  await expect(progress.chart('Studied, last 30 days')).toContainText(/questions studied/);
  await expect(progress.chart('Cards due, next 7 days')).toBeVisible();
  await expect(progress.mastery('Mastery by topic')).toContainText('Who said what');
  await expectNoSeriousAxeViolations(page, WCAG_AA);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
});
