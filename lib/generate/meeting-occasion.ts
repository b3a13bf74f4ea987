/**
 * Which occurrence of a recurring event a stem means (issue #15). "Where did the Shanghai Cooperation
 * Organisation summit take place?" has a true answer for every year the body meets; a teacher sent it back
 * (round 19). A named series, an "annual" meeting, or a meeting the article tells of beside another of its
 * kind in another year, is named with what the report gives: its month for "where", its people or its year
 * for "when" (never its month there: the options differ only by the day).
 */
import { factsOfArticle, type GenerateContext } from './context';
import type { MeetingView } from './meeting-view';
import type { Person } from '@/lib/extract/types';
import { isIsoDay, longDate, MONTH_NAMES } from './dates';
import { displayName, isPersonLike } from './people';
import { between, participantIds } from './meeting-people';
import { containsWords, escapeRegExp } from './text';

/** Events held again and again under one name: "the SCO summit", "the ASEAN Regional Forum", "the P5+1 negotiations". */
const SERIES_HEAD = /\b(?:summit|forum|conference|dialogue|negotiations|talks|consultations|ministerial|council meeting|session|assembly)$/i;

/** A clause that says the meeting is one of a run. */
const RECURRING = /\b(?:annual|yearly|regular|biennial|periodic)\b/i;

/** "the last SCO summit": the one before the report. */
const LAST = /\b(?:last|previous|latest|most recent|recent)\s+$/i;

