/**
 * Stand-ins of the speaker's office from the same years: a 2018 Pompeo quotation offered beside Blinken,
 * Lavrov and Truss of the 2022 stories let a student pick the one name of another year (blind-27). A peer
 * counts when an article naming them was written within two years of the asked article (its date, else the
 * year of the meetings it dates).
 */
import type { GenerateContext } from './context';
import { reportWhen } from './frames';
import { namedIn } from './story';
import { sideOf } from './sides';
import { leadingSide } from './nations';
import { normalise } from './text';
import { NATIONALITIES } from '@/lib/extract/lexicon';
import { memoByObject, memoByObjectAndKey } from './memo';

/** Demonyms a role may carry ("US Secretary of State"): not part of the office. */
const NATION_WORDS = new Set(Object.keys(NATIONALITIES));

/** Years apart within which two reports' people are of one time. */
const ERA_YEARS = 2;

/**
 * Years apart for a head of state or government borrowed from another story: they change often, and one named
 * two years off may no longer (Medvedev, President in 2011, for 2013) hold the office.
 */
export const HEAD_ERA_YEARS = 1;

/**
 * Years after the asked report for a head borrowed from a later one: "President Trump" of a 2017 report had not
 * yet taken office for a 2016 quotation (blind-35), whereas a head named a year before mostly still holds it.
 */
export const HEAD_LATER_YEARS = 0;

/** A report's year: its date, else the year of the meetings it dates ("January 2022"), as its stems show it. */
export function yearOf(ctx: GenerateContext, articleId: string): number | null {
  const year = /\b(\d{4})\b/.exec(reportWhen(ctx, articleId, true) ?? '')?.[1];
  return year ? Number(year) : null;
}

/** The publication years of the articles naming each person, built once per context. */
const yearsNamed = memoByObject(function yearsNamed(ctx: GenerateContext): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const id of ctx.articles.keys()) {
    const year = yearOf(ctx, id);
    if (year === null) continue;
    for (const person of namedIn(ctx, id)) {
      const list = years.get(person);
      if (list) list.push(year);
      else years.set(person, [year]);
    }
  }
  return years;
});

/**
 * The years of the reports whose text names a person that no report's facts name ("Donald Trump" in a 2017
 * interview's passing words): asked only for the few people offered as options, once each.
 */
const yearsMentioned = memoByObjectAndKey(function yearsMentioned(ctx: GenerateContext, personId: string): number[] {
  const years: number[] = [];
  for (const [id, a] of ctx.articles) {
    const year = yearOf(ctx, id);
    if (year !== null && ctx.people.isMentionedIn(personId, a.body)) years.push(year);
  }
  return years;
});

/**
 * Whether `personId` is named in the library within two years (or `years`, and `later` after it) of the article `articleId`; true
 * when either side has no date (nothing to tell them apart by).
 *
 * @example
 * ofTheSameEra(ctx, 'voa-pompeo-2018', 'antony-blinken'); // → false when Blinken is named only in 2022 reports
 */
export function ofTheSameEra(ctx: GenerateContext, articleId: string, personId: string, years = ERA_YEARS, later = years): boolean {
  const year = yearOf(ctx, articleId);
  const theirs = yearsNamed(ctx).get(personId) ?? yearsMentioned(ctx, personId);
  if (year === null || theirs.length === 0) return true;
  return theirs.some((y) => year - y <= years && y - year <= later);
}

/** An office as two people's roles may share it: "US Secretary of State", "Secretary of State" and "State Secretary" are one. */
function officeKey(role: string | null): string {
  // "President of The United States" is the office "president" of the US side.
  const of = /\s+of\s+(.+)$/i.exec(role ?? '');
  const bare = of && leadingSide(of[1] ?? '') ? (role ?? '').slice(0, of.index) : role;
  const words = normalise(bare ?? '').split(' ').filter((w) => w.length > 1 && !NATION_WORDS.has(w) && !/^(?:the|then|former|new|of|us|uk)$/.test(w));
  // "Defense Secretary" and "Secretary of Defense" are one office: Mattis, named so in 2017, was offered for a
  // 2016 quotation whose year names Ash Carter as "Defense Secretary" (round 15's full review).
  return words.sort().join(' ');
}

/** Per office (with its side), the people holding it named in the library's reports of each year. */
const holdersByYear = memoByObject(function holdersByYear(ctx: GenerateContext): Map<string, Map<number, Set<string>>> {
  const out = new Map<string, Map<number, Set<string>>>();
  for (const [personId, years] of yearsNamed(ctx)) {
    const p = ctx.people.byId.get(personId);
    const side = p ? sideOf(ctx, p) : null;
    const office = p ? officeKey(p.role) : '';
    // Only an office of one state, written as an office: "Secretary of State" of the US, never "director".
    if (!p || !side || office.split(' ').length < 2) continue;
    const key = `${side}|${office}`;
    const byYear = out.get(key) ?? new Map<number, Set<string>>();
    for (const y of years) byYear.set(y, (byYear.get(y) ?? new Set()).add(personId));
    out.set(key, byYear);
  }
  return out;
});

/**
 * Whether the library names someone else in `personId`'s office, of the same state, in a report of the asked
 * article's year, and `personId` in none of that year: Blinken (Secretary of State in 2022 reports) is out of
 * his time for a 2020 quotation when a 2020 report names Pompeo as Secretary of State (blind-28).
 *
 * @example
 * heldByAnotherThen(ctx, 'govuk-raab-2020', 'antony-blinken'); // → true when a 2020 report names Mike Pompeo, US Secretary of State
 */
export function heldByAnotherThen(ctx: GenerateContext, articleId: string, personId: string): boolean {
  const year = yearOf(ctx, articleId);
  const p = ctx.people.byId.get(personId);
  if (year === null || !p) return false;
  if (yearsNamed(ctx).get(personId)?.includes(year)) return false;
  const side = sideOf(ctx, p);
  const holders = side ? holdersByYear(ctx).get(`${side}|${officeKey(p.role)}`)?.get(year) : undefined;
  return !!holders && [...holders].some((id) => id !== personId);
}
