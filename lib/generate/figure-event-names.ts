import type { GenerateContext } from './context';

const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Ms|Mrs|Dr)$/;
/** "the deadlocked peace talks", "the meeting": talks the sentence refers to without naming them. */
const UNNAMED_TALKS = /\bthe\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|negotiations|conference|summit)\b/i;

/**
 * Whether a sentence about "the talks" says which: a place, a country, a people or a body beyond the
 * names of the people in it. "Brahimi's Saturday meetings … was a last-ditch effort to rescue the
 * deadlocked peace talks" does not say it is Syria, nor Geneva.
 *
 * @example
 * namesItsEvent(ctx, 'Envoys met for only 27 minutes to rescue the deadlocked talks.'); // → false
 */
export function namesItsEvent(ctx: GenerateContext, shown: string): boolean {
  if (!UNNAMED_TALKS.test(shown)) return true;
  const words = shown.split(/\s+/).slice(1).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  return words.some((w) => /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w) && ![...ctx.people.byId.values()].some((p) => p.name.split(/\s+/).includes(w)));
}

/** Whether a sentence names something beyond its first word that is not a day, a month or a person of the library. */
export function namesAPlace(ctx: GenerateContext, sentence: string): boolean {
  const words = sentence.split(/\s+/).slice(1).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  return words.some((w) => /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w) && ![...ctx.people.byId.values()].some((p) => p.name.split(/\s+/).includes(w)));
}
