/** Whether someone holds the office of a head of state or government, by the title the reports write for them. */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';

/**
 * A head of state or government by their written title; with `formerToo`, "former President" counts as well:
 * the curated list's word for today, not for the report's time.
 *
 * @example
 * isHeadOfGovernment(ctx, obama, { formerToo: true }); // → true for "former President" Obama in a 2014 report
 */
export function isHeadOfGovernment(ctx: GenerateContext, p: Person, { formerToo = false } = {}): boolean {
  const written = withWrittenTitle(ctx, p);
  const role = formerToo ? written.role?.replace(/^former\s+/i, '') ?? null : written.role;
  return officeKind({ role }) === 'head-of-government';
}
