/** Calendar arithmetic on plain YYYY-MM-DD strings, in UTC, so results never depend on the machine's zone. */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

export function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The given weekday on or after (`forward`) or on or before a reference date. */
export function nearestWeekday(ref: string, weekday: number, forward: boolean, strictlyAfter = false): string {
  const diff = (weekday - weekdayOf(ref) + 7) % 7;
  if (forward) return addDays(ref, diff === 0 && strictlyAfter ? 7 : diff);
  return addDays(ref, diff === 0 ? 0 : diff - 7);
}

export const WHEN_RE = new RegExp(
  String.raw`\b(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\))?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,\s*\d{4}|\s+of\s+\d{4})?|(?:the\s+)?(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?|[Ii]n (?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|the next day|the following day|next (?:week|month)|in (?:two|three|four|a few|\d+) (?:days|weeks|months)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:[Tt]he )?end of (?:January|February|March|April|May|June|July|August|September|October|November|December)|[Ll]ast (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year)|(?:[Ee]arlier|[Ll]ater) (?:today|tonight|that day|this (?:morning|afternoon|evening|week|month)|on this (?:morning|afternoon|evening))|[Ii]n (?:early |mid-|late )?(?:19|20)\d{2}(?![\d-])|in nineteen (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|in two thousand(?: and)?(?: (?:(?:twenty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))?|(?:[Nn]ext|[Tt]his) year|[Tt]his (?:morning|afternoon|evening|week|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:[Tt]his|[Nn]ext|[Ll]ast) (?:spring|summer|autumn|winter)|[Tt]onight|over the weekend|over the past (?:few )?days|in the middle of the day|tomorrow|[Tt]oday|[Yy]esterday|last (?:week|month))\b\)?`,
  'g',
);

/**
 * The year an article is written in when it gives no date: the year that puts an anchor such as
 * "Friday, January 7" on the right weekday, searched from the latest year the article mentions.
 *
 * @example
 * inferAnchor('On Friday, January 7 … since the summer of 2019') // '2022-01-07'
 */
export function inferAnchor(text: string, articleDate: string | null | undefined): string | null {
  if (articleDate) return articleDate;
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const minYear = years.length ? Math.max(...years) : null;
  if (minYear === null) return null;
  const fromDateline = datelineDate(text);
  if (fromDateline) return fromDateline;
  const re = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*\(?\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})\b/g;
  for (const m of text.matchAll(re)) {
    const wd = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
    const mo = monthIndex(m[2] as string);
    const day = Number(m[3]);
    for (let y = minYear; y <= minYear + 8; y++) {
      // The day read from the date itself, not from its ISO text parsed again: "31 February" rolls over, and fails.
      const d = new Date(Date.UTC(y, mo, day));
      if (d.getUTCDay() === wd && d.getUTCDate() === day) return iso(y, mo, day);
    }
  }
  return null;
}

const DATELINE_RE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2},\s+(?:[A-Z][a-z]+,\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})\b/m;
/** "LUSAKA, 12 June 2025 –": the day before the month, the year often given. */
const DATELINE_DAY_FIRST_RE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:\/[A-Z][A-Z.'’ -]*)?,\s+(?:[A-Z][a-z]+,?\s+)?(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/m;
/** A year the article speaks of as past or present; "by 2040", "until 2030" are targets. */
const PAST_YEAR_RE = /(?<!\b(?:by|until|till|to|before|through|from|after)\s)\b(19[5-9]\d|20\d\d)\b/g;
const LEAD_WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * The date of a wire dateline ("GENEVA, March 3 (AP) — The WHO said Monday …"): the dateline gives
 * month and day; the lead's weekday picks the year, searched upwards from the latest year the article
 * mentions as past or present (not "by 2040"). Null without a weekday to check against: a wrong
 * year is worse than none.
 *
 * @example
 * datelineDate('LONDON, Aug 7 — The Bank cut rates on Thursday, the first cut since 2024.') // '2025-08-07'
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 600);
  // "ROME, 2 March 2026 —": a day-first dateline with its year needs no weekday to check.
  const dm = DATELINE_DAY_FIRST_RE.exec(head);
  if (dm?.[3]) return iso(Number(dm[3]), monthIndex(dm[2] as string), Number(dm[1]));
  const md = DATELINE_RE.exec(head);
  const m = md ? { end: md.index + md[0].length, month: md[1] as string, day: md[2] as string }
    : dm ? { end: dm.index + dm[0].length, month: dm[2] as string, day: dm[1] as string } : null;
  if (!m) return null;
  const lead = text.slice(m.end, m.end + 300);
  const wd = LEAD_WEEKDAY_RE.exec(lead);
  if (!wd) return null;
  const weekday = WEEKDAYS.indexOf((wd[1] as string).toLowerCase());
  const month = monthIndex(m.month);
  const day = Number(m.day);
  const past = [...text.matchAll(PAST_YEAR_RE)].map((x) => Number(x[1]));
  if (past.length === 0) return null;
  const latest = Math.max(...past);
  const candidates = [latest, latest + 1, latest + 2, latest + 3];
  // The dateline is the day of writing: the lead's weekday is that day, or else the day before ("said Monday").
  for (const back of [0, 1]) {
    for (const y of candidates) {
      const d = iso(y, month, day);
      if (weekdayOf(addDays(d, -back)) === weekday) return d;
    }
  }
  return null;
}

/**
 * A calendar date for a "when" phrase: explicit month and day (year from the anchor), a weekday
 * near the anchor or after the previous event, or "the next day".
 */