/** Words that place a meeting away from the report's own month: it is then not dated by the report. */
const ELSEWHERE_IN_TIME = /\b(?:last|previous|earlier|ago|next|upcoming|coming|future|year|years|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/i;

/** "under way", "ongoing": talks still running when the report was written. */
const RUNNING = /\b(?:ongoing|on-going|under way|underway|continuing|current)\b/i;

/** "the second meeting of …", "the ninth round of the …": a number in its series says which. */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;

/** The name with the place in its series the sentence gives ("the ninth round of the U.S.-Colombia High-Level Dialogue"), or null. */
function numbered(sentence: string, name: string): string | null {
  if (new RegExp(`\\b${ORDINAL}\\b`, 'i').test(name)) return name;
  const rest = name.replace(/^the\s+/, '');
  const hit = new RegExp(`\\b(${ORDINAL}\\s+(?:round|meeting|session|summit|edition)\\s+of\\s+(?:the\\s+)?)${escapeRegExp(rest)}`, 'i').exec(sentence);
  return hit ? `the ${hit[1]?.toLowerCase() ?? ''}${rest}` : null;
}

/** The name without "the" and without what the stem already adds ("… between A and B", "… on Monday"). */
function core(name: string): string {
  return name.replace(/^the\s+/, '').split(/ (?:between|with|in|on|of) /)[0] ?? '';
}

/** A named series: a capitalised name before a series word ("Shanghai Cooperation Organisation summit", "P5+1 negotiations"). */
export function isNamedSeries(name: string): boolean {
  const c = core(name);
  return SERIES_HEAD.test(c) && /^(?:\p{Lu}|\d)/u.test(c);
}

function yearOf(iso: string | null | undefined): string | null {
  return iso && /^\d{4}/.test(iso) ? iso.slice(0, 4) : null;
}

/** The meeting's own day as the report resolves it, or the transcript line's. */
function ownDay(v: MeetingView): string | null {
  return v.m.date ?? v.dateLineDay ?? null;
}

/** Another meeting of the article in another year ("their unprecedented meeting in September 2002"). */
function anotherYearTold(v: MeetingView, views: MeetingView[]): boolean {
  const year = yearOf(ownDay(v)) ?? yearOf(v.article.date);
  if (!year) return false;
  return views.some((o) => {
    if (o === v) return false;
    const y = yearOf(o.m.date) ?? /\b(1[89]\d\d|20\d\d)\b/.exec(o.m.when ?? '')?.[1] ?? null;
    return !!y && y !== year;
  });
}

/**
 * "the summit between Joe Biden and Xi Jinping" held "at the end of last year": two leaders meet again and again
 * (Bali in 2022, San Francisco in 2023), and a meeting named by who met, timed away from the report's own days,
 * is not the report's news: its label's date does not say which (blind-45).
 */
function peopleMetBefore(v: MeetingView, name: string): boolean {
  if (!/ between /.test(name) || !v.m.when) return false;
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(v.m.when)?.[1];
  const reported = yearOf(v.article.date);
  return PAST_TIME.test(v.m.when) || (!!year && !!reported && year < reported);
}

/** Times before the report's own days: "last year", "two years ago". A month or weekday is the report's news. */
const PAST_TIME = /\b(?:last|previous|earlier|ago)\b/i;

/** Whether a stem must say which occurrence it means. */
export function needsOccasion(v: MeetingView, views: MeetingView[], name: string): boolean {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  return isNamedSeries(name) || RECURRING.test(clause) || anotherYearTold(v, views) || peopleMetBefore(v, name);
}

/** "at the end of last year", "early next year", "last year": a year told from the report's. */
const RELATIVE_YEAR = /\b((?:at the (?:end|start|beginning) of|in the (?:spring|summer|autumn|fall|winter) of|early|late|in)\s+)?(last|this|next) year\b/i;

/**
 * The meeting's year as the clause tells it from the report's, in the clause's words: "at the end of last year"
 * under an August 2024 report → "at the end of 2023". Null unless the meeting's own time is that year.
 *
 * @example
 * relativeYear('a summit … in San Francisco at the end of last year', 'last year', '2024-08-29'); // → 'at the end of 2023'
 */
export function relativeYear(clause: string, when: string | null, reported: string): string | null {
  const own = when ? RELATIVE_YEAR.exec(when) : null;
  const m = own ? RELATIVE_YEAR.exec(clause) : null;
  const year = Number(reported.slice(0, 4));
  if (!m || !own || m[2]?.toLowerCase() !== own[2]?.toLowerCase() || !year) return null;
  const shift = { last: -1, this: 0, next: 1 }[m[2]!.toLowerCase() as 'last' | 'this' | 'next'];
  return `${(m[1] ?? 'in ').toLowerCase()}${year + shift}`;
}

/** "June 2009" of an ISO day or month. */
function monthYear(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? `${MONTH_NAMES[Number(m[2]) - 1] ?? ''} ${m[1]}` : null;
}

/** "the June 2009 summit in Pyongyang", "the Asia Regional Forum of July 2004". */
function withTime(name: string, time: string): string {
  const rest = name.replace(/^the\s+/, '');
  return / (?:between|with|in|on|of) /.test(rest) || /^\p{Ll}/u.test(rest) ? `the ${time} ${rest}` : `the ${rest} of ${time}`;
}

/**
 * The month a "where" stem may give: the meeting's own, or the report's for talks the report tells as
 * running or as its news with no other time. "last" names the one before the report.
 */
function placeOccasion(v: MeetingView, name: string): string | null {
  if (/ on \S/.test(name)) return name;
  const day = ownDay(v);
  if (day) return withTime(name, monthYear(day) ?? '');
  const sentence = v.article.body.slice(v.m.sentence.start, v.m.sentence.end);
  const at = sentence.search(new RegExp(`\\b${escapeRegExp(core(name))}`));
  // "the recent U.S.-DPRK Summit" read as still to come: the tense is in doubt, the sentence blanked says which.
  if (at > 0 && LAST.test(sentence.slice(0, at))) return v.planned || !isIsoDay(v.article.date) ? null : `the last ${name.replace(/^the\s+/, '')} before ${longDate(v.article.date)}`;
  // "Where will the African Union Summit take place?" under its report's day: the next one.
  if (v.planned) return name;
  const reported = v.article.date && /^\d{4}-\d{2}/.test(v.article.date) ? v.article.date : null;
  if (!reported) return null;
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  if (RUNNING.test(clause) || !ELSEWHERE_IN_TIME.test(clause)) return withTime(name, monthYear(reported) ?? '');
  // "in San Francisco at the end of last year" (August 2024): the summit at the end of 2023.
  const relative = relativeYear(clause, v.m.when, reported);
  if (relative) return `${name} ${relative}`;
  // "the Global Voices 2008 Summit": the year the clause writes, when it is the report's and nothing else times it.
  const year = yearOf(reported) ?? '';
  const years = clause.match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  if (years.length > 0 && years.every((y) => y === year) && !ELSEWHERE_IN_TIME.test(clause.replace(/\b(?:1[89]|20)\d\d\b/g, ''))) return withTime(name, year);
  return null;
}

/**
 * "Press statements following Russian-Uzbekistani talks": the people who speak in a transcript of the talks,
 * or whom its meetings name, are who held them. Two or three known people, or ''.
 */
function transcriptSpeakers(ctx: GenerateContext, v: MeetingView): string {
  if (!v.dateLine || !/\b(?:talks|negotiations|meeting)\b/i.test(v.article.title)) return '';
  // Who speaks, and who the transcript's meetings name ("the state visit of Shavkat Mirziyoyev").
  const speakers = factsOfArticle(ctx.quotes, v.m.articleId).filter((q) => q.speakerId).map((q) => q.speakerId as string);
  const met = factsOfArticle(ctx.meetings, v.m.articleId).flatMap((m) => participantIds(ctx, m));
  const ids = [...new Set([...speakers, ...met])];
  // Only as the page writes them: the index may merge a name with another report's ("To Lam" shown as another Lam).
  const names = ids.map((id) => ctx.people.byId.get(id)).map((p) => (p ? shownName(v.article.body, p) : null)).filter((n): n is string => !!n && containsWords(v.article.body, n) && !namesOnlyEvents(v.article.body, n));
  if (names.length < 2 || names.length > 3) return '';
  return ` between ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** "Following Russia-Vietnam talks": a "name" the page only ever writes before a meeting word is what qualifies it, no one. */
function namesOnlyEvents(body: string, name: string): boolean {
  const at = [...body.matchAll(new RegExp(`${escapeRegExp(name)}(?![\\p{L}])(\\s+\\p{L}+)?`, 'gu'))];
  return at.length > 0 && at.every((m) => /^\s+(?:talks|negotiations|meeting|meetings|summit|consultations)$/i.test(m[1] ?? ''));
}

/** A person as the transcript may be quoted on: the full name, or "Mr Mirziyoyev" when it writes only that. */
function shownName(body: string, p: Person): string | null {
  if (isPersonLike(p)) return displayName(p);
  if (/\s/.test(p.name)) return null;
  return new RegExp(`\\b(?:President|Prime Minister|Chancellor|Mr\\.?|Mrs\\.?|Ms\\.?) ${escapeRegExp(p.name)}\\b`, 'u').exec(body)?.[0] ?? null;
}

/**
 * The stem's name for the very occurrence it asks about, or null when the report gives nothing that says
 * which (the caller then blanks the sentence, which does). `name` is returned as it is for a one-off event.
 *
 * @example
 * // "… conceived during the last Shanghai Cooperation Organisation summit in Yekaterinburg." (July 30, 2009)
 * whichOccasion(ctx, v, views, 'place', 'the Shanghai Cooperation Organisation summit');
 * // → 'the last Shanghai Cooperation Organisation summit before July 30, 2009'
 */
export function whichOccasion(ctx: GenerateContext, v: MeetingView, views: MeetingView[], asked: 'place' | 'when', name: string): string | null {
  // "the 2011 U.S. Africa … Forum" says which already.
  if (!needsOccasion(v, views, name) || /\b(?:1[89]|20)\d\d\b/.test(name)) return name;
  const ordinal = numbered(v.article.body.slice(v.m.sentence.start, v.m.sentence.end), name);
  if (ordinal) return ordinal;
  if (asked === 'place') return placeOccasion(v, name);
  // A "when" stem is dated by its label's month: a yearly summit needs no more. Talks a transcript's headline names
  // ("Russian-Uzbekistani talks", held again and again) and a meeting beside another year's do: their people, or
  // the year; never the month (the options differ only by the day).
  if (/ (?:between|with) /.test(name)) return name;
  const transcriptTalks = !!v.dateLine && isNamedSeries(name) && /\b(?:talks|negotiations|consultations)$/.test(core(name));
  if (!transcriptTalks && !anotherYearTold(v, views)) return name;
  // A record's lead ("Following Russia-Vietnam talks, Vladimir Putin and To Lam …") is read as the transcript, not by the index.
  const who = (v.dateBy === 'lead' ? '' : between(ctx, v)) || transcriptSpeakers(ctx, v);
  if (who) return `${name}${who}`;
  const year = yearOf(ownDay(v));
  return year && anotherYearTold(v, views) ? withTime(name, year) : null;
}
