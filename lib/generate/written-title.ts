/**
 * A head of state's office as the reports write it before the name when the extractor gave no role: a Kremlin
 * transcript's "President of the Republic of Turkey Recep Tayyip Erdogan" or "Prime Minister of Japan Shinzo
 * Abe" leaves the speaker without a role, so a who-said question found no peers of their office to borrow and
 * was dropped for want of options, though a teacher knows the office from the page.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { leadingSide } from './nations';
import { memoByObjectAndKey } from './memo';
import { officesBeforeName } from './report-titles';

/**
 * The bare office ("President", "Prime Minister") a report writes just before the person's full name, when what
 * qualifies it is a state ("of Russia", "Russian"): never "President of the World Bank". Null when no report does.
 *
 * @example
 * writtenHeadTitle(ctx, erdogan); // → 'President' ("President of Turkey Recep Tayyip Erdogan")
 */
export const writtenHeadTitle = memoByObjectAndKey(titleUncached, (p: Person) => p.id);

function titleUncached(ctx: GenerateContext, p: Person): string | null {
  for (const { report, value } of officesBeforeName(ctx, p)) {
    if (report.isCopy) continue;
    for (const { before, office, of, preceding } of value) {
      // "former President", "Vice President": not the office held.
      if (/\b(?:former|ex|late|then|vice|deputy|acting)[\s-]*$/i.test(preceding)) continue;
      // "Russian President" or "President of Russia": a state on one side, not a body ("Bank President").
      const state = of ? leadingSide(of.replace(/^the\s+(?:Republic\s+of\s+)?/i, '')) : before ? leadingSide(before) : null;
      if (state || (!of && !before)) return office;
    }
  }
  return null;
}

/**
 * The person with the office the reports write before the name when the extractor left the role empty; the
 * person unchanged otherwise.
 *
 * @example
 * withWrittenTitle(ctx, abe).role; // → 'Prime Minister'
 */
export function withWrittenTitle(ctx: GenerateContext, p: Person): Person {
  if (p.role) return p;
  const role = writtenHeadTitle(ctx, p);
  return role ? { ...p, role } : p;
}
