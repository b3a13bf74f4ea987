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

/** The library's bodies, each once. */
const bodiesOf = memoByObject((ctx: GenerateContext): string[] => [...new Set([...ctx.articles.values()].map((a) => a.body))]);

/** Every word the library writes in lower case: its common words ("food", "shuttle", "people"). */
const lowerCaseWords = memoByObject((ctx: GenerateContext): Set<string> => {
  const out = new Set<string>();
  for (const body of bodiesOf(ctx)) for (const m of body.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])/gu)) out.add(m[0]);
  return out;
});

/** Words before a name that make it a form of address or an office, not part of the name. */
const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|president|minister|prime|secretary|king|queen|prince|general|senator|governor|ambassador|chancellor|premier)$/;

/**
 * Whether the name's first word and its second or last are words the library writes in lower case: a given
 * name and a surname are rarely both common nouns ("Space Shuttle", "New People", "Revolution … Hall"), while
 * "Mark Rutte" or "Bill Nelson" have a surname no report writes so.
 *
 * @example
 * opensWithCommonWords('Food Standards', new Set(['food', 'standards'])); // → true
 * opensWithCommonWords('Mark Rutte', new Set(['mark'])); // → false
 */
export function opensWithCommonWords(name: string, common: ReadonlySet<string>): boolean {
  const words = name.trim().split(/\s+/).map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? normalise(w) : ''));
  const [first = '', second = ''] = words;
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !first || TITLE_WORD.test(first) || !common.has(first)) return false;
  // "Revolution Constitution Hall": the name's head noun is a common word too.
  return common.has(second) || common.has(last);
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "… — Edmonton Sun, August 16, 2008" at a line's end: the outlet of a source list. */
const SOURCE_LINE_TAIL = new RegExp(String.raw`^,\s*${MONTH}\s+\d{1,2},\s+\d{4}\s*(?:\n|$)`);

/**
 * Whether every mention continues into something else: another capitalised word ("Southeast Asian Nations"),
 * a noun it qualifies ("Southeast Asian activists"), or a source list's date (an outlet). A person is named
 * on their own at least once ("Asian said", "Noori, 16,").
 */
function neverStandsAlone(texts: readonly string[], name: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
  return everyMentionReads(texts, [pattern], (text, at) => {
    const end = at + name.length;
    const after = text.slice(end, end + 40);
    if (SOURCE_LINE_TAIL.test(after)) return true;
    // "Benigno S. Aquino III": a suffix is the name's own.
    if (/^[ \t]+\p{Lu}/u.test(after)) return !/^[ \t]+(?:[IVX]+|Jr|Sr)\b/.test(after);
    const next = /^[ \t]+(\p{Ll}+)(?:[ \t]+[\p{L}'’]+)?/u.exec(after);
    if (!next) return false;
    const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 80);
    const tags = tagSpan(text, from, end + next[0].length).filter((w) => w.start >= end);
    // "Steve Herman reports from Bangkok": the tagger reads the verb as a noun; what follows it shows a verb.
    return tags[0]?.pos === 'NOUN' && !['ADP', 'DET', 'PROPN', 'PRON'].includes(tags[1]?.pos ?? '');
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
export const readsAsNoPerson = memoByObjectAndKey(
  function readsAsNoPerson(ctx: GenerateContext, p: Person): boolean {
    if (opensWithCommonWords(p.name, lowerCaseWords(ctx))) return true;
    const texts = bodiesOf(ctx).filter((b) => b.includes(p.name));
    return p.name.trim().includes(' ') && neverStandsAlone(texts, p.name.trim());
  },
  (p: Person) => p.id,
);
