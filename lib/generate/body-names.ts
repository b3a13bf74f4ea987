/**
 * Names of bodies as a translation miswrites them: "the Russian NATO Council" in one report where another
 * of the library writes "the NATO-Russia Council". The words match, their order does not: the hyphenated
 * compound is the body's name, the other a translator's rendering, and a question never shows it.
 */
import type { GenerateContext } from './context';
import { memoByObject } from './memo';

/** One to three capitalised words before the noun that makes them a body's name. */
const BODY_NAME = /(?:\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*\s+){1,3}(?:Council|Commission|Committee|Summit|Forum|Dialogue|Assembly)\b/gu;

/** The noun that ends every body's name: where a scan for BODY_NAME can find one at all. */
const BODY_NOUN = /(?:Council|Commission|Committee|Summit|Forum|Dialogue|Assembly)\b/g;
/** A character no BODY_NAME match consumes (a surrogate half counts as a letter: a wider window is harmless). */
const OUTSIDE_NAME = /[^\p{L}\s\-\uD800-\uDFFF]/u;

/**
 * The BODY_NAME matches of a text, as `text.matchAll(BODY_NAME)` gives them, found from its nouns: a match is
 * letters, hyphens and spaces ending on the noun, so only the run of such characters around each noun is
 * scanned, not every capital of the body (a whole-body scan was the slowest step of a 1,000-article bank).
 *
 * @example
 * bodyNamesIn('at the NATO-Russia Council.'); // → ['NATO-Russia Council']
 */
export function bodyNamesIn(text: string): string[] {
  const names: string[] = [];
  const noun = new RegExp(BODY_NOUN.source, 'g');
  const name = new RegExp(BODY_NAME.source, 'gu');
  let from = 0;
  for (let m = noun.exec(text); m; m = noun.exec(text)) {
    if (m.index < from) continue;
    let start = m.index;
    while (start > from && !OUTSIDE_NAME.test(text[start - 1] as string)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !OUTSIDE_NAME.test(text[end] as string)) end++;
    // The run and the character after it (what BODY_NAME's closing \b looks at).
    const run = text.slice(start, end + 1);
    name.lastIndex = 0;
    const hit = name.exec(run);
    if (hit) {
      names.push(hit[0]);
      from = start + hit.index + hit[0].length;
    } else from = end;
    noun.lastIndex = Math.max(noun.lastIndex, from);
  }
  return names;
}

/** The words of a name, stemmed (Russian ~ Russia) and sorted: one key for every order of them. */
function wordsKey(name: string): string {
  return name.split(/[\s-]+/).map((w) => w.toLowerCase().slice(0, 5)).sort().join(' ');
}

/**
 * The miswritten body names of the library: a name whose words another name holds in another order, joined
 * by a hyphen ("NATO-Russia Council") where it has none.
 *
 * @example
 * miswrittenBodyNames(ctx); // → Set { 'Russian NATO Council' }
 */
export const miswrittenBodyNames = memoByObject(function miswrittenBodyNames(ctx: GenerateContext): ReadonlySet<string> {
  const byKey = new Map<string, Set<string>>();
  for (const a of ctx.articles.values()) {
    for (const found of bodyNamesIn(a.body)) {
      const name = found.trim();
      const key = wordsKey(name);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(name));
    }
  }
  const hit = new Set<string>();
  for (const names of byKey.values()) {
    if (names.size < 2) continue;
    const hyphenated = [...names].filter((n) => /\p{L}-\p{Lu}/u.test(n));
    if (hyphenated.length === 0) continue;
    for (const n of names) if (!hyphenated.includes(n) && !hyphenated.some((h) => h.replace(/-/g, ' ') === n)) hit.add(n);
  }
  return hit;
});

/**
 * Whether a text shows a miswritten body name.
 *
 * @example
 * showsMiswrittenBody(ctx, 'a meeting in Brussels on Wednesday of the Russian NATO Council'); // → true
 */
export function showsMiswrittenBody(ctx: GenerateContext, text: string): boolean {
  const names = miswrittenBodyNames(ctx);
  if (names.size === 0) return false;
  for (const n of names) if (text.includes(n)) return true;
  return false;
}
