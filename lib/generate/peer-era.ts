/**
 * Stand-ins of the speaker's office from the same years: a 2018 Pompeo quotation offered beside Blinken,
 * Lavrov and Truss of the 2022 stories let a student pick the one name of another year (blind-27). A peer
 * counts when an article naming them was written within two years of the asked article (its date, else the
 * year of the meetings it dates).
 */
import type { GenerateContext } from './context';
import { reportWhen } from './frames';
import { namedIn } from './story';

/** Years apart within which two reports' people are of one time. */
const ERA_YEARS = 2;

const yearsCache = new WeakMap<GenerateContext, Map<string, number[]>>();

/** A report's year: its date, else the year of the meetings it dates ("January 2022"), as its stems show it. */
function yearOf(ctx: GenerateContext, articleId: string): number | null {
  const year = /\b(\d{4})\b/.exec(reportWhen(ctx, articleId, true) ?? '')?.[1];
  return year ? Number(year) : null;
}

/** The publication years of the articles naming each person, built once per context. */
function yearsNamed(ctx: GenerateContext): Map<string, number[]> {
  let years = yearsCache.get(ctx);
  if (years) return years;
  years = new Map();
  for (const id of ctx.articles.keys()) {
    const year = yearOf(ctx, id);
    if (year === null) continue;
    for (const person of namedIn(ctx, id)) {
      const list = years.get(person);
      if (list) list.push(year);
      else years.set(person, [year]);
    }
  }
  yearsCache.set(ctx, years);
  return years;
}

/**
 * Whether `personId` is named in the library within two years of the article `articleId`; true when either
 * side has no date (nothing to tell them apart by).
 *
 * @example
 * ofTheSameEra(ctx, 'voa-pompeo-2018', 'antony-blinken'); // → false when Blinken is named only in 2022 reports
 */
export function ofTheSameEra(ctx: GenerateContext, articleId: string, personId: string): boolean {
  const year = yearOf(ctx, articleId);
  const theirs = yearsNamed(ctx).get(personId);
  if (year === null || !theirs) return true;
  return theirs.some((y) => Math.abs(y - year) <= ERA_YEARS);
}
