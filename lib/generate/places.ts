/** Place distractors: real cities, preferring those the library itself mentions. */
import type { GenerateContext } from './context';
import { seededShuffle } from './hash';
import { WORLD_CAPITALS, WORLD_DEMONYMS } from '@/lib/extract/lexicons/world-countries';
import { STATE_SHORT_NAME_LEXICON } from '@/lib/extract/lexicons/state-names';
import { capitalCity, sideOfPlace } from './nations';
import { containsWords, escapeRegExp, normalise } from './text';
import { memoByObject, memoByObjectAndKey, memoByText } from './memo';

/**
 * Cities by world region. A wrong answer should be a city of the same part of the world (a student
 * who knows the Geneva talks were in Europe should still have to think), so distractors come from
 * the answer's region first; cities from the library come first within it. Also the fallback when
 * the library names too few places. These are distractor candidates, never answers.
 */
const CITIES_BY_REGION: Record<string, string[]> = {
  europe: [
    'Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'Warsaw', 'Helsinki', 'Minsk', 'Rome', 'Madrid',
    'Prague', 'Budapest', 'Stockholm', 'Oslo', 'Munich', 'The Hague', 'Istanbul', 'Riga', 'Vilnius', 'Lisbon',
    'Copenhagen', 'Amsterdam', 'Luxembourg', 'Strasbourg', 'Frankfurt', 'Hamburg', 'Milan', 'Dublin', 'Athens',
    'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Bern', 'Zurich', 'Moscow', 'Kyiv', 'Kiev', 'Tallinn', 'Edinburgh',
    'Manchester', 'Barcelona', 'Lyon', 'Marseille', 'Cologne', 'Bratislava', 'Ljubljana', 'Lausanne', 'Davos',
    'Ankara', 'Reykjavik', 'Valletta', 'Nicosia', 'Podgorica', 'Skopje', 'Tirana', 'Sarajevo', 'Pristina', 'Chisinau',
    'Kraków', 'Gdansk', 'Odesa', 'Kharkiv', 'Lviv', 'St Petersburg', 'Naples', 'Turin', 'Seville', 'Valencia',
    'Porto', 'Rotterdam', 'Antwerp', 'Glasgow', 'Cardiff', 'Belfast', 'Birmingham', 'Liverpool', 'Leeds', 'Bordeaux',
    'Toulouse', 'Nice', 'Stuttgart', 'Düsseldorf', 'Dresden', 'Leipzig', 'Salzburg', 'Basel', 'Gothenburg', 'Bergen',
    'Aarhus', 'Tbilisi', 'Yerevan', 'Baku', 'Ramstein', 'Mons', 'Wiesbaden', 'Stavanger', 'Thessaloniki', 'Izmir',
    'Krakow',
  ],
  'north-america': [
    'Washington', 'New York', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Chicago', 'Los Angeles', 'San Francisco',
    'Boston', 'Sacramento', 'Seattle', 'Houston', 'Atlanta', 'Miami', 'Philadelphia', 'Mexico City', 'Dallas',
    'Denver', 'Baltimore', 'Detroit', 'Phoenix', 'San Diego', 'Honolulu', 'Anchorage', 'Tampa', 'Orlando',
    'New Orleans', 'Pittsburgh', 'Cleveland', 'Minneapolis', 'St. Louis', 'Kansas City', 'Nashville', 'Austin',
    'San Antonio', 'Norfolk', 'Quebec City', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax', 'Guadalajara', 'Monterrey',
    'Tijuana', 'Arlington', 'Annapolis', 'Fort Bragg',
  ],
  'latin-america': [
    'Brasília', 'São Paulo', 'Rio de Janeiro', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito',
    'Montevideo', 'Havana', 'Belém', 'Mexico City', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua',
    'San José', 'Panama City', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Port of Spain',
    'Bridgetown', 'Nassau', 'Georgetown', 'Paramaribo', 'Asunción', 'La Paz', 'Sucre', 'Medellín', 'Cartagena',
    'Guayaquil', 'Córdoba', 'Valparaíso', 'Recife', 'Salvador',
  ],
  'middle-east': [
    'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem',
    'Tel Aviv', 'Muscat', 'Jeddah', 'Cairo', 'Sanaa', 'Aden', 'Kuwait City', 'Manama', 'Basra', 'Erbil', 'Mosul',
    'Aleppo', 'Homs', 'Ramallah', 'Gaza City', 'Haifa', 'Aqaba', 'Isfahan', 'Mashhad', 'Tabriz', 'Medina', 'Mecca',
    'Alexandria',
  ],
  africa: [
    'Nairobi', 'Addis Ababa', 'Lagos', 'Abuja', 'Pretoria', 'Johannesburg', 'Cape Town', 'Kinshasa', 'Dakar', 'Accra',
    'Kampala', 'Kigali', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Arusha', 'Dar es Salaam', 'Ouagadougou', 'Bamako',
    'Niamey', 'Nouakchott', 'Conakry', 'Freetown', 'Monrovia', 'Abidjan', 'Yamoussoukro', 'Lomé', 'Cotonou',
    'Porto-Novo', 'Banjul', 'Bissau', 'Praia', 'Yaoundé', 'Douala', 'Libreville', 'Malabo', 'Brazzaville', 'Bangui',
    'N’Djamena', 'Luanda', 'Lusaka', 'Harare', 'Gaborone', 'Windhoek', 'Maputo', 'Lilongwe', 'Antananarivo',
    'Port Louis', 'Moroni', 'Djibouti', 'Asmara', 'Mogadishu', 'Juba', 'Goma', 'Lubumbashi', 'Mombasa',
    'Durban', 'Tripoli', 'Benghazi', 'Casablanca', 'Marrakesh', 'Mbabane', 'Maseru', 'Gitega', 'Bujumbura', 'Dodoma',
    'Zanzibar', 'Kano', 'Port Harcourt', 'El Fasher', 'Omdurman', 'Port Sudan',
  ],
  asia: [
    'Beijing', 'Tokyo', 'Seoul', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'New Delhi',
    'Delhi', 'Mumbai', 'Dhaka', 'Islamabad', 'Kabul', 'Taipei', 'Shanghai', 'Hong Kong', 'Osaka', 'Tashkent',
    'Astana', 'Almaty', 'Ulaanbaatar', 'Pyongyang', 'Busan', 'Kyoto', 'Hiroshima', 'Nagoya', 'Guangzhou', 'Shenzhen',
    'Wuhan', 'Chengdu', 'Chongqing', 'Xi’an', 'Lhasa', 'Urumqi', 'Macau', 'Kaohsiung', 'Ho Chi Minh City',
    'Phnom Penh', 'Vientiane', 'Yangon', 'Naypyidaw', 'Kathmandu', 'Thimphu', 'Colombo', 'Malé', 'Kolkata', 'Chennai',
    'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi', 'Lahore', 'Kandahar', 'Herat', 'Bishkek', 'Dushanbe',
    'Ashgabat', 'Samarkand', 'Bandar Seri Begawan', 'Dili', 'Cebu', 'Davao', 'Surabaya', 'Bali', 'Penang',
    'Bhubaneswar', 'Chittagong',
  ],
  oceania: [
    'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Wellington', 'Auckland', 'Adelaide', 'Hobart', 'Darwin',
    'Cairns', 'Gold Coast', 'Christchurch', 'Suva', 'Port Moresby', 'Honiara', 'Apia', 'Nuku’alofa', 'Port Vila',
    'Nouméa', 'Papeete', 'Tarawa', 'Majuro', 'Palikir', 'Funafuti', 'Yaren',
  ],
};

