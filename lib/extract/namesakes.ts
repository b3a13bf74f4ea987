import { roleWords } from './attribution/roles';
import { givenNameGender } from './given-name-gender';
import type { Mention } from './mentions';
import { isSlipOf } from './name-variants';
import type { Group, NameSighting } from './person-groups';

/**
 * Of several people a lone name could mean (a shared surname, a misspelt one), the one it means: told
 * apart by the title written before it, by a courtesy title against the namesakes' genders, or by the
 * one surname it misspells. Read by people.ts when it resolves a lone word.
 */

/** The one group with a surname that `word` misspells, or null (none, or two could be meant). */
export function slipTarget(groups: Group[], word: string, isLocal: boolean, allowed: (g: Group) => boolean = () => true): Group | null {
  const near = groups.filter((g) => [...g.lasts].some((last) => isSlipOf(last, word, isLocal)) && allowed(g));
  return near.length === 1 ? (near[0] as Group) : null;
}

/** Of several people sharing a surname, the one the mention's title or courtesy title tells apart, or null. */
export function telling(groups: Group[], m: Mention): Group | null {
  return byTitle(groups, m) ?? byHonorific(groups, m);
}

/** Of several people sharing a surname, the one whose titles hold the title written before it, if exactly one does. */
function byTitle(groups: Group[], m: Mention): Group | null {
  const head = m.role ? roleWords(m.role).at(-1) : undefined;
  if (!head) return null;
  const matching = groups.filter((g) => g.sightings.some((s) => s.mention.role !== null && s.mention.name.length >= 2 && roleWords(s.mention.role).includes(head)));
  return matching.length === 1 ? (matching[0] as Group) : null;
}

/**
 * Of several people sharing a surname, the one a courtesy title can mean: "Mr. Bush" in a story that
 * also names "First Lady Laura Bush" is the one man, when every other namesake is shown a woman (a
 * "Ms"/"Mrs" sighting, or a given name only women bear), and the other way round.
 */
function byHonorific(groups: Group[], m: Mention): Group | null {
  if (!m.gender) return null;
  const matching = groups.filter((g) => groupGender(g) !== (m.gender === 'm' ? 'f' : 'm'));
  return matching.length === 1 ? (matching[0] as Group) : null;
}

/** A group's gender when its sightings show one and only one: a courtesy title, else a given name of one list. */
function groupGender(g: Group): 'm' | 'f' | null {
  const seen = new Set<'m' | 'f'>();
  for (const s of g.sightings) {
    const { gender, name } = s.mention;
    if (gender) seen.add(gender);
    else for (const w of name.slice(0, -1)) {
      const given = givenNameGender(w);
      if (given) seen.add(given);
    }
  }
  return seen.size === 1 ? ([...seen][0] as 'm' | 'f') : null;
}

/**
 * Whether a lone name ("President Biden", a transcript's "PRESIDENT BIDEN:") cannot mean `g`: the report (or,
 * without `articleId`, every report) names `g` in full only inside someone else's words and only by a form of
 * address ("thank you and Dr. Jill Biden", blind-44), never with the lone name's title or form of address
 * (`courtesy`: "DR. GOODMAN:" after "we have Dr. Jesse Goodman" is the same man). The president of the headline and
 * the labels is then someone the report never names in full.
 */
export function isQuotedStranger(g: Group, m: Mention, courtesy?: string, articleId?: string): boolean {
  // Asked for every lone name against groups of the whole library: without a sighting quoted by courtesy the answer is
  // no, told without reading the sightings again (a library of 1,000 reports made it quadratic).
  if (!hasQuotedByCourtesy(g.sightings)) return false;
  // In the mention's own report only its sightings there count; across the library, all of them.
  const full = g.sightings.filter((s) => s.mention.name.length >= 2 && (articleId === undefined || s.articleId === articleId));
  if (full.length === 0 || full.some((s) => !s.quotedByCourtesy || s.courtesy === courtesy)) return false;
  const head = m.role ? roleWords(m.role).at(-1) : undefined;
  return !head || !g.sightings.some((s) => s.mention.role !== null && roleWords(s.mention.role).includes(head));
}

/** How far a group's sightings have been read for one quoted by courtesy, and whether one was: sightings are only appended. */
const courtesyScan = new WeakMap<NameSighting[], { read: number; found: boolean }>();

/** Whether any sighting is quoted by courtesy, reading each sighting once however often it is asked. */
function hasQuotedByCourtesy(sightings: NameSighting[]): boolean {
  let scan = courtesyScan.get(sightings);
  if (!scan) courtesyScan.set(sightings, (scan = { read: 0, found: false }));
  for (; !scan.found && scan.read < sightings.length; scan.read++) scan.found = (sightings[scan.read] as NameSighting).quotedByCourtesy === true;
  return scan.found;
}
