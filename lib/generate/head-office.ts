/** Whether someone holds the office of a head of state or government, by the title the reports write for them. */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';

/** A state's possessive before the office: "Iran's ", "the United States' ". */
const POSSESSIVE_STATE = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+/u;

/**
 * An occasion a headline's words leave on the role: "President of the Republic of Korea at Press Conference" is a
 * president, whose words a Kabul report's options then keep to the scene (Moon beside Ghani in the Oval Office).
 */
const OCCASION_TAIL = /\s+(?:at|during|after|following|before)\s+(?:(?:a|an|the|joint|his|her|their)\s+)?(?:\p{Lu}\p{L}*\s+){0,3}(?:[Pp]ress\s+[Cc]onference|[Cc]onference|[Ss]ummit|[Mm]eeting|[Tt]alks|[Rr]emarks|[Dd]inner|[Rr]eception|[Cc]eremony|[Bb]riefing)\b.*$/u;

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
  // "Iran's president" is the office of "President" (round 15's full review offered Ahmadinejad, so titled in a
  // report of September 2005, as no head for Bush's words of February 2005).
  return officeKind({ role: role?.replace(POSSESSIVE_STATE, '').replace(OCCASION_TAIL, '') ?? null }) === 'head-of-government';
}