/** Seats of government and parliaments: the wrong answers when the answer is a building, not a city. */
const VENUES = ['Westminster', 'Capitol Hill', 'Whitehall', 'Downing Street', 'the White House', 'the Kremlin', 'the Élysée Palace', 'the Bundestag'];

/** A place named by its kind of building: "Ramstein Air Base", "Lancaster House", "Camp David". */
const VENUE_WORD = /\b(?:Air Base|Base|Camp|Palace|House|Hall|Centre|Center|Airport|Castle|Building|Hotel|Barracks)\b/;

/** Two buildings of the same kind: an air base is answered by air bases, a palace by palaces. */
function sameVenueKind(a: string, b: string): boolean {
  return VENUE_WORD.exec(a)?.[0] === VENUE_WORD.exec(b)?.[0];
}

/**
 * Capitals and the cities that host diplomacy (Geneva, Vienna, Istanbul, New York): the places talks are
 * held. A distractor for a meeting's place is drawn from these first, so that no option (Aleppo, Medina for
 * nuclear talks) is one a student can rule out without knowing the story.
 */
const HOSTS_TALKS = new Set([
  'Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'Warsaw', 'Helsinki', 'Minsk', 'Rome', 'Madrid', 'Prague',
  'Budapest', 'Stockholm', 'Oslo', 'The Hague', 'Istanbul', 'Riga', 'Vilnius', 'Lisbon', 'Copenhagen', 'Amsterdam',
  'Luxembourg', 'Strasbourg', 'Dublin', 'Athens', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Bern', 'Moscow', 'Kyiv',
  'Tallinn', 'Bratislava', 'Ljubljana', 'Lausanne', 'Davos', 'Ankara', 'Reykjavik', 'Valletta', 'Nicosia', 'Podgorica',
  'Skopje', 'Tirana', 'Sarajevo', 'Pristina', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Washington', 'New York', 'Ottawa',
  'Mexico City', 'Camp David', 'Annapolis', 'Brasília', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito',
  'Montevideo', 'Havana', 'Riyadh', 'Doha', 'Abu Dhabi', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem',
  'Muscat', 'Jeddah', 'Cairo', 'Sanaa', 'Kuwait City', 'Manama', 'Sharm el-Sheikh', 'Nairobi', 'Addis Ababa', 'Abuja',
  'Pretoria', 'Kinshasa', 'Dakar', 'Accra', 'Kampala', 'Kigali', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Arusha', 'Tripoli',
  'Beijing', 'Tokyo', 'Seoul', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'New Delhi',
  'Islamabad', 'Kabul', 'Taipei', 'Tashkent', 'Astana', 'Ulaanbaatar', 'Pyongyang', 'Colombo', 'Kathmandu', 'Canberra',
  'Wellington',
].map(normalise));

