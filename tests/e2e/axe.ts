import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 A and AA rules, for pages checked against those alone. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * That axe finds nothing serious or critical on the page as it is now. It waits for the page's title first:
 * between a server action's answer and the refreshed page the document has none for a moment, and axe run
 * then reports "document-title" (a flaky CI run of round 10).
 */
export async function expectNoSeriousAxeViolations(page: Page, tags?: string[]): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page });
  const { violations } = await (tags ? builder.withTags(tags) : builder).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
