/** Place distractors: real cities, preferring those the library itself mentions. */
import type { GenerateContext } from './context';
import { seededShuffle } from './hash';
import { containsWords, normalise } from './text';
import { memoByObject } from './memo';
import { isTheSceneIn } from './capital-clues';
import { HOSTS_TALKS, INTERNATIONAL_SEATS, KNOWN_CITIES, REGION_OF, SUBREGIONS_OF, VENUE_WORD, VENUES } from './place-regions';
import { partyCapitals } from './state-capitals';
import { gazetteerCity } from './gazetteer';
import { capitalOfTownState, homeTownsOf } from './home-towns';
import { stateOfBlankedTown, townsOfStatedState } from './place-demonym';
import { memoStateOfTown } from './body-members';
import { territoryPeers, territoryTowns } from './place-territories';
import { titleCase } from '@/lib/text/title-case';
import { bilateralTowns, isBilateralVenue, isPartyTown } from './bilateral-venues';

/** Two buildings of the same kind: an air base is answered by air bases, a palace by palaces. */
function sameVenueKind(a: string, b: string): boolean {
  return VENUE_WORD.exec(a)?.[0] === VENUE_WORD.exec(b)?.[0];
}

/**
 * Whether a meeting place is a city one can ask about (not "virtual", not empty).
 *
 * @example
 * isRealPlace('virtual'); // → false
 */
export function isRealPlace(place: string | null): place is string {
  return !!place && !/^(virtual|online|video|phone|remote)/i.test(place.trim());
}

/**
 * The cities the library's meetings took place in, sorted.
 *
 * @example
 * libraryPlaces(ctx); // → ['Berlin', 'Brussels', 'Geneva', 'Paris', 'Vienna']
 */
export const libraryPlaces = memoByObject(function libraryPlaces(ctx: GenerateContext): string[] {
  const seen = new Map<string, string>();
  for (const m of ctx.meetings) if (isRealPlace(m.place) && !seen.has(normalise(m.place))) seen.set(normalise(m.place), m.place.trim());
  return [...seen.values()].sort();
});

/** Where a question is asked: its article (whose states are the parties) and the text the student sees. */
export interface PlaceScope {
  articleId?: string;
  shown?: string;
  /** Capitals (normalised) of the states the stem's own sentence names: asked before any other town. */
  named?: Set<string>;
  /** The member states of the body whose gathering is asked (body-members.ts): their towns come first. */
  members?: ReadonlySet<string> | null;
  /** The capitals (normalised) of the two states a bilateral meeting joins: only their towns and neutral seats are offered. */
  bilateral?: ReadonlySet<string> | null;
}

/**
 * Up to `count` cities other than the answer and anything excluded (e.g. the place another report
 * gives for the same meeting), in a seeded order, most plausible first: the capitals of the states the
 * article is about (the parties could have met there), the answer's own state's towns where such meetings
 * are held (St Petersburg and Sochi beside Moscow), towns of the answer's part of the world, and for
 * the seat of an international body (Geneva, Vienna, New York) the other seats first; then the region, the library's places
 * and capitals. A city gets only cities and a building ("Westminster") only buildings: one of another kind
 * among the four would give itself away. A town the stem names is never offered; a stem set in a territory ("in the
 * West Bank") whose town is the answer gets the territory's towns only.
 *
 * @example
 * pickPlaces(ctx, 'Geneva', ['Lausanne'], 3, 'seed'); // e.g. ['Vienna', 'Brussels', 'Paris']
 */
