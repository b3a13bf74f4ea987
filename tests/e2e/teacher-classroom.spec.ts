import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import Papa from 'papaparse';
import { parse as parseGift } from 'gift-pegjs';
import { ClassesPage } from './pages/classes-page';
import { ClassPage } from './pages/class-page';
import { HomePage } from './pages/home-page';
import { QuizPage } from './pages/quiz-page';
import { ReviewPage } from './pages/review-page';
import { SetPage } from './pages/set-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { DEMO, scrollWidth, sourceArticles, uniqueLogin } from './helpers';
import { newTeacher } from './support/teachers';

const PASSWORD = 'a long enough passphrase';

async function downloadedText(page: Page, link: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const file = await (await waiting).path();
  return readFile(file, 'utf8');
}

/** "YYYY-MM-DDT09:00" for yesterday, as a datetime-local input takes it. */
function yesterdayMorning(): string {
  return `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}T09:00`;
}

test('an invited teacher runs a class: students join, questions reviewed, a set assigned, results read and exported', async ({ browser }) => {
  test.setTimeout(180_000);
  // An administrator (the demo teacher) invites a teacher, who signs up through the link: a teacher with
  // nothing reviewed yet.
  const { page: teacher } = await newTeacher(browser, 'Ms Adeyemi');
  const className = `Civics ${uniqueLogin('p')}`;

  // The teacher creates a class; its page says how to bring students in.
  const classes = new ClassesPage(teacher);
  await classes.goto();
  const code = await classes.createClass(className);
  await classes.classLink(className).click();
  const classPage = new ClassPage(teacher);
  await expect(teacher.getByRole('heading', { name: 'Bring your students in' })).toBeVisible();
  await expect(classPage.joinCode).toHaveText(code);
  await expect(classPage.joinLink).toContainText(`/join/${code}`);
  const classUrl = teacher.url();
  await expectNoSeriousAxeViolations(teacher);

  // A student joins with the code on a phone; another joins at sign-up.
  const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  const phoneSignUp = new SignUpPage(phone);
  await phoneSignUp.goto();
  const firstStudent = `Zoe ${uniqueLogin('z')}`;
  await phoneSignUp.signUp({ role: 'Student', displayName: firstStudent, login: uniqueLogin('zoe'), password: PASSWORD });
  await expect(phone).toHaveURL(/\/library$/);
  const phoneClasses = new ClassesPage(phone);
  await phoneClasses.goto();
  await phoneClasses.joinClass(code);
  await expect(phone.getByText(`You joined “${className}”.`)).toBeVisible();
  expect(await scrollWidth(phone)).toBeLessThanOrEqual(360);

  const second = await (await browser.newContext()).newPage();
  const secondStudent = `Max ${uniqueLogin('m')}`;
  const secondSignUp = new SignUpPage(second);
  await secondSignUp.goto();
  await secondSignUp.signUp({ role: 'Student', displayName: secondStudent, login: uniqueLogin('max'), password: PASSWORD, classCode: code });
  await expect(second).toHaveURL(/\/library$/);

  // The teacher reviews three "who said it?" questions of one article: approves two, edits one.
  // An article that quotes people in its own words (000 and 001 are machine translations: their
  // quotations are not asked).
  const article = sourceArticles().find((a) => a.title.startsWith('US offers no concessions'))!;
  const review = new ReviewPage(teacher);
  await review.goto();
  await review.filter({ article: article.title, kind: 'Who said it?' });
  await expect(review.questions.first()).toBeVisible();
  await expect(teacher.getByRole('main')).not.toContainText(/\d{3}_[0-9a-f]{16}|characters \d+/);
  const prompts = [await review.prompt(0), await review.prompt(1), await review.prompt(2)];
  await review.approve(0);
  await expect(review.status).toHaveText('Approved 1 question.');
  await review.approve(1);
  await expect(review.question(1).getByText('Approved', { exact: true })).toBeVisible();
  const edited = `In the report, who said this? ${uniqueLogin('v')}`;
  await review.edit(2, edited);
  await expect(teacher.getByText('Your wording is saved and the question is approved.')).toBeVisible();
  await expect(review.questions.filter({ hasText: edited }).getByText('Edited', { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);

  // A set of those three, assigned to the class, due yesterday morning.
  const set = new SetPage(teacher);
  const setTitle = `Journey ${uniqueLogin('s')}`;
  await set.create(setTitle, [prompts[0]!, prompts[1]!, edited]);
  await expect(set.items).toHaveCount(3);
  await expect(set.items.filter({ hasText: edited })).toHaveCount(1);
  const answers = await set.answers();
  await set.assign({ className, due: yesterdayMorning(), attempts: '2' });
  await expect(teacher.getByText(/^Assigned “Journey/)).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);
  const giftText = await downloadedText(teacher, 'Export GIFT (Moodle)');
  const gift = parseGift(giftText).filter((q) => q.type !== 'Category');
  expect(gift.map((q) => q.type)).toEqual(['MC', 'MC', 'MC']);
  expect(giftText).toContain(edited.replace(/[~=#{}:]/g, (c) => `\\${c}`));
  await teacher.getByRole('link', { name: 'See its results' }).click();
  await teacher.waitForURL(/\/assignments\/[0-9a-f-]{36}$/);

  // The first student takes it on the phone: two right, one wrong (the edited question).
  const rightByPrompt = new Map([[prompts[0]!, answers[0]!], [prompts[1]!, answers[1]!], [edited, answers[2]!]]);
  const home = new HomePage(phone);
  await home.goto();
  await home.assignment(setTitle).getByRole('button', { name: 'Start quiz' }).tap();
  const quiz = new QuizPage(phone);
  let wrongAnswer = 'Nobody';
  for (let n = 1; n <= 3; n++) {
    await expect(quiz.progress).toHaveText(new RegExp(`Question ${n} of 3`));
    const prompt = (await quiz.prompt.innerText()).trim();
    const right = rightByPrompt.get(prompt)!;
    if (prompt === edited && !(await quiz.isTyped())) {
      const choices = (await quiz.choices.allInnerTexts()).map((c) => c.trim());
      wrongAnswer = choices.find((c) => c !== right)!;
    }
    expect(await quiz.answer(prompt === edited ? wrongAnswer : right)).toBe(prompt !== edited);
    await quiz.next.tap();
  }
  await expect(quiz.summary).toContainText('2 of 3 right');

  // The teacher sees the score, the late and missing marks, and the item analysis.
  await teacher.goto(classUrl);
  await new ClassPage(teacher).openResults();
  const row = (name: string) => teacher.getByRole('row').filter({ has: teacher.getByRole('rowheader', { name }) });
  await expect(row(firstStudent)).toContainText('67%');
  await expect(row(firstStudent)).toContainText('Done late');
  await expect(row(secondStudent)).toContainText('Missing');
  await expectNoSeriousAxeViolations(teacher);
  const csv = Papa.parse<Record<string, string>>((await downloadedText(teacher, 'Export CSV')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  const byName = Object.fromEntries(csv.data.map((r) => [r.Student, r]));
  const scoreColumn = csv.meta.fields!.find((f) => f.startsWith('Journey') && f.endsWith('(score %)'))!;
  const statusColumn = csv.meta.fields!.find((f) => f.startsWith('Journey') && f.endsWith('(status)'))!;
  expect(byName[firstStudent]).toMatchObject({ [scoreColumn]: '66.7', [statusColumn]: 'Done late' });
  expect(byName[secondStudent]).toMatchObject({ [scoreColumn]: '', [statusColumn]: 'Missing' });

  await teacher.getByRole('link', { name: /^Journey/ }).click();
  const items = teacher.getByTestId('item-row');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Facility100% (1 answered)');
  await expect(items.nth(2)).toContainText('Facility0% (1 answered)');
  await expect(items.nth(2)).toContainText(`Most chosen wrong answer${wrongAnswer} (1)`);
  await expect(teacher.getByText('Where the class stands')).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);

  // On a phone the teacher's pages do not scroll sideways (the gradebook scrolls inside its own box).
  await teacher.setViewportSize({ width: 360, height: 740 });
  for (const path of [classUrl, `${classUrl}/results`, '/review', teacher.url()]) {
    await teacher.goto(path);
    expect(await scrollWidth(teacher), path).toBeLessThanOrEqual(360);
  }

  // Signed out, nobody gets the exports; another teacher gets "not found" for the class and its results.
  const anonymous = await (await browser.newContext()).newPage();
  const response = await anonymous.request.get(`${classUrl}/results/export`, { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(await response.text()).not.toContain(firstStudent);
});

test('a teacher adds an article: a binary file is refused, pasted text becomes questions to review', async ({ page }) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
  // The library marks the machine rewrite (004) as a copy of the original (003).
  await expect(page.getByTestId('copy-note').filter({ hasText: 'US rejects Russia demand on Ukraine but talks see new life' })).toHaveCount(1);
  await page.goto('/articles/new');
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByTestId('form-error')).toContainText('not text');
  await expect(page).toHaveURL(/\/articles\/new$/);

  const story = await readFile(new URL('../fixtures/unseen/central-bank.txt', import.meta.url), 'utf8');
  await page.getByLabel('Paste the article').fill(story);
  await page.getByLabel(/upload a \.txt or \.md file/).setInputFiles([]);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page).toHaveURL(/\/articles\/uploads\//);
  await expect(page.getByTestId('job-done')).toContainText('questions are waiting for your review', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Review the questions' }).click();
  await expect(page.getByTestId('review-question').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
