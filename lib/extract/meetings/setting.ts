/**
 * Where an article is set: the city of its dateline ("VIENNA, July 5 —"), else a city its title names
 * ("Austin Arrives in Brussels …", "… at the Pentagon"), else one its header lines give before the
 * first paragraph of prose ("Palais Coburg / Vienna, Austria / July 3, 2015").
 */
import type { AnalyzedArticle } from '../analyze';
import { CITY_LEXICON, VENUE_CITY_LEXICON, WORLD_CITY_LEXICON } from '../lexicons/places';
import { COUNTRIES } from '../lexicon';
import { isDigestHeadline } from './headline';
import { datelineCity } from './datelines';
import { canBePlace, key as placeKey, NAME } from './place-names';
import type { ArticleSetting } from './event-types';

/** Header lines are short; the first line of prose ends the header. */
const MAX_HEADER_LINE = 80;
const MAX_HEADER_LINES = 12;
const PROSE_WORDS = 12;
const VENUE_CITIES = Object.entries(VENUE_CITY_LEXICON.record);

/**
 * A city a line names: a venue that stands for its city, or a city of the gazetteers (one or more words).
 *
 * @example
 * cityIn('Background Briefing: P5+1 Negotiations With Iran in Vienna, Austria') // 'Vienna'
 * cityIn('Media Availability With Secretary Mattis at the Pentagon') // 'Washington'
 */
export function cityIn(line: string): string | null {
  const lower = line.toLowerCase();
  for (const [venue, city] of VENUE_CITIES) if (lower.includes(venue)) return city;
  const words = lower.split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    // Longest first; a name that would run past the last word is not built.
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const key = n === 1 ? (words[i] as string) : words.slice(i, i + n).join('-');
      if (CITY_LEXICON.words.has(key) || WORLD_CITY_LEXICON.words.has(key)) return asWritten(line, words.slice(i, i + n));
    }
  }
  return null;
}

/** The words of a city as the line writes them ("St. Petersburg", not the gazetteer's "St Petersburg"), title-cased. */
function asWritten(line: string, words: string[]): string {
  const found = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}-]{1,3}'), 'iu').exec(line)?.[0];
  const text = found && /^[\p{L}.' -]+$/u.test(found) ? found : words.join(' ');
  return text.replace(/(^|[ -])(\p{L})/gu, (_, d: string, c: string) => d + c.toUpperCase());
}

/** "… said in Brussels, today.": the city the lead sentence puts its news in. */
const LEAD_IN_RE = /\bin (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?=[,.;]|\s+(?:today|on|this|last|yesterday)\b)/gu;

/** A site's notice above the story ("You have accessed part of a historical collection …"): no lead. */
const SITE_NOTICE = /\b(?:historical collection|may be outdated|links may not function|archived (?:content|page)|no longer (?:being )?updated)\b/i;

/** The city after "in" in the first sentence of the first paragraph of prose, when the gazetteer knows it. */
function leadCity(a: AnalyzedArticle): string | null {
  const body = a.article.body;
  const p = a.paragraphs.find((x) => {
    const text = body.slice(x.start, x.end);
    return !x.isJunk && !x.isCaption && text.trim().split(/\s+/).length >= PROSE_WORDS && !SITE_NOTICE.test(text);
  });
  const first = p ? a.sentences[p.index]?.[0] : undefined;
  if (!first) return null;
  const lead = body.slice(first.start, first.end);
  for (const m of lead.matchAll(LEAD_IN_RE)) {
    const key = (m[1] as string).toLowerCase().replace(/\s+/g, '-');
    if (CITY_LEXICON.words.has(key) || WORLD_CITY_LEXICON.words.has(key)) return m[1] as string;
  }
  return leadVisitCity(lead) ?? leadTownOfState(lead) ?? pressCity(a, p?.index ?? 0);
}

/**
 * "The Summit of the Americas in Mar del Plata, Argentina, is under way": the town of the gathering a lead opens on, by the
 * country written after it, gazetteer or not. Only a gathering's (no press conference): "gave a press conference at the G7 in
 * Bavaria, Germany" names a region so.
 */
const LEAD_TOWN_STATE_RE = new RegExp(String.raw`\b(?:[Ss]ummit|(?<!(?:press|news) )[Cc]onference|[Ff]orum|[Tt]alks|[Mm]eeting|[Aa]ssembly)\b[^,.;]{0,40}?\bin (${NAME}), (${NAME})(?=[,.;]|\s+(?:today|on|this|last|yesterday)\b)`, 'u');

function leadTownOfState(lead: string): string | null {
  const m = LEAD_TOWN_STATE_RE.exec(lead);
  return m && COUNTRIES.has(placeKey(m[2] as string)) && canBePlace(m[1] as string) ? (m[1] as string) : null;
}