export function pickPlaces(ctx: GenerateContext, answer: string, excluded: string[], count: number, seed: string, scope: PlaceScope = {}): string[] {
  const banned = [...new Set([answer, ...excluded].map(normalise))];
  const clash = (p: string) => {
    const n = normalise(p);
    return banned.some((b) => b === n || ` ${b} `.includes(` ${n} `) || ` ${n} `.includes(` ${b} `)) || (!!scope.shown && (containsWords(scope.shown, p) || isTheSceneIn(scope.shown, p)));
  };
  const pools = placePools(ctx);
  // "Meanwhile, in the West Bank, … a funeral in _____": the territory's own towns, or too few options.
  // "Hostages still held in _____" (Gaza): a territory gets territories of its part of the world, not towns.
  const territory = (scope.shown ? territoryTowns(scope.shown, answer) : null) ?? territoryPeers(answer);
  // A building gets buildings ("Westminster", "the Kremlin"); a town the list does not know ("Deir el-Balah")
  // gets known towns, never the library's countries, regions or misread places ("Bavaria", "Turkiye").
  const general = territory
    ? territory
    : VENUE_WORD.test(answer)
    ? libraryPlaces(ctx).filter((p) => sameVenueKind(p, answer))
      : VENUES.some((v) => normalise(v) === normalise(answer)) || /^the\s/i.test(answer)
        ? VENUES
        : [...pools.towns, ...homeTownsOfHost(answer), ...(scope.articleId ? partyVenueTowns(partyCapitals(ctx, scope.articleId), answer) : [])];
  // "in the Russian city of _____": towns of the state the sentence names, or too few options.
  const stated = scope.shown ? stateOfBlankedTown(scope.shown) : null;
  const statedPool = stated ? townsOfStatedState(general, stated) : general;
  // "the UK-China Human Rights Dialogue": the parties' own towns and neutral seats, never Berlin or Madrid.
  const bilateral = scope.bilateral;
  const pool = bilateral ? [...statedPool, ...bilateralTowns(bilateral)].filter((p) => isBilateralVenue(p, bilateral)) : statedPool;
  const placeScore = placeScorer(ctx, answer, pools.inLibrary, scope.articleId, scope.named);
  // Both parties' towns stand beside the answer alike: London, Beijing, Shanghai, Manchester, not London and three of one side's.
  const scored = bilateral ? (p: string) => placeScore(p) + (isPartyTown(p, answer, bilateral) ? PARTY_VENUE : 0) : placeScore;
  // A NATO summit is held in a member's town: Kabul or Geneva beside Lisbon is no choice (blind-46).
  const members = scope.members;
  const score = members ? (p: string) => scored(p) + (members.has(memoStateOfTown(p) ?? '') ? 64 : 0) : scored;
  const tiers = new Map<number, string[]>();
  for (const p of pool) {
    const k = score(p);
    const tier = tiers.get(k);
    if (tier) tier.push(p);
    else tiers.set(k, [p]);
  }
  const out: string[] = [];
  for (const k of [...tiers.keys()].sort((a, b) => b - a)) {
    if (out.length >= count) break;
    for (const p of seededShuffle(tiers.get(k) ?? [], `${seed}|${k}`)) {
      if (out.length >= count) break;
      if (!clash(p) && !out.some((o) => normalise(o) === normalise(p))) out.push(p);
    }
  }
  return out;
}

/** How plausible a town is beside `answer`, as a number: higher is asked first. */
function placeScorer(ctx: GenerateContext, answer: string, inLibrary: Set<string>, articleId?: string, named = new Set<string>()): (p: string) => number {
  const a = normalise(answer);
  const region = regionOfTown(a);
  const subs = SUBREGIONS_OF.get(a) ?? [];
  const seat = INTERNATIONAL_SEATS.has(a);
  const parties = articleId ? partyCapitals(ctx, articleId) : new Set<string>();
  const home = new Map(homeTownsOfHost(answer).map((t, i) => [normalise(t), i < 2 ? 16 : 10]));
  const venues = new Set(partyVenueTowns(parties, answer).map(normalise));
  return (p: string) => {
    const n = normalisedTown(p);
    // "Russian and Ukrainian officials met in _____ with representatives of France and Germany": every state
    // the sentence names could have been the host, so Paris must stand beside Berlin, Moscow and Kyiv (blind-34).
    // A Kremlin meeting could as well have been in St Petersburg or Sochi: two towns of the answer's own state
    // outrank a neighbour's capital the story never names (Bratislava, Tallinn for Putin and Nazarbayev); a
    // third comes after the capitals of the story's own states (Astana) but before such a neighbour.
    return (named.has(n) ? 32 : 0)
      + (parties.has(n) ? 16 : 0)
      + (home.get(n) ?? 0)
      + (venues.has(n) ? PARTY_VENUE : 0)
      + ((SUBREGIONS_OF.get(n) ?? []).some((s) => subs.includes(s)) ? 8 : 0)
      + (seat && INTERNATIONAL_SEATS.has(n) ? 16 : 0)
      + (region && regionOfTown(n) === region ? 4 : 0)
      + (inLibrary.has(n) ? 2 : 0)
      + (HOSTS_TALKS.has(n) ? 1 : 0);
  };
}