/**
 * Parts of a region whose capitals host each other's diplomacy: an Israeli–Palestinian meeting is placed
 * among Cairo, Amman and Ramallah, never Tehran or Riyadh (blind-23). A town not listed has its region only.
 */
const SUBREGIONS: Record<string, string[]> = {
  'west-europe': ['Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'The Hague', 'Rome', 'Madrid', 'Lisbon', 'Bern', 'Lausanne', 'Luxembourg', 'Strasbourg', 'Amsterdam', 'Dublin', 'Copenhagen', 'Oslo', 'Stockholm', 'Helsinki', 'Davos', 'Munich', 'Zurich', 'Reykjavik'],
  'east-europe': ['Warsaw', 'Prague', 'Budapest', 'Bratislava', 'Vilnius', 'Riga', 'Tallinn', 'Minsk', 'Kyiv', 'Kiev', 'Moscow', 'Chisinau', 'Bucharest', 'Sofia', 'St Petersburg', 'Helsinki'],
  'southeast-europe': ['Belgrade', 'Athens', 'Nicosia', 'Ankara', 'Istanbul', 'Sofia', 'Bucharest'],
  caucasus: ['Tbilisi', 'Yerevan', 'Baku', 'Moscow', 'Ankara'],
  levant: ['Jerusalem', 'Tel Aviv', 'Ramallah', 'Amman', 'Cairo', 'Sharm el-Sheikh', 'Aqaba'],
  gulf: ['Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Tehran', 'Baghdad'],
  'east-africa': ['Nairobi', 'Addis Ababa', 'Kampala', 'Kigali', 'Khartoum', 'Juba', 'Mogadishu', 'Djibouti', 'Asmara', 'Arusha', 'Dar es Salaam', 'Dodoma', 'Bujumbura', 'Gitega', 'Mombasa'],
  'west-africa': ['Abuja', 'Lagos', 'Dakar', 'Accra', 'Bamako', 'Niamey', 'Ouagadougou', 'Nouakchott', 'Conakry', 'Freetown', 'Monrovia', 'Abidjan', 'Yamoussoukro', 'Lomé', 'Cotonou', 'Banjul', 'Bissau'],
  'north-africa': ['Algiers', 'Tunis', 'Rabat', 'Tripoli', 'Cairo', 'Benghazi', 'Nouakchott', 'Khartoum'],
  'central-south-africa': ['Kinshasa', 'Brazzaville', 'Luanda', 'Lusaka', 'Harare', 'Pretoria', 'Johannesburg', 'Gaborone', 'Windhoek', 'Maputo', 'Lilongwe', 'Yaoundé', 'Libreville', 'Bangui', 'N’Djamena', 'Goma'],
  'east-asia': ['Beijing', 'Tokyo', 'Seoul', 'Shanghai', 'Hong Kong', 'Busan', 'Osaka'],
  'southeast-asia': ['Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Yangon', 'Naypyidaw', 'Bandar Seri Begawan', 'Dili'],
  'south-asia': ['New Delhi', 'Delhi', 'Islamabad', 'Kabul', 'Dhaka', 'Colombo', 'Kathmandu', 'Thimphu', 'Malé', 'Mumbai', 'Karachi', 'Lahore'],
  'central-asia': ['Tashkent', 'Astana', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Kabul'],
  'united-states': ['Washington', 'New York', 'Camp David'],
  'south-america': ['Brasília', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito', 'Montevideo', 'La Paz', 'Asunción', 'Havana'],
  'central-america': ['Mexico City', 'Havana', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua', 'San José', 'Panama City', 'Santo Domingo', 'Port-au-Prince', 'Kingston'],
};

/** The seats of international bodies (the UN, the OSCE, the IAEA, NATO): talks there are answered by each other. */
const INTERNATIONAL_SEATS = new Set(['Geneva', 'Vienna', 'New York', 'Brussels', 'The Hague', 'Helsinki'].map(normalise));

const SUBREGIONS_OF = new Map<string, string[]>();
for (const [sub, cities] of Object.entries(SUBREGIONS)) for (const c of cities) SUBREGIONS_OF.set(normalise(c), [...(SUBREGIONS_OF.get(normalise(c)) ?? []), sub]);

const REGION_OF = new Map<string, string>();
for (const [region, cities] of Object.entries(CITIES_BY_REGION)) for (const c of cities) REGION_OF.set(normalise(c), region);
const KNOWN_CITIES = Object.values(CITIES_BY_REGION).flat();

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
}

/**
 * Up to `count` cities other than the answer and anything excluded (e.g. the place another report
 * gives for the same meeting), in a seeded order, most plausible first: the capitals of the states the
 * article is about (the parties could have met there), towns of the answer's part of the world, and for
 * the seat of an international body (Geneva, Vienna, New York) the other seats first; then the region, the library's places
 * and capitals. A city gets only cities and a building ("Westminster") only buildings: one of another kind
 * among the four would give itself away. A town the stem names is never offered.
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
  // A building gets buildings ("Westminster", "the Kremlin"); a town the list does not know ("Deir el-Balah")
  // gets known towns, never the library's countries, regions or misread places ("Bavaria", "Turkiye").
  const pool = VENUE_WORD.test(answer)
    ? libraryPlaces(ctx).filter((p) => sameVenueKind(p, answer))
    : VENUES.some((v) => normalise(v) === normalise(answer)) || /^the\s/i.test(answer)
      ? VENUES
      : pools.towns;
  const score = placeScorer(ctx, answer, pools.inLibrary, scope.articleId, scope.named);
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
  const region = REGION_OF.get(a);
  const subs = SUBREGIONS_OF.get(a) ?? [];
  const seat = INTERNATIONAL_SEATS.has(a);
  const parties = articleId ? partyCapitals(ctx, articleId) : new Set<string>();
  return (p: string) => {
    const n = normalisedTown(p);
    // "Russian and Ukrainian officials met in _____ with representatives of France and Germany": every state
    // the sentence names could have been the host, so Paris must stand beside Berlin, Moscow and Kyiv (blind-34).
    return (named.has(n) ? 32 : 0)
      + (parties.has(n) ? 16 : 0)
      + ((SUBREGIONS_OF.get(n) ?? []).some((s) => subs.includes(s)) ? 8 : 0)
      + (seat && INTERNATIONAL_SEATS.has(n) ? 16 : 0)
      + (region && REGION_OF.get(n) === region ? 4 : 0)
      + (inLibrary.has(n) ? 2 : 0)
      + (HOSTS_TALKS.has(n) ? 1 : 0);
  };
}

const townNames = new Map<string, string>();

/** A town's name normalised, once: every where-question scores the whole list of towns. */
function normalisedTown(p: string): string {
  let n = townNames.get(p);
  if (n === undefined) townNames.set(p, (n = normalise(p)));
  return n;
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

/** The towns a place question may offer (library towns first, then the known ones), computed once. */
const placePools = memoByObject(function placePools(ctx: GenerateContext): { towns: string[]; inLibrary: Set<string> } {
  const inLibrary = new Set(libraryPlaces(ctx).map(normalise));
  const towns = [...new Set([...libraryPlaces(ctx), ...KNOWN_CITIES])].filter((p) => REGION_OF.has(normalise(p)));
  return { towns, inLibrary };
});

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
 * Share of the picked places that the library itself mentions (a proxy for how tempting they are).
 *
 * @example
 * placeSimilarity(ctx, ['Vienna', 'Rome']); // → 0.5
 */
export function placeSimilarity(ctx: GenerateContext, picks: string[]): number {
  const inLibrary = new Set(libraryPlaces(ctx).map(normalise));
  return picks.length ? picks.filter((p) => inLibrary.has(normalise(p))).length / picks.length : 0;
}

/**
 * Whether a stem sets its story in the state whose capital `place` is: "… measures to protect civilians …
 * in Libya" makes Tripoli no venue for the Security Council's vote.
 */
function isTheSceneIn(text: string, place: string): boolean {
  const state = STATE_OF_CAPITAL.get(normalise(place));
  return !!state && containsWords(text, `in ${state}`);
}

/** Capital → its state, and state → the words that name it ("Ethiopia", "Ethiopian"), built once. */
const STATE_OF_CAPITAL = new Map(Object.entries(WORLD_CAPITALS).map(([state, capital]) => [normalise(capital), state]));
const WORDS_FOR_STATE = new Map<string, string[]>();
for (const [state] of Object.entries(WORLD_CAPITALS)) WORDS_FOR_STATE.set(state, [state]);
for (const [demonym, state] of Object.entries(WORLD_DEMONYMS)) WORDS_FOR_STATE.get(state)?.push(demonym.charAt(0).toUpperCase() + demonym.slice(1));
// The names news copy uses beside the table's own ("Turkey" for Türkiye, "Britain" for the United Kingdom),
// joined through the side the state's capital speaks for: a headline "… in Turkey" names Ankara's state (blind-35).
const STATE_OF_SIDE = new Map([...WORDS_FOR_STATE.keys()].map((state) => [sideOfPlace(capitalCity(WORLD_CAPITALS[state] ?? '')), state]));
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
  statesWithCapitalsTable ??= [...WORDS_FOR_STATE].map(([state, words]) => ({ state, words, capital: normalise(capitalCity(WORLD_CAPITALS[state] ?? '')) })).filter((s) => REGION_OF.has(s.capital));
  return statesWithCapitalsTable;
}

/**
 * Whether a text names the state whose capital `place` is: "Pompeo meets Ethiopian President" gives away
 * Addis Ababa among capitals of other states.
 *
 * @example
 * namesStateOfCapital('Secretary Pompeo’s Meeting with Ethiopian President Sahle-Work', 'Addis Ababa'); // → true
 * namesStateOfCapital('Talks resume in the valley', 'Addis Ababa'); // → false
 */
export function namesStateOfCapital(text: string, place: string): boolean {
  const state = STATE_OF_CAPITAL.get(normalise(place));
  return !!state && (WORDS_FOR_STATE.get(state) ?? []).some((w) => containsWords(text, w));
}

/** Offices a state's own people hold: "India's prime minister", "the Indian defence minister". */
const HOST_OFFICE = String.raw`(?:[’']s)?\s+(?:(?:prime|foreign|defen[cs]e)\s+minister|president|king|queen|government|leaders?|officials?|ministers?)\b`;

/**
 * Whether a text names people of the capital's state by their office ("India's prime minister and defense
 * minister … are to meet in _____"): a blank for that capital is a guess at where a state's leaders meet.
 *
 * @example
 * namesHostsOfCapital("India's prime minister and defense minister are to meet in New Delhi", 'New Delhi'); // → true
 * namesHostsOfCapital('Rice begins discussions in Moscow, aimed at smoothing over Russian objections', 'Moscow'); // → false
 */
export function namesHostsOfCapital(text: string, place: string): boolean {
  const state = STATE_OF_CAPITAL.get(normalise(place));
  return !!state && (WORDS_FOR_STATE.get(state) ?? []).some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}${HOST_OFFICE}`, 'iu').test(text));
}

/** The fixed seat of a body: "headquarters", "HQ", "head office", "secretariat". */
const SEAT = String.raw`(?:headquarters|HQ|head\s+office|secretariat)`;

/**
 * Whether a text gives `place` as the fixed seat of a body it names right before it ("the United Nations
 * headquarters in New York", "NATO's headquarters in Brussels", "the headquarters of the OSCE in Vienna"):
 * blanked, the place asks where a body sits, known without the article, and the phrase gives it away
 * (blind-33: "the United Nations headquarters in _____"). A body in plain words ("the company's
 * headquarters in …") names no seat a student could know.
 *
 * @example
 * namesSeatOfBody('He will meet dignitaries at the United Nations headquarters in New York.', 'New York'); // → true
 * namesSeatOfBody('Talks were held at the company headquarters in Dallas.', 'Dallas'); // → false
 */
export function namesSeatOfBody(text: string, place: string): boolean {
  const at = String.raw`\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?${escapeRegExp(place)}(?![\p{L}])`;
  const body = String.raw`(?:\p{Lu}[\p{L}.&-]*)(?:[’']s)?`;
  return new RegExp(String.raw`${body}\s+${SEAT}${at}`, 'u').test(text)
    || new RegExp(String.raw`${SEAT}\s+of\s+(?:the\s+)?\p{Lu}[^,.;:]{0,60}?${at}`, 'u').test(text);
}

/**
 * The state a text sets its scene in, by a clause of its own: "Over two days in Afghanistan, …" → "Afghanistan";
 * never a topic ("a resolution on the situation in Somalia").
 */
function sceneState(text: string): string | null {
  for (const state of WORDS_FOR_STATE.keys()) if (text.includes(`in ${state},`)) return state;
  return null;
}

/**
 * Whether the stem rules out every distractor: "Over two days in Afghanistan, Panetta has met … here and in
 * _____" offers Washington, Beijing and Islamabad beside Kandahar (blind-28). When the stem sets its scene in a
 * state and the answer is not another state's capital, capitals of other states are no choice at all.
 *
 * @example
 * stemRulesOutPlaces('Over two days in Afghanistan, he met leaders here and in _____.', 'Kandahar', ['Washington', 'Beijing', 'Islamabad']); // → true
 */
export function stemRulesOutPlaces(stem: string, answer: string, picks: string[]): boolean {
  const scene = sceneState(stem);
  if (!scene) return false;
  const answerState = STATE_OF_CAPITAL.get(normalise(answer));
  if (answerState && answerState !== scene) return false;
  return picks.every((p) => {
    // "Washington" is the capital the list writes "Washington D.C.".
    const state = STATE_OF_CAPITAL.get(normalise(p)) ?? STATE_OF_CAPITAL.get(`${normalise(p)} d c`);
    return !!state && state !== scene;
  });
}