/**
 * "Secretary Powell told reporters in Bucharest that …": where a wire story's newsmaker spoke to the press, in its first
 * paragraphs, is where the news is, though the lead itself names only the news's subject ("… attacks that killed 25 people
 * in Israel"). The town is the gazetteers'.
 */
const PRESS_IN_RE = /\b(?:told|telling|briefed|briefing) (?:reporters|journalists|the press|the media|a news conference|a press conference) in (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\b/u;
const PRESS_PARAGRAPHS = 2;

function pressCity(a: AnalyzedArticle, from: number): string | null {
  const body = a.article.body;
  for (const p of a.paragraphs.filter((x) => x.index >= from && !x.isJunk && !x.isCaption).slice(0, PRESS_PARAGRAPHS)) {
    const text = body.slice(p.start, p.end);
    if (!text.includes(' in ')) continue;
    const name = PRESS_IN_RE.exec(text)?.[1];
    const key = name?.toLowerCase().replace(/\s+/g, '-');
    if (key && (CITY_LEXICON.words.has(key) || WORLD_CITY_LEXICON.words.has(key))) return name as string;
  }
  return null;
}

/**
 * "… during her Sunday visit to Tbilisi, Georgia", "… with President Obama at the White House on Friday": the town a
 * lead's visit goes to, or the seat it names, is where the news happened. Only one such place: a lead naming two
 * ("visits to Delhi and Manila") tells a trip, whose stops its own sentences place.
 */
export function leadVisitCity(lead: string): string | null {
  const found = new Set<string>();
  for (const m of lead.matchAll(LEAD_VISIT_RE)) {
    const name = m[1] as string;
    const key = name.toLowerCase().replace(/\s+/g, '-');
    const city = CITY_LEXICON.words.has(key) || WORLD_CITY_LEXICON.words.has(key) ? name : VENUE_CITY_LEXICON.record[name.toLowerCase()];
    if (city) found.add(city);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** "visit to Tbilisi", "visited Washington", "at the White House": a visit's town or a seat's name after its words. */
const LEAD_VISIT_RE = /\b(?:(?:visit|trip)\s+to|visited|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/gu;

/** A title that says the article records a call: "Readout of President Biden's Call with …", "Telephone conversation with …". */
const CALL_TITLE = /\b(?:telephone conversation|phone call|calls? with|readouts? of\b.*\bcalls?)\b/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A date as a page header or a dateline writes it: "June 16, 2007", "Wednesday 18 March 2009", "3rd May 2007", "April 2017". */
const WRITTEN_DATE = new RegExp(
  `(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|(?:${MONTH}|${MONTH_ABBR})\\s+\\d{1,2},?\\s+\\d{4}|${MONTH}\\s+\\d{4})\\b`,
);
/** A header line that opens with a date: "May 16, 2017", "October 18, 2023, Beijing", "April 2017". */
const HEADER_DATE = new RegExp(`^${WRITTEN_DATE.source}`);
/** "BAGHDAD, June 16, 2007 –", "LONDON, Wednesday 18 March 2009:": a dateline's city, then its date. */
const DATELINE_DATE = new RegExp(`^\\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:, [A-Z][\\w.]+)?,\\s+(${WRITTEN_DATE.source})`, 'm');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The article's own date as it is written in the text: its dateline's, else a header line's ("April 2017"
 * above a travel page). A meeting the article reports without a time of its own is dated by it. The
 * publication date of the file's front matter is not the article's wording: the annotators give a meeting
 * told without any time no `when` ("Vladimir Putin had a working meeting with …" under no date line).
 */
export function articleWhen(a: AnalyzedArticle, header: readonly string[]): string | null {
  const body = a.article.body;
  const dl = DATELINE_DATE.exec(body.slice(0, 400));
  if (dl) return (dl[1] as string).trim();
  for (const line of header) {
    const d = HEADER_DATE.exec(line);
    if (d) return d[0];
  }
  return null;
}

/** "May 26, 2011, Deauville, France": a header's date, then a place and its country (a transcript's place line). */
const DATED_PLACE = new RegExp(`^${WRITTEN_DATE.source},\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,2}),\\s+(\\p{Lu}[\\p{L} ]+)$`, 'u');

/** The town of a header line that gives a date, then the town and its country: the country says the name before it is a town. */
function datedPlace(line: string): string | null {
  const m = DATED_PLACE.exec(line.trim());
  if (m) return COUNTRIES.has((m[2] as string).toLowerCase().replace(/\s+/g, '-')) ? (m[1] as string) : null;
  // "June 5, 2010, Meseberg": a header line of a date and one name alone; the name is the town, unless it is a country.
  // "Genoa, Italy": a header line of a name and its country alone (a transcript's place line under its date).
  const placed = TOWN_COUNTRY_LINE.exec(line.trim());
  if (placed && COUNTRIES.has((placed[2] as string).toLowerCase().replace(/\s+/g, '-')) && !NOT_TOWN.test(placed[1] as string)) return placed[1] as string;
  const alone = DATED_TOWN.exec(line.trim());
  const town = alone?.[1];
  return town && !COUNTRIES.has(town.toLowerCase().replace(/\s+/g, '-')) && !NOT_TOWN.test(town) ? town : null;
}
const TOWN_COUNTRY_LINE = /^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}),\s+(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})$/u;
const DATED_TOWN = new RegExp(`^${WRITTEN_DATE.source},\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,2})$`, 'u');
/** Words that are no town after a header's date: "The Kremlin" (a venue the gazetteers place), a weekday, a month. */
const NOT_TOWN = /^(?:The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The publication date as words ("2017-04-24" → "April 24, 2017"): the article's year, for telling another edition of a meeting. */
function publishedWhen(a: AnalyzedArticle): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.article.date ?? '');
  return iso ? `${MONTHS[Number(iso[2]) - 1]} ${Number(iso[3])}, ${iso[1]}` : null;
}

