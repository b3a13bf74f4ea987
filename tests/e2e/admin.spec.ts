import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { AccountPage } from './pages/account-page';
import { AdminPage } from './pages/admin-page';
import { InvitationPage } from './pages/invitation-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { SiteHeader } from './pages/site-header';
import { DEMO, scrollWidth, uniqueLogin } from './helpers';

// Who is a teacher: an administrator invites them. On the smallest phone we support.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('an administrator invites a teacher, who signs up through the link, which then stops working', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(admin);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(admin).toHaveURL(/\/library$/);

  // The demo teacher is an administrator, and the account page leads there.
  await new AccountPage(admin).goto();
  await admin.getByRole('link', { name: /Administration/ }).click();
  const adminPage = new AdminPage(admin);
  await expect(adminPage.heading).toBeVisible();
  expect(await scrollWidth(admin)).toBeLessThanOrEqual(360);
  await expectNoSeriousAxeViolations(admin);

  const email = `${uniqueLogin('invited')}@school.test`;
  const link = await adminPage.invite({ email, note: 'History department' });
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousAxeViolations(admin);

  const teacher = await (await browser.newContext()).newPage();
  const invitation = new InvitationPage(teacher);
  await invitation.goto(link);
  await expect(invitation.heading).toHaveText('Join Cited as a teacher');
  await expect(teacher.getByText(email)).toBeVisible();
  await expect(teacher.getByLabel('Email', { exact: true })).toHaveValue(email);
  expect(await scrollWidth(teacher)).toBeLessThanOrEqual(360);
  await expectNoSeriousAxeViolations(teacher);

  // A weak password keeps the link usable and what was typed.
  await invitation.accept({ displayName: 'Ms Adeyemi', email, password: 'short' });
  await expect(teacher.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(teacher.getByLabel('Your name, as students will see it', { exact: true })).toHaveValue('Ms Adeyemi');

  await invitation.accept({ displayName: 'Ms Adeyemi', email, password: 'a long enough passphrase' });
  await expect(teacher).toHaveURL(/\/classes$/);
  await expect(new SiteHeader(teacher).shows('Ms Adeyemi')).toBeVisible();
  await new AccountPage(teacher).goto();
  await expect(teacher.getByText('Teacher', { exact: true })).toBeVisible();
  // A teacher is not an administrator: the administration page does not exist for them.
  await teacher.goto('/admin');
  await expect(teacher.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();

  // The same link, a second time, from anyone.
  const again = await (await browser.newContext()).newPage();
  const secondUse = new InvitationPage(again);
  await secondUse.goto(link);
  await expect(secondUse.deadLink).toBeVisible();
  await expect(again.getByRole('button', { name: 'Create teacher account' })).toHaveCount(0);

  await adminPage.goto();
  await expect(adminPage.invitations.getByText(`${email} · Teacher`)).toBeVisible();
  await expect(adminPage.invitations.getByText(/Used by Ms Adeyemi/)).toBeVisible();
});

test('plain sign-up makes students; open teacher sign-up is an administrator’s choice', async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(visitor);
  await signUp.goto();
  await expect(visitor.getByRole('radio', { name: 'Teacher' })).toHaveCount(0);
  await expect(visitor.getByText(/ask your school’s Cited administrator for an invitation/)).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(admin);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(admin).toHaveURL(/\/library$/);
  const adminPage = new AdminPage(admin);
  await adminPage.goto();
  await expect(adminPage.openSignUpStatus).toContainText('Off');
  await adminPage.toggleOpenTeacherSignUp();
  await expect(adminPage.openSignUpStatus).toContainText('Open');

  await signUp.goto();
  await expect(visitor.getByRole('radio', { name: 'Teacher' })).toBeVisible();

  // Back to invitations only, as the school had it.
  await adminPage.toggleOpenTeacherSignUp();
  await expect(adminPage.openSignUpStatus).toContainText('Off');
  await signUp.goto();
  await expect(visitor.getByRole('radio', { name: 'Teacher' })).toHaveCount(0);
});

test('an email sign-up gets the same answer whether the address is new or taken, and the outbox shows what was sent', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(page);
  const email = `${uniqueLogin('mail')}@school.test`;
  const answers: string[] = [];
  for (const displayName of ['First Owner', 'Somebody Else']) {
    await signUp.goto();
    await signUp.signUp({ role: 'Student', displayName, login: email, password: `${displayName} has a passphrase` });
    await expect(page).toHaveURL(/\/signin\?notice=check-email$/);
    answers.push(await page.getByTestId('check-email').innerText());
  }
  expect(answers[1]).toBe(answers[0]);

  const signIn = new SignInPage(page);
  await signIn.signIn(email, 'First Owner has a passphrase');
  await expect(page).toHaveURL(/\/library$/);

  const admin = await (await browser.newContext()).newPage();
  const adminSignIn = new SignInPage(admin);
  await adminSignIn.goto();
  await adminSignIn.signIn(DEMO.teacher, DEMO.password);
  await expect(admin).toHaveURL(/\/library$/);
  await admin.goto('/admin/outbox');
  const outbox = admin.getByTestId('outbox');
  await expect(outbox.getByText(`To ${email}`, { exact: false })).toHaveCount(2);
  await expect(outbox.getByText('Someone tried to create a Cited account with your address')).toBeVisible();
});
