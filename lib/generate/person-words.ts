/**
 * Names the people index holds that no reader would take for a person, read from how the library writes
 * their words: "Space Shuttle Columbia" and "Food Standards" open with words the reports use as common
 * nouns ("a retired shuttle", "food"); "Southeast Asian" only ever qualifies what follows ("Southeast Asian
 * activists", "… Asian Nations"); "Edmonton Sun" appears only as the outlet of a source list. Offered as
 * who-said options (round 15's full review), each was a choice a student rules out without the article.
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { tagSpan } from '@/lib/extract/pos';
import { escapeRegExp, normalise } from './text';
import { everyMentionReads } from './thing-names';
import { memoByObject, memoByObjectAndKey } from './memo';
import { NATIONALITIES } from '@/lib/extract/lexicon';

/** The library's bodies, each once. */
const bodiesOf = memoByObject((ctx: GenerateContext): string[] => [...new Set([...ctx.articles.values()].map((a) => a.body))]);

/** Every word the library writes in lower case: its common words ("food", "shuttle", "people"). */
const lowerCaseWords = memoByObject((ctx: GenerateContext): Set<string> => {
  const out = new Set<string>();
  // Words of prose only, between spaces and stops: a link's "…/mike-pompeo" is no common word.
  for (const body of bodiesOf(ctx)) for (const m of body.matchAll(/(?<=[ \t(“"])\p{Ll}{3,}(?=[ \t,.;:!?)”"])/gu)) out.add(m[0]);
  return out;
});

/** Words before a name that make it a form of address or an office, not part of the name. */
const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|president|minister|prime|secretary|king|queen|prince|general|senator|governor|ambassador|chancellor|premier)$/;

/**
 * Whether the name's first two words are both words the library writes in lower case: a given name and the
 * next name are rarely both common nouns ("Space Shuttle", "New People", "Revolution Constitution Hall"), while
 * "Mark Rutte" or "Bill Nelson" have a second name no report writes so ("Mark Lyall Grant" keeps "Lyall").
 *
 * @example
 * opensWithCommonWords('Food Standards', new Set(['food', 'standards'])); // → true
 * opensWithCommonWords('Mark Rutte', new Set(['mark'])); // → false
 */
export function opensWithCommonWords(name: string, common: ReadonlySet<string>): boolean {
  const words = name.trim().split(/\s+/).map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? normalise(w) : ''));
  const [first = '', second = ''] = words;
  return words.length >= 2 && !TITLE_WORD.test(first) && common.has(first) && common.has(second);
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "… — Edmonton Sun, August 16, 2008" at a line's end: the outlet of a source list. */
const SOURCE_LINE_TAIL = new RegExp(String.raw`^,\s*${MONTH}\s+\d{1,2},\s+\d{4}\s*(?:\n|$)`);

const nounAfterSubject = new Map<string, boolean>();

/**
 * Whether a lower-case word after a name is a noun the name qualifies ("activists"), not the verb of a
 * sentence the name opens ("jokes:", "reports from"): read as the tagger reads it after a pronoun subject,
 * where a verb cannot pass for a noun as it can after a proper noun.
 */
function isNounAfterSubject(word: string): boolean {
  let hit = nounAfterSubject.get(word);
  if (hit === undefined) {
    const probe = `She ${word} that.`;
    hit = tagSpan(probe, 0, probe.length)[1]?.pos === 'NOUN';
    if (nounAfterSubject.size < 10_000) nounAfterSubject.set(word, hit);
  }
  return hit;
}

/** Every whole-word mention of a name. */
function mentionPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
}

/**
 * Whether a capitalised word after a name goes on with it ("Papua New Guinea"): "Benigno S. Aquino III" has
 * its suffix, and "… met Dana Voss Monday" a day or a month of the sentence's, not the name's.
 */
function runsOn(after: string): boolean {
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(after) && !new RegExp(String.raw`^[ \t]+(?:[IVX]+|Jr|Sr|${WEEKDAY}|${MONTH})\b`).test(after);
}

/** Whether a name runs on into a capitalised word the library never writes in lower case: "Papua New Guinea". */
function runsOnInto(after: string, common: ReadonlySet<string>): boolean {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  return !!next && runsOn(after) && !common.has(normalise(next));
}

