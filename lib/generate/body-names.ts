/**
 * Names of bodies as a translation miswrites them: "the Russian NATO Council" in one report where another
 * of the library writes "the NATO-Russia Council". The words match, their order does not: the hyphenated
 * compound is the body's name, the other a translator's rendering, and a question never shows it.
 */
import type { GenerateContext } from './context';
import { memoByObject } from './memo';

/** One to three capitalised words before the noun that makes them a body's name. */
const BODY_NAME = /(?:\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*\s+){1,3}(?:Council|Commission|Committee|Summit|Forum|Dialogue|Assembly)\b/gu;

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
    for (const m of a.body.matchAll(BODY_NAME)) {
      const name = m[0].trim();
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
