import { expect, type Browser, type Page } from '@playwright/test';
import { AdminPage } from '../pages/admin-page';
import { InvitationPage } from '../pages/invitation-page';
import { SignInPage } from '../pages/sign-in-page';
import { DEMO, uniqueLogin } from '../helpers';

/** A page signed in as the demo teacher, who is an administrator. */
export async function signedInAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.teacher, DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
  return page;
}

/**
 * A new teacher, made the only way a teacher is made: the demo administrator invites them and they sign
 * up through the link. Returns their signed-in page and login.
 */
export async function newTeacher(browser: Browser, displayName = 'Mr Okafor'): Promise<{ page: Page; email: string; password: string }> {
  const admin = await signedInAdmin(browser);
  const adminPage = new AdminPage(admin);
  await adminPage.goto();
  const email = `${uniqueLogin('teacher')}@school.test`;
  const link = await adminPage.invite({ email });
  await admin.context().close();

  const page = await (await browser.newContext()).newPage();
  const invitation = new InvitationPage(page);
  await invitation.goto(link);
  const password = 'a long enough passphrase';
  await invitation.accept({ displayName, email, password });
  await expect(page).toHaveURL(/\/classes$/);
  return { page, email, password };
}