/** Nouns of a leader's term a name qualifies only as a person's: "the Kamla Persad-Bissessar administration". */
const TERM_NOUN = /^[ \t]+(?:administration|government|presidency|premiership|cabinet|regime|era)\b/;

/**
 * Whether every mention continues into something else: another capitalised word ("Southeast Asian Nations"),
 * a noun it qualifies ("Southeast Asian activists"), or a source list's date (an outlet). A person is named
 * on their own at least once ("Asian said", "Noori, 16,").
 */
function neverStandsAlone(texts: readonly string[], name: string): boolean {
  return everyMentionReads(texts, [mentionPattern(name)], (text, at) => {
    const end = at + name.length;
    const after = text.slice(end, end + 40);
    if (SOURCE_LINE_TAIL.test(after)) return true;
    if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after)) return runsOn(after);
    // "the … administration": a leader's term, so the name is a person's.
    if (TERM_NOUN.test(after)) return false;
    // "doesn't": a contraction is a verb's.
    const next = /^[ \t]+(\p{Ll}+)(?![\p{L}'’])/u.exec(after);
    return !!next && isNounAfterSubject(next[1] ?? '');
  });
}

/**
 * Whether a person of the index reads, by the words of the name and how the reports write them, as no
 * person at all: an organisation, a vehicle, a building, an adjective or an outlet.
 *
 * @example
 * readsAsNoPerson(ctx, spaceShuttleColumbia); // → true
 * readsAsNoPerson(ctx, rodabaNoori); // → false
 */
/**
 * Whether a name ends in a nation's people, a plural demonym: "Asian Americans", "Young Britons" are a group the
 * speaker talks of, not someone who could have spoken (blind-40 offered "Asian Americans" for Biden's words).
 *
 * @example
 * namesAPeople('Asian Americans'); // → true
 * namesAPeople('Dylan Thomas'); // → false
 */
export function namesAPeople(name: string): boolean {
  const last = normalise(name.trim().split(/\s+/).pop() ?? '');
  const singular = last.endsWith('s') ? last.slice(0, -1) : '';
  return singular.length > 2 && Object.hasOwn(NATIONALITIES, singular);
}

/**
 * The last words of a place's name that no one's family name takes: "Silicon Valley", "Gaza Strip", "Korean
 * Peninsula" (round 16: "Silicon Valley" was offered for Ruto's words). "Lake", "Bay", "Park" and "Hill" are
 * family names too (Ricki Lake, Michael Bay), so they are not here.
 */
const LANDFORM_TAIL = /\s(?:Valley|River|Sea|Ocean|Gulf|Strait|Peninsula|Islands?|Strip|Mountains|Heights|Coast|Desert|Basin|Canyon|Delta|Airport|Harbou?r|Square|Avenue)$/;

/**
 * Whether a name is a place's by its last word.
 *
 * @example
 * namesALandform('Silicon Valley'); // → true
 * namesALandform('Michael Bay'); // → false
 */
export function namesALandform(name: string): boolean {
  return LANDFORM_TAIL.test(name.trim());
}

export const readsAsNoPerson = memoByObjectAndKey(
  function readsAsNoPerson(ctx: GenerateContext, p: Person): boolean {
    if (namesAPeople(p.name) || namesALandform(p.name)) return true;
    if (opensWithCommonWords(p.name, lowerCaseWords(ctx))) return true;
    const texts = bodiesOf(ctx).filter((b) => b.includes(p.name));
    const name = p.name.trim();
    if (!name.includes(' ')) return false;
    // A role the reports give ("Prime Minister") shows a person, whatever their name qualifies ("the … Fund"), but
    // not a cut name every mention runs on from ("Papua New" of "… to Visit Papua New Guinea", read with a headline's role).
    // A headline's title case ("… Mohammad Javad Zarif Before Their Meeting") runs on into common words, a place's name does not.
    if (p.role) return everyMentionReads(texts, [mentionPattern(name)], (text, at) => runsOnInto(text.slice(at + name.length, at + name.length + 40), lowerCaseWords(ctx)));
    return neverStandsAlone(texts, name);
  },
  (p: Person) => p.id,
);
