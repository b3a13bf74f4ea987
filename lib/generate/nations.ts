/**
 * Which state a word, a role or an article puts a person in, and how a text names a state: the words a
 * who-said question's options are judged by ("I am pleased to visit Pakistan" is no Pakistani's).
 */
import { COUNTRIES, NATIONALITIES } from '@/lib/extract/lexicon';
import { STATE_NAMES } from '@/lib/extract/lexicons/state-names';
import { VENUE_CITY_LEXICON, VENUE_VOICE_LEXICON } from '@/lib/extract/lexicons/places';
import { escapeRegExp } from './text';
import { capitalNamed } from './capitals';

/**
 * The side a state's name or demonym stands for, as people's affiliations write it; null for any other words.
 *
 * @example
 * sideOfWords('Pakistani'); // → 'Pakistan'
 * sideOfWords('the United States'); // → 'US'
 */
export function sideOfWords(words: string): string | null {
  const key = words.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '').toLowerCase();
  if (!key) return null;
  const named = STATE_NAMES[key] ?? NATIONALITIES[key];
  if (named) return named;
  if (key.includes(' ') || !COUNTRIES.has(key)) return null;
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * The side a capital speaks for: "Islamabad" → Pakistan, "Washington" → US; null for a state whose name
 * gives no side ("North Korea" is no affiliation's word). Only the city exactly as news copy writes it, as it
 * always was: not "Kabul." (leadingSide strips a sentence's stop itself), "kabul" or "Washington D.C.".
 */
function sideOfCapital(words: string): string | null {
  const capital = capitalNamed(words);
  return capital && capital.city === words.trim() ? sideOfWords(capital.state) : null;
}

/**
 * The side a place names: a state, its demonym, or its capital ("Berlin" → Germany).
 *
 * @example
 * sideOfPlace('Berlin'); // → 'Germany'
 */
export function sideOfPlace(words: string): string | null {
  return sideOfWords(words) ?? sideOfCapital(words) ?? sideOfSeat(words) ?? null;
}

/** A seat of government that speaks for it ("the State Department", "the Kremlin"): the side of its capital. */
function sideOfSeat(words: string): string | null {
  const key = words.trim().replace(/^the\s+/i, '').toLowerCase();
  const city = VENUE_VOICE_LEXICON.words.has(key.replace(/ /g, '-')) ? VENUE_CITY_LEXICON.record[key] : undefined;
  return city ? sideOfCapital(city) : null;
}

let formsBySide: Map<string, string[]> | null = null;

/** Every written form that names each side: its demonyms, its country names and their short forms. */
function sideForms(): Map<string, string[]> {
  if (formsBySide) return formsBySide;
  const out = new Map<string, string[]>();
  const add = (side: string, form: string) => {
    const list = out.get(side);
    if (list) list.push(form);
    else out.set(side, [form]);
  };
  for (const [form, side] of Object.entries(NATIONALITIES)) add(side, form);
  for (const [form, side] of Object.entries(STATE_NAMES)) add(side, form);
  for (const country of COUNTRIES) add(sideOfWords(country) ?? country, country);
  return (formsBySide = out);
}

const sideRegexCache = new Map<string, RegExp[]>();

/**
 * Whether a text names a side, in any of its forms: "US-India" and "Americans" name US; "Pakistani" names
 * Pakistan. Short forms in capitals ("US", "UK") are matched as written, so "Ukraine" never names the UK.
 *
 * @example
 * namesSide('working together with the US', 'US'); // → true
 * namesSide('Ukraine matters', 'UK'); // → false
 */
export function namesSide(text: string, side: string): boolean {
  let res = sideRegexCache.get(side);
  if (!res) {
    const forms = [...new Set([side.toLowerCase(), ...(sideForms().get(side) ?? [])])].sort((a, b) => b.length - a.length);
    const isShort = (f: string) => f.length <= 3 && !f.includes('.');
    const long = forms.filter((f) => !isShort(f)).map((f) => escapeRegExp(f).replace(/ /g, '\\s+'));
    const short = forms.filter(isShort).map((f) => escapeRegExp(f.toUpperCase()));
    const around = (alts: string[], flags: string) => new RegExp(`(?<!\\p{L})(?:${alts.join('|')})(?:s|es)?(?!\\p{Ll})`, flags);
    res = [...(long.length > 0 ? [around(long, 'iu')] : []), ...(short.length > 0 ? [around(short, 'u')] : [])];
    sideRegexCache.set(side, res);
  }
  return res.some((re) => re.test(text));
}

/**
 * The side the first one to three words of a run of capitals name, longest first: "United States Senate" → US.
 *
 * @example
 * leadingSide('the United States Senate'); // → 'US'
 * leadingSide('Islamabad again', sideOfPlace); // → 'Pakistan'
 */
export function leadingSide(words: string, read: (w: string) => string | null = sideOfWords): string | null {
  const list = words.trim().replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(3, list.length); n >= 1; n--) {
    const phrase = list.slice(0, n).join(' ');
    // "Pakistan." at a sentence's end, but "U.S." keeps its stops.
    const side = read(phrase) ?? read(phrase.replace(/[,;:]+$/, '').replace(/(?<!\.\p{Lu})\.$/u, ''));
    if (side) return side;
  }
  return null;
}
