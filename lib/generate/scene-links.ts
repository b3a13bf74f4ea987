/**
 * Whether someone another report names shares the asked report's scene. A head of state or government is
 * named in many unrelated stories, so a report linked to the asked one through a head alone is another
 * scene: Evo Morales of the Port of Spain summit, linked to Obama's Jakarta press conference by Obama
 * only, or a Hong Kong legislator linked to the Trump–Xi meeting by Xi only, was offered beside the
 * speaker (round 15's full review).
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { namedIn } from './story';
import { officeKind } from './office-kinds';
import { memoByObject, memoByObjectAndKey } from './memo';
import { headTitleBefore } from './report-titles';
import { sideOf } from './sides';

/** Whether the person holds a head's office: such a name links reports of different scenes. */
export function isHead(ctx: GenerateContext, id: string): boolean {
  const p = ctx.people.byId.get(id);
  if (!p) return false;
  if (officeKind(p) === 'head-of-government') return true;
  // A deputy's role the reliable reports contradict ("President Biden"): a copy's slip, or a deputy who later held
  // the office; either way a head's name, which links reports only through people of his side.
  return /\b(?:vice|deputy)\b/i.test(p.role ?? '') && titledHeadInReports(ctx, p);
}

/**
 * Whether a reliable report writes a head's title before the person's name or surname ("Remarks by President Biden
 * and President Mohammad Ashraf Ghani"). The extracted role may come from a garbled copy: the rewrite's "US Vice
 * President Joe Biden" made Biden no head, and through him a 2021 Oval Office transcript shared the 2022 Ukraine
 * story's scene (Putin offered for Ghani's words, blind-42).
 */
function titledHeadInReports(ctx: GenerateContext, p: Person): boolean {
  return headTitleBefore(ctx, p).some((r) => r.value && !r.report.isCopy);
}

/** Per library: how many distinct report bodies name each person. */
const reportCounts = memoByObject((ctx: GenerateContext): Map<string, number> => {
  const out = new Map<string, number>();
  // Copies of one text (a library repeats stories) are one report.
  const seen = new Set<string>();
  for (const [id, a] of ctx.articles) {
    if (seen.has(a.body)) continue;
    seen.add(a.body);
    for (const p of namedIn(ctx, id)) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
});

/**
 * Whether someone is a public figure: an office the reports give, or a name more than one report of the library
 * writes (an adviser who briefs on every trip). A schoolgirl or a legislator one report names is a private person.
 *
 * @example
 * isPublicFigure(ctx, rodabaNoori); // → false: no office, one report
 */
export function isPublicFigure(ctx: GenerateContext, p: Person): boolean {
  return !!p.role || (reportCounts(ctx).get(p.id) ?? 0) > 1;
}

function sideOfId(ctx: GenerateContext, id: string): string | null {
  const p = ctx.people.byId.get(id);
  return p ? sideOf(ctx, p) : null;
}

/**
 * Whether the asked article names the person, or another report names them beside someone of the asked
 * article other than a head of state or government, or beside a head of their own side.
 *
 * @example
 * sharesScene(ctx, 'jakarta-2010', 'evo-morales'); // → false when only Obama links the Port of Spain report
 */
export function sharesScene(ctx: GenerateContext, articleId: string, personId: string): boolean {
  if (namedIn(ctx, articleId).has(personId)) return true;
  return linkedByReports(ctx, { articleId, personId });
}

/** Per library and "article|person": whether another report links the person to the asked article's people. */
const linkedByReports = memoByObjectAndKey(
  (ctx: GenerateContext, { articleId, personId }: { articleId: string; personId: string }): boolean => {
    const here = namedIn(ctx, articleId);
    const person = ctx.people.byId.get(personId);
    const side = person ? sideOf(ctx, person) : null;
    // A head's own officials travel with them (Lavrov beside Putin): a head links them to the head's scenes.
    const links = (id: string) => !isHead(ctx, id) || (!!side && side === sideOfId(ctx, id));
    // A head's reports of one year are one season of their diplomacy (Medvedev beside Putin's call-in show).
    const year = (id: string) => ctx.articles.get(id)?.date?.slice(0, 4) ?? null;
    for (const other of ctx.articles.keys()) {
      const there = namedIn(ctx, other);
      if (other === articleId || !there.has(personId)) continue;
      // Only for a public figure: a student or a legislator beside the head of another report is of its scene alone.
      const sameYear = !!person && isPublicFigure(ctx, person) && year(other) !== null && year(other) === year(articleId);
      if ([...there].some((id) => id !== personId && here.has(id) && (sameYear || links(id)))) return true;
    }
    return false;
  },
  ({ articleId, personId }) => `${articleId}|${personId}`,
);