/**
 * What a town where another party's leaders receive guests adds: talks of Russia's and North Korea's military in
 * Pyongyang are answered by Vladivostok beside Moscow, never by Colombo or Astana (blind-48). Below a party's
 * capital and the answer's own towns, beside a town of the answer's part of the world.
 */
const PARTY_VENUE = 10;

/** The towns where the other parties' leaders receive guests (home-towns.ts), not those of the answer's state. */
function partyVenueTowns(parties: ReadonlySet<string>, answer: string): string[] {
  const own = normalise(capitalOfTownState(answer) ?? answer);
  return [...parties].filter((c) => c !== own).flatMap((c) => homeTownsOf(c));
}

/**
 * The answer's own state's towns to offer beside it, none for the seat of an international body: talks in
 * Geneva or New York are answered by the other seats (Vienna, The Hague), not by Davos or Los Angeles.
 */
function homeTownsOfHost(answer: string): string[] {
  return INTERNATIONAL_SEATS.has(normalise(answer)) ? [] : homeTownsOf(answer);
}

/** A town's region: the lists', else that of its state's capital (Sochi is in Moscow's part of the world). */
function regionOfTown(n: string): string | undefined {
  return REGION_OF.get(n) ?? REGION_OF.get(normalise(capitalOfTownState(n) ?? ''));
}

const townNames = new Map<string, string>();

/** A town's name normalised, once: every where-question scores the whole list of towns. */
function normalisedTown(p: string): string {
  let n = townNames.get(p);
  if (n === undefined) townNames.set(p, (n = normalise(p)));
  return n;
}

/** The towns a place question may offer (library towns first, then the known ones), computed once. */
const placePools = memoByObject(function placePools(ctx: GenerateContext): { towns: string[]; inLibrary: Set<string> } {
  const inLibrary = new Set(libraryPlaces(ctx).map(normalise));
  // A dateline's "WASHINGTON" is the town "Washington": offered in capitals beside "Amsterdam" it stands out (blind-57).
  const known = new Map(KNOWN_CITIES.map((c) => [normalise(c), c]));
  const seen = new Set<string>();
  const towns: string[] = [];
  for (const p of [...libraryPlaces(ctx), ...KNOWN_CITIES]) {
    const key = normalise(p);
    if (seen.has(key) || !REGION_OF.has(key)) continue;
    seen.add(key);
    towns.push(isAllCaps(p) ? (known.get(key) ?? titleCase(p)) : p);
  }
  return { towns, inLibrary };
});

/** "WASHINGTON", "NEW YORK": letters in capitals only. */
function isAllCaps(place: string): boolean {
  return /\p{Lu}{2}/u.test(place) && !/\p{Ll}/u.test(place);
}

/**
 * The world region of a known town, or null.
 *
 * @example
 * regionOf('Kigali'); // → 'africa'
 */
export function regionOf(place: string): string | null {
  return REGION_OF.get(normalise(place)) ?? null;
}

/**
 * Whether a place can be asked with honest wrong answers: a town the lists know (or a building, answered
 * by buildings). An unknown name may be a region, a country or a misreading ("Bavaria", "Submarine Support").
 *
 * @example
 * isAskablePlace('Vienna'); // → true
 * isAskablePlace('Bavaria'); // → false
 */
export function isAskablePlace(place: string): boolean {
  return REGION_OF.has(normalise(place)) || VENUES.some((v) => normalise(v) === normalise(place)) || VENUE_WORD.test(place);
}

/**
 * Whether a place can be asked among options: a place isAskablePlace takes, or a town the gazetteer knows in
 * a part of the world the lists know ("talks in Sirte" is answered by Tripoli and Benghazi). A typed blank
 * keeps to the lists: with no options beside it, a lesser town ("Nogales") asks for a spelling, not a reading.
 *
 * @example
 * isAskableAmongOptions('Sirte'); // → true
 * isAskableAmongOptions('Bavaria'); // → false
 */
export function isAskableAmongOptions(place: string): boolean {
  return isAskablePlace(place) || (!!gazetteerCity(place) && !!regionOfTown(normalise(place)));
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
