/**
 * The states a text names (by country, demonym or the short names news copy uses) and their capitals: the
 * capitals of an article's parties, which place questions ask first, and the tables the stem checks of
 * capital-clues.ts read.
 */
import type { GenerateContext } from './context';
import { WORLD_DEMONYMS } from '@/lib/extract/lexicons/world-countries';
import { STATE_SHORT_NAME_LEXICON } from '@/lib/extract/lexicons/state-names';
import { sideOfPlace } from './nations';
import { CAPITALS, capitalOfState } from './capitals';
import { escapeRegExp, normalise } from './text';
import { memoByObjectAndKey, memoByText } from './memo';
import { REGION_OF } from './place-regions';

/** State → the words that name it ("Ethiopia", "Ethiopian"), built once. */
export const WORDS_FOR_STATE = new Map<string, string[]>();
for (const { state } of CAPITALS) WORDS_FOR_STATE.set(state, [state]);
for (const [demonym, state] of Object.entries(WORLD_DEMONYMS)) WORDS_FOR_STATE.get(state)?.push(demonym.charAt(0).toUpperCase() + demonym.slice(1));
// The names news copy uses beside the table's own ("Turkey" for Türkiye, "Britain" for the United Kingdom),
// joined through the side the state's capital speaks for: a headline "… in Turkey" names Ankara's state (blind-35).
const STATE_OF_SIDE = new Map([...WORDS_FOR_STATE.keys()].map((state) => [sideOfPlace(capitalOfState(state)?.city ?? ''), state]));
for (const entry of STATE_SHORT_NAME_LEXICON.entries) {
  if (entry.source !== 'countries') continue;
  const side = STATE_SHORT_NAME_LEXICON.record[entry.word];
  const state = side ? STATE_OF_SIDE.get(side) : undefined;
  const form = entry.word.charAt(0).toUpperCase() + entry.word.slice(1);
  // "us", "uk": a short form in capitals is an abbreviation the tally reads as written, not a name.
  if (state && /^\p{Ll}{4,}$/u.test(entry.word) && !WORDS_FOR_STATE.get(state)?.includes(form)) WORDS_FOR_STATE.get(state)?.push(form);
}

let statesWithCapitalsTable: { state: string; words: string[]; capital: string }[] | null = null;

/** The states whose capital has a region, with their words and normalised capital: fixed tables, read once. */
function statesWithCapitals(): { state: string; words: string[]; capital: string }[] {
  statesWithCapitalsTable ??= [...WORDS_FOR_STATE].map(([state, words]) => ({ state, words, capital: normalise(capitalOfState(state)?.city ?? '') })).filter((s) => REGION_OF.has(s.capital));
  return statesWithCapitalsTable;
}

/** States an article names at least this often are its parties. */
const PARTY_MENTIONS = 2;

/**
 * The capitals of the states an article is about (named by country or demonym at least twice, up to
 * four, most named first): where its parties might have met.
 *
 * @example
 * partyCapitals(ctx, mideastTalks); // → Set { 'washington', 'jerusalem', 'ramallah', 'cairo' }
 */
export const partyCapitals = memoByObjectAndKey(function partyCapitals(ctx: GenerateContext, articleId: string): Set<string> {
  const article = ctx.articles.get(articleId);
  if (!article) return new Set();
  // Keyed by the text: a story syndicated under several ids is read once.
  const named = partyCapitalsOfText(ctx, `${article.title} ${article.body}`);
  // Once per article: every where-question of the article scores its towns by these.
  // A party is named in the headline or the lead too: a press conference's talk of Burma and of the Middle East
  // twice over made Naypyidaw and Jerusalem look like places Obama and Yudhoyono might have met (blind-31).
  const inLead = capitalsNamedIn(`${article.title} ${article.body.slice(0, LEAD_CHARS)}`, 1);
  return new Set([...named].filter((capital) => inLead.has(capital)));
});

/** How much of the body is the lead a story's parties are named in. */
const LEAD_CHARS = 400;

const partyCapitalsOfText = memoByObjectAndKey(function partyCapitalsOfText(_ctx: GenerateContext, text: string): Set<string> {
  return capitalsNamedIn(text, PARTY_MENTIONS);
});

/**
 * The capitals (normalised) of the states a text names at least `min` times (by country or demonym), up to
 * `limit`, most named first.
 *
 * @example
 * capitalsNamedIn('Polish officials met Czech envoys', 1); // → Set { 'warsaw', 'prague' }
 */
export function capitalsNamedIn(text: string, min: number, limit = 4): Set<string> {
  return new Set(capitalsOnce(`${min}\u0000${limit}\u0000${text}`));
}

/**
 * capitalsNamedIn once per text and bounds: a meeting's questions ask it of the same stem, and each place offered
 * of the same headline and body.
 */
const capitalsOnce = memoByText((key: string): readonly string[] => {
  const a = key.indexOf('\u0000');
  const b = key.indexOf('\u0000', a + 1);
  return [...capitalsUncached(key.slice(b + 1), Number(key.slice(0, a)), Number(key.slice(a + 1, b)))];
});

function capitalsUncached(text: string, min: number, limit: number): Set<string> {
  // The text's capitalised words counted once; a state of several words ("South Sudan") is searched for.
  const tally = new Map<string, number>();
  for (const raw of text.match(/\p{Lu}[\p{L}.]*/gu) ?? []) {
    // "Sudan." ends a sentence; "U.S." keeps its stops.
    const w = /^(?:\p{Lu}\.)+$/u.test(raw) ? raw : raw.replace(/\.+$/, '');
    tally.set(w, (tally.get(w) ?? 0) + 1);
  }
  const count = (w: string) => (w.includes(' ') ? countWords(text, w) : tally.get(w) ?? 0);
  const counts: [string, number][] = [];
  for (const { state, words, capital } of statesWithCapitals()) {
    const n = words.reduce((sum, w) => sum + count(w), state === 'United States' ? count('US') + count('U.S.') : 0);
    if (n >= min) counts.push([capital, n]);
  }
  return new Set(counts.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit).map(([c]) => c));
}

/** How many times a word or name occurs in a text, as a whole word. */
function countWords(text: string, word: string): number {
  if (!text.includes(word)) return 0;
  return text.split(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u')).length - 1;
}