export function resolveWhen(when: string, anchor: string | null, previous: string | null, direction: WeekdayDirection): string | null {
  const w = when.toLowerCase();
  // "2 February", "3rd May", "the 3rd of May" (day first) or "Feb. 2", never the "20" of "February 2026".
  const dm = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/.exec(w);
  const md = dm ? [dm[0], dm[2], dm[1]] : /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?!\d)/.exec(w);
  const wdName = WEEKDAYS.find((d) => w.includes(d));
  if (md && anchor) {
    // "June 16, 2007", "February 2nd of 2021": a year written with the day is the day's, whatever year the article is.
    const written = /\b((?:19|20)\d{2})\b/.exec(w);
    const y = Number(written ? written[1] : anchor.slice(0, 4));
    const d = iso(y, monthIndex(md[1] as string), Number(md[2]));
    if (wdName && weekdayOf(d) !== WEEKDAYS.indexOf(wdName)) return null; // inconsistent: do not guess
    return d;
  }
  if ((w.includes('next day') || w.includes('following day')) && previous) return addDays(previous, 1);
  // "today", "this morning", "yesterday": the day of writing, or the day either side of it.
  const relative = /^(?:(?:earlier|later) )?(today|tonight|this (?:morning|afternoon|evening))$|^(yesterday)$|^(tomorrow)$/.exec(w.trim());
  if (relative && anchor) return addDays(anchor, relative[2] ? -1 : relative[3] ? 1 : 0);
  if (wdName) {
    const wd = WEEKDAYS.indexOf(wdName);
    if (previous) return nearestWeekday(previous, wd, true, true);
    // A weekday other than the day of writing is dated only when its clause says which way it points.
    if (anchor && weekdayOf(anchor) === wd) return anchor;
    if (anchor && direction) return nearestWeekday(anchor, wd, direction === 'future');
  }
  return null;
}

export type WeekdayDirection = 'future' | 'past' | null;

/** Words that end a clause: a weekday's tense is read inside its own clause, never from the reporting verb. */
const CLAUSE_END = /[;:]|,\s+(?:and|but|while|after|as|where|when)\s|\b(?:said|says|told|added|announced)\b/gi;
/** Right before the weekday: "set for", "ahead of", "next", "for Tuesday's conference" — a day to come. */
const FUTURE_BEFORE = /\b(?:(?:set|scheduled|slated|planned|due|expected|penciled|pencilled|fixed)\s+(?:to\s+\w+\s+)?(?:for|on)|ahead\s+of|in\s+advance\s+of|before|until|till|by|next|this\s+coming|coming)\s+$/i;
/** "set the stage for Tuesday's conference", "prepare for Monday's vote": a possessive day that is looked ahead to. */
const FUTURE_FOR_POSSESSIVE = /\b(?:for|toward|towards)\s+$/i;
/** Right before the weekday: "last", "since", "met on": a day gone by. */
const PAST_BEFORE = /\b(?:last|since|earlier\s+on|(?:met|held|began|started|opened|ended|closed|said|spoke|announced|arrived|signed|agreed|took\s+place|was\s+held|were\s+held)(?:\s+\w+){0,4}?\s+(?:on\s+)?)\s*$/i;
/** A clause that speaks of what is to come. */
const FUTURE_CLAUSE = /\b(?:will|would|follows|begins|opens|starts|resumes|shall|was to|were to|'ll|is to|are to|is due|are due|to be held|is set|are set|is scheduled|are scheduled|is expected|are expected|upcoming|plans? to|is planned|are planned)\b/i;
/** A clause in a past tense: "met", "was", "had", "-ed". */
const PAST_CLAUSE = /\b(?:was|were|had|did|met|held|began|spoke|said|took|went|came|gave|made|saw|ended|opened|agreed|\w{3,}ed)\b/i;

/**
 * Which way a bare weekday points from the day of writing, read from its own clause: "set for Wednesday",
 * "ahead of Tuesday's talks", "will meet on Friday" look ahead; "met on Monday", "said Tuesday", a past tense
 * look back. Null when the clause does not say (then the day is not dated at all: a wrong date is worse than none).
 *
 * @example
 * weekdayDirection('A second meeting was set for Wednesday.', 'Wednesday'); // → 'future'
 * weekdayDirection('The ministers met on Monday in Rome.', 'Monday'); // → 'past'
 * weekdayDirection('Talks on Friday.', 'Friday'); // → null
 */
export function weekdayDirection(sentence: string, when: string): WeekdayDirection {
  const lowerWhen = when.toLowerCase();
  const day = WEEKDAYS.find((d) => lowerWhen.includes(d));
  if (!day) return null;
  const at = sentence.toLowerCase().indexOf(day);
  if (at < 0) return null;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i > at) { end = i; break; }
  }
  // "said Tuesday that …": the day is the reporting verb's, the day of the report or just before it.
  if (/\b(?:said|says|told\s+\w+|added|announced)\s+(?:on\s+|late\s+|early\s+)?$/i.test(sentence.slice(0, at))) return 'past';
  const before = sentence.slice(start, at);
  const possessive = /^\w+day['’]s\b/i.test(sentence.slice(at));
  if (/\blast\s+$/i.test(before)) return 'past';
  if (FUTURE_BEFORE.test(before) || (possessive && FUTURE_FOR_POSSESSIVE.test(before))) return 'future';
  if (PAST_BEFORE.test(before)) return 'past';
  const clause = sentence.slice(start, end);
  // "set" and "scheduled" as past participles ("was set for") were read above; here a tense decides.
  if (FUTURE_CLAUSE.test(clause)) return 'future';
  if (PAST_CLAUSE.test(clause.replace(/\b(?:scheduled|planned|expected|set)\b/gi, ''))) return 'past';
  return null;
}
