import type { Locator, Page } from '@playwright/test';

/** /admin: an administrator invites teachers, reads the invitations and the outbox, and opens teacher sign-up. */
export class AdminPage {
  readonly heading: Locator;
  readonly invitationLink: Locator;
  readonly invitations: Locator;
  readonly openSignUpStatus: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Administration' });
    this.invitationLink = page.getByLabel('Invitation link', { exact: true });
    this.invitations = page.getByTestId('invitation-list');
    this.openSignUpStatus = page.getByTestId('open-sign-up-status');
  }

  async goto() {
    await this.page.goto('/admin');
  }

  /** Creates an invitation and returns its link, shown once. */
  async invite(options: { email?: string; note?: string; role?: 'Teacher' | 'Administrator' } = {}): Promise<string> {
    await this.page.getByRole('radio', { name: new RegExp(`^${options.role ?? 'Teacher'}`) }).check();
    if (options.email) await this.page.getByLabel('Their email (optional)', { exact: true }).fill(options.email);
    if (options.note) await this.page.getByLabel('Note for yourself (optional)', { exact: true }).fill(options.note);
    await this.page.getByRole('button', { name: 'Create invitation link' }).click();
    await this.invitationLink.waitFor();
    return this.invitationLink.inputValue();
  }

  async toggleOpenTeacherSignUp() {
    await this.page.getByRole('button', { name: /open teacher sign-up|sign up as a teacher/i }).click();
  }
}
