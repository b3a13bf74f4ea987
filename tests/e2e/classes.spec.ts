import { expect, test, type Browser, type Page } from '@playwright/test';
import { AccountPage } from './pages/account-page';
import { ClassesPage } from './pages/classes-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { SiteHeader } from './pages/site-header';
import { DEMO, uniqueLogin } from './helpers';
import { newTeacher } from './support/teachers';

async function signedInPage(browser: Browser, login: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(login, password);
  await expect(page).toHaveURL(/\/library$/);
  return page;
}

test('a teacher creates a class, a student joins with its code, and nobody else can open it', async ({ browser }) => {
  const className = `Period ${uniqueLogin('p')}`;

  // Teachers come by invitation (see admin.spec.ts).
  const { page: teacher, password } = await newTeacher(browser);

  const teacherClasses = new ClassesPage(teacher);
  await teacherClasses.goto();
  const code = await teacherClasses.createClass(className);
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await teacherClasses.classLink(className).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const classUrl = teacher.url();

  const studentLogin = uniqueLogin('kid');
  const student = await (await browser.newContext()).newPage();
  const studentSignUp = new SignUpPage(student);
  await studentSignUp.goto();
  await studentSignUp.signUp({ role: 'Student', displayName: 'Zoe K', login: studentLogin, password, classCode: code });
  await expect(student).toHaveURL(/\/library$/);
  await new ClassesPage(student).goto();
  await expect(student.getByRole('link', { name: className })).toBeVisible();

  await teacher.reload();
  await expect(teacher.getByRole('link', { name: 'Zoe K', exact: true })).toBeVisible();

  // Another class's student and another teacher get the same "not found" as for a class that does not exist.
  for (const login of [DEMO.students[0], DEMO.teacher]) {
    const outsider = await signedInPage(browser, login, DEMO.password);
    await outsider.goto(classUrl);
    await expect(outsider.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(outsider.getByText('Zoe K')).toHaveCount(0);
    await expect(outsider.getByText(code)).toHaveCount(0);
    await outsider.goto('/classes/not-a-uuid');
    await expect(outsider.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
});

test('changing the password signs other devices out and the old password stops working', async ({ browser }) => {
  const login = uniqueLogin('pw');
  const oldPassword = 'the first passphrase';
  const newPassword = 'the second passphrase';

  const phone = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(phone);
  await signUp.goto();
  await signUp.signUp({ role: 'Student', displayName: 'Pat', login, password: oldPassword });
  await expect(phone).toHaveURL(/\/library$/);
  const laptop = await signedInPage(browser, login, oldPassword);

  const account = new AccountPage(phone);
  await account.goto();
  await account.changePassword('not my password', newPassword);
  await expect(account.error).toBeVisible();
  await account.changePassword(oldPassword, newPassword);
  await expect(account.confirmation).toBeVisible();

  // This device stays signed in; the other one is sent to sign in.
  await phone.goto('/library');
  await expect(phone).toHaveURL(/\/library$/);
  await laptop.goto('/library');
  await expect(laptop).toHaveURL(/\/signin/);

  const signIn = new SignInPage(laptop);
  await signIn.signIn(login, oldPassword);
  await expect(signIn.error).toBeVisible();
  await signIn.signIn(login, newPassword);
  await expect(laptop).toHaveURL(/\/library$/);
  await expect(new SiteHeader(laptop).shows('Pat')).toBeVisible();
});
