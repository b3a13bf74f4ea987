/**
 * "President Yudhoyono": a head of state or government a report knows by title and surname only. Transcripts
 * label turns "PRESIDENT YUDHOYONO:" and never give the full name, so the people index holds a bare surname;
 * with its title, as the report writes it, it names one person a student can tell from the others.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { COUNTRIES } from '@/lib/extract/lexicon';
import { STATE_NAMES } from '@/lib/extract/lexicons/state-names';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { memoByObjectAndKey } from './memo';
import { sideOfPlace, sideOfWords } from './nations';
import { displayName, isPersonLike } from './people';
import { SURNAME_TITLES, surnameTitles, titledReports } from './report-titles';

/**
 * Whether one word is a state, its demonym or capital, or opens a state's name ("Equatorial" of "Equatorial
 * Guinea", read as a president's name from "President of Equatorial Guinea Teodoro Obiang"): never a person.
 *
 * @example
 * isPlaceWord('Equatorial'); // → true
 * isPlaceWord('Yudhoyono'); // → false
 */
export function isPlaceWord(word: string): boolean {
  const key = word.trim().toLowerCase();
  if (!key || sideOfPlace(word) !== null) return true;
  const opens = (name: string) => name.startsWith(`${key} `);
  return [...COUNTRIES].some(opens) || Object.keys(STATE_NAMES).some(opens) || Object.keys(WORLD_CAPITALS).some((state) => opens(state.toLowerCase()));
}

/**
 * The head's title of a role, without the state it is of ("Russian President" → "President"); null for any other role.
 *
 * @example
 * headTitle('British Prime Minister'); // → 'Prime Minister'
 * headTitle('President of The United States'); // → 'President'
 * headTitle('Foreign Minister'); // → null
 */
export function headTitle(role: string | null | undefined): string | null {
  const words = (role ?? '').trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    if (SURNAME_TITLES.has(rest.toLowerCase())) return rest;
    // "President of The United States": the office, then the state it is of.
    const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(rest);
    if (of && SURNAME_TITLES.has((of[1] ?? '').toLowerCase()) && sideOfWords(of[2] ?? '')) return of[1] ?? null;
    // Only a state's name or demonym may stand before the title: "Vice President" or "Deputy Prime Minister" is another office.
    if (!sideOfWords(words[i] ?? '') && !/^(?:U\.?S\.?|UK|the)$/i.test(words[i] ?? '')) return null;
  }
  return null;
}

/**
 * The person as "Title Surname" when their role is a bare head's title and a reliable report of the library
 * writes that very form (in any case: a transcript's "PRESIDENT YUDHOYONO:"); null otherwise, and for a
 * surname that is a place or a demonym. Options of a who-said about a titled surname all take this form.
 *
 * @example
 * titledName(ctx, { id: 'yudhoyono', name: 'Yudhoyono', aliases: [], role: 'President', affiliation: null }); // → 'President Yudhoyono'
 * titledName(ctx, obama); // → 'President Obama' (the report writes it)
 */
export const titledName = memoByObjectAndKey(function titledName(ctx: GenerateContext, p: Person): string | null {
  const role = headTitle(p.role);
  // "Candidate Trump", "Afterwards Bush": words read into a name that is no person's; only a lone surname is one.
  if (!role || (!isPersonLike(p) && /\s/.test(p.name.trim()))) return null;
  const title = role.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  // The surname is the last word, or, in a name written surname first ("Hu Jintao"), the word a report puts alone after the title.
  const shown = displayName(p);
  const words = shown.split(/\s+/).reverse();
  const written = surnameTitles(ctx, shown).filter((r) => !r.report.isCopy);
  for (const [i, surname] of words.entries()) {
    // Only a two-word name may put its surname first: "Dominique" of "Dominique de Villepin" is a given name.
    if (i > 0 && words.length !== 2) break;
    if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(surname) || isPlaceWord(surname)) continue;
    if (written.some((r) => r.value.get(surname)?.any.has(role.toLowerCase()))) return `${title} ${surname}`;
  }
  return null;
}, (p: Person) => p.id);

/**
 * The person as "Title Surname" the way the asked report writes it, or a reliable report of its year: the title a
 * report puts before a name is that report's, not the library's (Biden was "Vice President" in 2014 and "President"
 * in 2022), and a garbled copy's titles count for that copy alone. With no such report writing one, the library's
 * form (titledName). Null for a surname written under two offices the role does not choose between.
 *
 * @example
 * titledNameIn(ctx, biden, 'rose-garden-2022'); // → 'President Biden' ("PRESIDENT BIDEN:"), whatever role another report gives
 */
export const titledNameIn = memoByObjectAndKey(
  (ctx: GenerateContext, { p, articleId }: { p: Person; articleId: string }): string | null => {
    if (!isPersonLike(p) && /\s/.test(p.name.trim())) return null;
    const year = titledReports(ctx).find((r) => r.id === articleId)?.year ?? null;
    const shown = displayName(p);
    const written = surnameTitles(ctx, shown).filter((r) => r.report.id === articleId || (!r.report.isCopy && year !== null && r.report.year === year));
    const role = headTitle(p.role)?.toLowerCase();
    let seen = false;
    for (const surname of titleSurnames(shown)) {
      // "Vice President Biden" in a 2014 report: a title written there, but no head's, so no "President Biden" then.
      seen ||= written.some((r) => (r.value.get(surname)?.any.size ?? 0) > 0);
      const offices = new Set(written.flatMap((r) => [...(r.value.get(surname)?.held ?? [])]));
      const office = role && offices.has(role) ? role : offices.size === 1 ? [...offices][0] : undefined;
      if (office) return `${office.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())} ${surname}`;
    }
    return seen ? null : titledName(ctx, p);
  },
  ({ p, articleId }) => `${articleId}\u0000${p.id}`,
);

/** The words of a shown name a title may stand before alone: its last, or the first of a two-word name; never a place. */
function titleSurnames(shown: string): string[] {
  const words = shown.split(/\s+/).reverse();
  return words.filter((w, i) => (i === 0 || words.length === 2) && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) && !isPlaceWord(w));
}
