/** Place distractors: real cities, preferring those the library itself mentions. */
import type { GenerateContext } from './context';
import { createRng } from './hash';
import { normalise } from './text';

/**
 * Cities where diplomacy of this kind happens, used only when the library names too few places
 * to fill four choices. These are distractor candidates, never answers.
 */
const FALLBACK_CITIES = [
  'Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'Warsaw', 'Helsinki', 'Minsk', 'Rome',
  'Madrid', 'Prague', 'Budapest', 'Stockholm', 'Oslo', 'Munich', 'The Hague', 'Istanbul', 'Riga', 'Vilnius',
];

/**
 * Whether a meeting place is a city one can ask about (not "virtual", not empty).
 *
 * @example
 * isRealPlace('virtual'); // → false
 */
export function isRealPlace(place: string | null): place is string {
  return !!place && !/^(virtual|online|video|phone|remote)/i.test(place.trim());
}

const libraryPlaceCache = new WeakMap<GenerateContext, string[]>();

/**
 * The cities the library's meetings took place in, sorted.
 *
 * @example
 * libraryPlaces(ctx); // → ['Berlin', 'Brussels', 'Geneva', 'Paris', 'Vienna']
 */
export function libraryPlaces(ctx: GenerateContext): string[] {
  const cached = libraryPlaceCache.get(ctx);
  if (cached) return cached;
  const seen = new Map<string, string>();
  for (const m of ctx.meetings) if (isRealPlace(m.place) && !seen.has(normalise(m.place))) seen.set(normalise(m.place), m.place.trim());
  const out = [...seen.values()].sort();
  libraryPlaceCache.set(ctx, out);
  return out;
}

/**
 * Up to `count` cities other than the answer and anything excluded (e.g. the place another report
 * gives for the same meeting), library cities first, in a seeded order.
 *
 * @example
 * pickPlaces(ctx, 'Geneva', ['Lausanne'], 3, 'seed'); // e.g. ['Vienna', 'Brussels', 'Paris']
 */
export function pickPlaces(ctx: GenerateContext, answer: string, excluded: string[], count: number, seed: string): string[] {
  const rng = createRng(seed);
  const banned = [...new Set([answer, ...excluded].map(normalise))];
  const clash = (p: string) => banned.some((b) => b === normalise(p) || ` ${b} `.includes(` ${normalise(p)} `) || ` ${normalise(p)} `.includes(` ${b} `));
  const inLibrary = new Set(libraryPlaces(ctx).map(normalise));
  const candidates = [...new Set([...libraryPlaces(ctx), ...FALLBACK_CITIES])]
    .filter((p) => !clash(p))
    .map((p) => ({ p, score: (inLibrary.has(normalise(p)) ? 1 : 0) + rng() }))
    .sort((a, b) => b.score - a.score);
  const out: string[] = [];
  for (const { p } of candidates) {
    if (out.length >= count) break;
    if (!out.some((o) => normalise(o) === normalise(p))) out.push(p);
  }
  return out;
}

/**
 * Share of the picked places that the library itself mentions (a proxy for how tempting they are).
 *
 * @example
 * placeSimilarity(ctx, ['Vienna', 'Rome']); // → 0.5
 */
export function placeSimilarity(ctx: GenerateContext, picks: string[]): number {
  const inLibrary = new Set(libraryPlaces(ctx).map(normalise));
  return picks.length ? picks.filter((p) => inLibrary.has(normalise(p))).length / picks.length : 0;
}