/** The short lines above the first paragraph of prose, the title first. */
function headerLines(a: AnalyzedArticle): string[] {
  const body = a.article.body;
  const header: string[] = [a.article.title];
  for (const p of a.paragraphs) {
    const line = body.slice(p.start, p.end).trim();
    // A page's furniture ("You have accessed part of a historical collection …") is no prose of the article.
    // "Press Releases: Secretary Pompeo's Meeting With …": a digest's headline is a header line however long.
    const isProse = line.split(/\s+/).length >= PROSE_WORDS && !isDigestHeadline(line);
    if (isProse && SITE_NOTICE.test(line)) continue;
    if ((isProse && !p.isJunk) || header.length > MAX_HEADER_LINES) break;
    if (!isProse && line.length <= MAX_HEADER_LINE) header.push(line);
  }
  return header;
}

/** A header line that is a venue's name alone ("THE WHITE HOUSE", "The Kremlin"): a masthead, the issuer's seat. */
function isMasthead(line: string): boolean {
  const name = line.trim().toLowerCase().replace(/^the\s+/, '');
  return VENUE_CITY_LEXICON.record[name] !== undefined;
}

/** The article's setting, read once per article. */
export function articleSetting(a: AnalyzedArticle): ArticleSetting {
  const body = a.article.body;
  const dateline = datelineCity(body);
  const isCallRecord = CALL_TITLE.test(a.article.title);
  const header = headerLines(a);
  const when = articleWhen(a, header.slice(1));
  const published = when ?? publishedWhen(a);
  if (dateline) return { dateline, city: dateline, isCallRecord, when, published };
  for (const [i, line] of header.entries()) {
    const city = cityIn(line) ?? datedPlace(line);
    if (!city) continue;
    // "THE WHITE HOUSE" atop the page is the office that issued it; "Waldorf Astoria / New York, New York" lower down
    // is where the words below were said.
    const below = isMasthead(line) ? header.slice(i + 1).map((l) => (isMasthead(l) ? null : cityIn(l) ?? datedPlace(l))).find((c) => c) : null;
    // The title's town is the news's own ("US, African Leaders Meet in Washington"); a header line below it is a byline's.
    return { dateline, city: below ?? city, isCallRecord, when, published, ...(i === 0 && !below ? { isStoryTown: true } : {}) };
  }
  const lead = leadCity(a) ?? welcomeCity(a);
  return { dateline, city: lead, isCallRecord, when, published, ...(lead ? { isStoryTown: true } : {}) };
}

/**
 * "Welcome to Russia and Sochi.", "let me again welcome the foreign secretary here to Washington", "to welcome …
 * John Kerry, to London today": a host greets a guest in the city where they meet.
 */
const WELCOME_RE = /\b[Ww]elcome(?:\s+(?![Tt]o\s)[^.;:!?]{1,90}?\s+(?:here\s+)?|\s+)to (?:the )?((?:\p{Lu}[\p{L}-]+(?:,? and |, | ))*\p{Lu}[\p{L}-]+)/gu;
const WELCOME_PARAGRAPHS = 12;

/** The city a host's welcome names near the start of the article, when the gazetteer knows it as a city. */
function welcomeCity(a: AnalyzedArticle): string | null {
  const body = a.article.body;
  for (const p of a.paragraphs.slice(0, WELCOME_PARAGRAPHS)) {
    if (p.isJunk) continue;
    // Only a paragraph with "welcome" in it can match: most articles have none, and are done at the first look.
    const word = body.indexOf('elcome', p.start);
    if (word < 0) return null;
    if (word >= p.end) continue;
    for (const m of body.slice(p.start, p.end).matchAll(WELCOME_RE)) {
      const city = (m[1] as string).split(/,? and |, /).map((w) => cityIn(w)).find((c) => c !== null);
      if (city) return city;
    }
  }
  return null;
}
