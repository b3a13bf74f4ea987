import type { AnalyzedArticle } from '../analyze';
import { isDigestHeadline } from './headline';
import { cityIn } from './setting';
import { COUNTRIES } from '../lexicon';
import { headerMeeting, type RawMeeting } from './types';

/**
 * A title that names a briefing or press conference ("Press statement and answers to journalists' questions", "Press Gaggle
 * by Dana Perino", the White House's name for an informal briefing: one in all but name): the transcript below it is the record of that meeting.
 */
const BRIEFING_TITLE = /\b(press statements? and answers to (?:questions from journalists|journalists[’'] questions)|(?:press|background|media|news|special) briefing|briefing|press conference|news conference|(?:media|press) availability|(?:background )?press call|press gaggle)\b/i;
/** "3.45pm Tuesday 10 February 2004": a header's clock time and weekday before its date are the meeting's time too. */
const DATE = /(?:\b\d{1,2}[.:]\d\d\s*[ap]\.?m\.?\s+)?(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}(?:, \d{1,2}:\d\d [ap]\.?m\.?)?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})/;
const TIME = /^\d{1,2}:\d\d [AP]\.?M\.? [A-Z]{2,4}$/i;
const VIRTUAL = /\b(?:via )?(?:teleconference|videoconference|conference call)\b/i;
/** A header line that places a briefing on the way: "En Route, Ankara, Turkey", "Aboard Air Force One", "On Board the Secretary's Plane". */
const ON_THE_WAY = /^\s*(?:en route|aboard|on board)\b/i;
/** Lines read for where and when: the title and the lines right before the first turn. */
const HEADER_LINES = 8;

/**
 * The meeting a briefing transcript records: "Department Press Briefing – August 18, 2021", "Press
 * Briefing by Press Secretary …" over "James S. Brady Press Briefing Room" and "1:24 P.M. EDT". Its place
 * is what the header lines give (a venue's city, a city, "virtual" for a teleconference), its time the
 * date or clock time they give. Cited from the first sentence of the first turn. Null for any other article.
 *
 * @example
 * // Title "Media Availability With Secretary Mattis at the Pentagon", body "May 16, 2017\n\nMR. X: …" →
 * // { what: 'media availability', place: 'Washington', when: 'May 16, 2017', … }
 */
export function documentMeeting(a: AnalyzedArticle, setting: { city: string | null } = { city: null }): RawMeeting | null {
  const title = BRIEFING_TITLE.exec(a.article.title);
  if (!title || !a.quoteSpans.some((q) => q.label)) return null;
  const { body } = a.article;
  const turn = a.quoteSpans.find((q) => q.label);
  const first = turn ? a.paragraphs[turn.paragraph] : undefined;
  const sentence = first ? a.sentences[first.index]?.[0] : undefined;
  if (!first || !sentence) return null;
  // The lines nearest the transcript: a page's furniture comes first, the briefing's own header last.
  const before = a.paragraphs.filter((p) => p.index < first.index).map((p) => body.slice(p.start, p.end).trim());
  const lines = before.slice(-HEADER_LINES);
  const header = [a.article.title, ...lines];
  // "For Immediate Release / Office of the Press Secretary / April 17, 2001" over a list of the briefing's topics: a date
  // the nearest lines lack is the release's, further up.
  const earlier = before.slice(0, -HEADER_LINES);
  // "En Route, Ankara, Turkey", "Aboard Air Force One": a briefing given on the way is held in no town, not at the stop ahead.
  const isOnTheWay = header.some((line) => ON_THE_WAY.test(line));
  // "I warmly welcome you to Berlin": a header without a city leaves the place to where the article is set.
  // The title is read for a place only when no header line gives one ("Media Availability … at the Pentagon").
  const place = isOnTheWay ? null : placeOf(lines) ?? placeOf([a.article.title]) ?? setting.city;
  return headerMeeting((title[1] as string).toLowerCase(), 'meeting', place, whenOf(header, earlier), sentence);
}

/**
 * Where header lines place a record: a teleconference is virtual; else the line nearest the first turn that names a
 * venue or a town. "THE WHITE HOUSE" atop the page is the office that issued it; "Waldorf Astoria / New York, New York"
 * right above the first turn is where the briefing was given.
 */
function placeOf(lines: string[]): string | null {
  if (lines.some((line) => VIRTUAL.test(line))) return 'virtual';
  for (const line of [...lines].reverse()) {
    const city = cityIn(line);
    if (city) return city;
  }
  return null;
}

/**
 * The briefing's time: the date its header lines (else its title, else a line further up the page) give, with the clock time of a line of
 * its own when there is one ("March 13, 2023, 2:09 p.m. EST"), else the clock time alone.
 */
function whenOf(lines: string[], earlier: string[] = []): string | null {
  const dateIn = (ls: string[]) => ls.map((line) => DATE.exec(line)?.[0]).find((d) => d !== undefined);
  const date = dateIn(lines.slice(1)) ?? DATE.exec(lines[0] ?? '')?.[0] ?? dateIn(earlier.slice().reverse());
  const clock = lines.find((l) => TIME.test(l));
  if (date && clock && !/\d:\d\d/.test(date)) return `${date}, ${clock}`;
  return date ?? clock ?? null;
}

/** A title that names the meeting the article records: "Telephone conversation with …", "Russian-Chinese talks", "Russia-US summit", "… Before Their Meeting", "… after Bilateral Meeting". */
const TITLE_MEETING = [
  /\b(telephone conversation|phone call|call|talks|meeting|discussion)s?\s+(?:with|between)\b/i,
  /\b\p{Lu}[\p{L}.]+-\p{Lu}[\p{L}.]+ (talks|summit)\b/u,
  /\b(?:before|after) (?:(?:their|the|a) )?(?:(?:bilateral|trilateral|private) )?(meeting|talks)\b/i,
  // "Foreign Secretary and US Secretary of State press conference", "Government Press Briefing: 3.45pm …": a record of
  // the press conference or briefing, turns labelled or not.
  /\b((?:press|news) (?:conference|briefing))\b/i,
  // "Remarks With Chinese President Hu Jintao" over a State transcript: the two spoke to the press together, where the header says.
  // Case-sensitive after "with": under the i flag \p{Lu} matches any letter ("Remarks with reporters").
  /\b([Rr]emarks|REMARKS) (?:[Ww]ith|WITH)\s+(?:the\s+)?\p{Lu}/u,
];

/**
 * The meeting an article's title says it records ("Readout of President Biden's Call with President
 * Zelenskyy", "Talks with President of Türkiye", "Russian-Chinese talks"), when no meeting read from
 * its sentences already has that meeting's place: a call is virtual; other meetings are where the
 * article is set (dateline, title or header lines), or nowhere said; the time is the header's date.
 * Cited from the first sentence of the body. Null for any other article.
 *
 * @example
 * // Title "Russian-Chinese talks", header "October 18, 2023, Beijing" → { what: 'talks', place: 'Beijing', when: 'October 18, 2023', … }
 */
export function titleMeeting(a: AnalyzedArticle, setting: { city: string | null }, found: RawMeeting[]): RawMeeting | null {
  const m = TITLE_MEETING.map((re) => re.exec(a.article.title)).find((x) => x !== null);
  if (!m) return null;
  const noun = (m[1] as string).toLowerCase();
  // "Press briefing on the budget" over a story is its topic; "Press Briefing: 3.45pm Tuesday 10 February 2004" is a record, dated.
  if (/briefing$/.test(noun) && !DATE.test(a.article.title)) return null;
  const isCall = /call|telephone/.test(noun);
  const first = a.paragraphs.find((p) => !p.isJunk && !p.isCaption && (a.sentences[p.index]?.length ?? 0) > 0);
  const sentence = first ? a.sentences[first.index]?.[0] : undefined;
  if (!first || !sentence) return null;
  const { body } = a.article;
  const header = a.paragraphs.filter((p) => p.index <= first.index + 2).map((p) => body.slice(p.start, p.end).trim());
  // "Treaty Room / Washington, DC / September 27, 2017" over the first turn of a transcript: the lines heading the
  // remarks place and date them, before a town the rest of a compiled title names ("… To Travel to Beijing").
  const turn = a.quoteSpans.find((q) => q.label && !('isIntro' in q.label) && !isDigestHeadline(lineAt(body, q.label.start)))?.paragraph;
  const turnHeader = turn === undefined ? [] : a.paragraphs.filter((p) => p.index < turn).slice(-HEADER_LINES).map((p) => body.slice(p.start, p.end).trim());
  const place = isCall ? 'virtual' : placeOf(turnHeader) ?? setting.city;
  const when = [...header, ...turnHeader].map((line) => DATE.exec(line)?.[0]).find((d) => d !== undefined) ?? null;
  // "we actually met briefly in the middle of the day": a meeting there at another time of its own is an earlier one.
  const isOther = (x: RawMeeting) => when !== null && x.when !== null && !x.when.includes(when);
  // A press conference follows the talks it reports on: only a conference the body tells already is the title's.
  const isPress = /conference$|briefing$/.test(noun);
  const told = found.filter((x) => !isPress || /conference|briefing/i.test(x.what));
  // "Remarks With Javier Solana" over "I'm looking forward to our meeting today": the remarks open the meeting the body tells there.
  // "Beginning of meeting with President Chirac" over "I had a conversation with Prime Minister Sharon two hours ago": talks
  // the body dates and holds with someone the title does not name are others than the title's.
  // "Remarks With Cayetano Before Their Meeting; Tillerson To Travel to Beijing": a compiled title's parts head different
  // records, so only the part that names the meeting is read for its people.
  const part = a.article.title.split(';').find((p) => p.includes(m[0])) ?? a.article.title;
  const isWithOthers = (x: RawMeeting) => x.place === null && x.when !== null && x.participants.some((p) => !COUNTRIES.has(p.toLowerCase().replace(/\s+/g, '-'))) && !namesParticipant(part, x.participants);
  if (told.some((x) => (x.place === place && (!isOther(x) || noun === 'remarks') && !isWithOthers(x)) || (isCall && (x.type === 'call' || x.type === 'video-conference')))) return null;
  // "Secretary Blinken's Meeting with Colombian Vice President Ramírez" over "Blinken met with … Ramírez today at the
  // Department of State": the body told the title's meeting, placed; the title adds it again only where it is not known.
  if (!isCall && told.some((x) => x.type !== 'call' && x.type !== 'video-conference' && namesParticipant(part, x.participants))) return null;
  // "PM meeting with President of the European Council" over "Starmer and Costa met in Downing Street this afternoon": the
  // lead sentence the title's meeting would be cited from tells it, placed.
  if (!isCall && !isPress && told.some((x) => x.sentence.start === sentence.start && x.place !== null && x.type !== 'call' && x.type !== 'video-conference')) return null;
  const what = isCall ? 'phone call' : noun === 'remarks' ? 'joint remarks' : noun;
  return headerMeeting(what, isCall ? 'call' : noun === 'talks' || noun === 'discussion' ? 'talks' : isPress || noun === 'remarks' ? 'conference' : 'meeting', place, when, sentence);
}

/** The line an offset falls in: a label's own line ("Press Releases: …"), whatever paragraph its turn runs on to. */
function lineAt(body: string, at: number): string {
  const end = body.indexOf('\n', at);
  return body.slice(body.lastIndexOf('\n', at) + 1, end < 0 ? body.length : end);
}

/** Whether a title names someone who took part in a meeting, by surname ("Ramírez" for "Marta Lucía Ramírez"). */
function namesParticipant(title: string, participants: readonly string[]): boolean {
  const words = new Set(title.split(/[^\p{L}-]+/u));
  return participants.some((p) => {
    const surname = p.split(/\s+/).pop() ?? '';
    return surname.length > 2 && /^\p{Lu}/u.test(surname) && words.has(surname);
  });
}

/**
 * "The Prime Minister's closing press conference at the G8 Summit, Lough Erne on 18 June 2013" above the
 * transcript: a record whose header names no city the gazetteers know is held where the header's own
 * sentence places a meeting of the same day (the gathering it was held at).
 *
 * @example
 * // record { place: null, when: '18 June 2013', start: 400 }, header meeting { place: 'Lough Erne', when: '18 June 2013', start: 120 }
 * // → { …record, place: 'Lough Erne' }
 */
export function withHeaderPlace(recorded: RawMeeting | null, inSentences: readonly RawMeeting[]): RawMeeting | null {
  if (!recorded || recorded.place !== null || recorded.when === null) return recorded;
  const header = inSentences.find((m) => m.place !== null && m.place !== 'virtual' && m.when === recorded.when && m.sentence.start < recorded.sentence.start);
  return header ? { ...recorded, place: header.place } : recorded;
}

/** "following Russian-German Talks", "after Bilateral Meeting": the meeting a press event's title says it follows. */
const FOLLOWED = /\b(?:following|after)\s+(?:(?:the|their|a)\s+)?(?:[\p{L}.-]+\s+){0,3}?(talks|meeting|discussions|consultations)\b/iu;

/**
 * The talks a press conference's title says it follows ("Joint News Conference … following Russian-German Talks"),
 * held where and when the record is, unless the body already tells a meeting there (or, for a record placed nowhere, anywhere)
 * that is not the press's.
 *
 * @example
 * // title "Joint News Conference with … following Russian-German Talks", record { place: 'Meseberg', when: 'June 5, 2010' }
 * // → { what: 'talks', type: 'talks', place: 'Meseberg', when: 'June 5, 2010', … }
 */
export function followedMeeting(a: AnalyzedArticle, recorded: RawMeeting, found: readonly RawMeeting[]): RawMeeting | null {
  const m = FOLLOWED.exec(a.article.title);
  if (!m) return null;
  const isPress = (x: RawMeeting) => /conference|briefing|availability|statements/i.test(x.what);
  // "News conference following Russia-US talks" with no town in its header: the talks are the title's, unplaced, when the
  // body tells no meeting but the press's (one it tells anywhere may be those talks).
  if (recorded.place === null ? found.some((x) => !isPress(x)) : found.some((x) => x.place === recorded.place && !isPress(x))) return null;
  const noun = (m[1] as string).toLowerCase();
  return headerMeeting(noun, noun === 'meeting' ? 'meeting' : 'talks', recorded.place, recorded.when, recorded.sentence);
}

/**
 * A gathering named by its proper name: "G20 Summit", "U.N. Climate Conference", "Tallinn Digital Summit"; not a
 * transcript's "Via Conference Call" line, which says how a call was held.
 */
const GATHERING_NAME = /\b((?:\p{Lu}[\p{L}\d.’'-]*\s+){1,4}(?:Summit|Conference|Forum|Ministerial))\b(?!\s+Call\b)/u;

/**
 * The gathering an article's title or header lines name ("Remarks … During the First Session of the G20 Summit",
 * "G20 Summit Site" over "St. Petersburg, Russia"): held where the article is set, when the header says, unless a
 * meeting read already has its name.
 *
 * @example
 * // title "Remarks … after Bilateral Meeting", header "G20 Summit Site / St. Petersburg, Russia" → { what: 'G20 Summit', place: 'St. Petersburg', … }
 */
export function headerGathering(a: AnalyzedArticle, setting: { city: string | null }, found: readonly RawMeeting[]): RawMeeting | null {
  const { body } = a.article;
  const first = a.paragraphs.find((p) => !p.isJunk && !p.isCaption && (a.sentences[p.index]?.length ?? 0) > 0 && body.slice(p.start, p.end).split(/\s+/).length >= 12);
  const sentence = first ? a.sentences[first.index]?.[0] : undefined;
  if (!first || !sentence || setting.city === null) return null;
  const header = [a.article.title, ...a.paragraphs.filter((p) => p.index < first.index).map((p) => body.slice(p.start, p.end).trim())];
  const name = header.map((line) => GATHERING_NAME.exec(line)?.[1]).find((x) => x !== undefined)?.replace(/^(?:The|A|An)\s+/, '');
  // "8. Upcoming Summit of the Americas" in a briefing's list of topics: a gathering still to come is held elsewhere, later.
  if (!name || /^(?:Press|News|Joint|Background|Upcoming|Forthcoming|Coming|Next)\b/.test(name)) return null;
  const key = name.toLowerCase();
  if (found.some((x) => x.what.toLowerCase().includes(key) || key.includes(x.what.toLowerCase()) || isShorterName(x.what, name))) return null;
  // "Washington, DC" over a statement of a ministerial met in Manila: the header is the issuer's, not the gathering's.
  if (found.some((x) => x.place !== null && x.place !== 'virtual' && x.place !== setting.city)) return null;
  const when = header.slice(1).map((line) => DATE.exec(line)?.[0] ?? CLOCK.exec(line)?.[0]).find((d) => d !== undefined) ?? null;
  return headerMeeting(name, 'conference', setting.city, when, sentence);
}

/** "4:53 P.M. MSK": a header line that is a clock time alone. */
const CLOCK = /^\d{1,2}:\d\d [AP]\.?M\.?(?: [A-Z]{2,4})?$/i;

/**
 * "Global Voices Summit" for the title's "Global Voices Citizen Media Summit": a name of two words or more, every word
 * of it in the longer name, in the same order.
 *
 * @example
 * isShorterName('Global Voices Summit', 'Global Voices Citizen Media Summit') // true
 * isShorterName('G20 Summit', 'Tallinn Digital Summit') // false
 */
export function isShorterName(short: string, long: string): boolean {
  const words = short.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  let at = 0;
  const longWords = long.toLowerCase().split(/\s+/);
  for (const w of words) {
    at = longWords.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
