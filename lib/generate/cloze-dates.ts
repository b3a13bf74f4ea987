/** Cloze cards on a story's day: the lede's day with its year, and "the first … since 2008" with the year blanked. */
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from './types';
import { factsOfArticle, type GenerateContext } from './context';
import { meetingViews } from './meetings';
import type { MeetingView } from './meeting-view';
import { inCaption, sentencesOf } from './evidence';
import { tellsSomething } from './body-lines';
import { isRangeEnd, wholeRange } from './range-ends';
import { displayedText } from './dateline';
import { sourceLabel } from './labels';
import { MONTH_NAMES, WEEKDAYS, hasCalendarDate, longDate } from './dates';
import { containsWords, normalise } from './text';
import { mentionsNumber } from './numbers';
import { cloze } from './cloze-card';
import { isHeadlineEvent, isReportDay } from './routine-days';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAY = WEEKDAYS.join('|');
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY})\\b`);
/** "Wednesday", "Wednesday (Jan 26)", "Monday, January 10", "March 11": a day the lede dates its news by. */
const DAY_EXPR = new RegExp(`\\b(?:(?:${WEEKDAY})(?:,?\\s+(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|,?\\s+\\d{1,2}\\s+(?:${MONTHS})\\b|\\s*\\((?:${MONTHS})\\.?\\s+\\d{1,2}\\))?|(?:${MONTHS})\\.?\\s+\\d{1,2}\\b)`);
/** A verb of saying right before the day: "urged Iran July 10", "told reporters Oct 2", "said on Monday". */
const SAID_ON = /\b(?:urged?|urges|told|tells?|said|says|called|calls|stressed|reiterated|describe[sd]?|published)\b(?:\s+[\p{L}’'.-]+){0,3}\s+(?:on\s+)?$/iu;
/** Opening sentences searched for the day the news happened. */
const LEDE_SENTENCES = 3;

/**
 * The day the news happened, from the article's opening: "The Biden administration and NATO told Russia
 * on _____ there will be no … concessions". Not from a sentence another card already dates (a meeting's).
 */
export function ledeDateCard(ctx: GenerateContext, article: ArticleInput): Question | null {
  if (ctx.isDerivative(article.id)) return null;
  const meetingSentences = new Set((meetingViews(ctx).get(article.id) ?? []).map((v) => v.m.sentence.start));
  const title = normalise(article.title);
  const lede: { start: number; end: number }[] = [];
  for (const s of sentencesOf(article.body)) {
    if (lede.length >= LEDE_SENTENCES) break;
    // "Hôtel du Parc des Eaux-Vives • Geneva, Switzerland • June 16 • 7:20 P.M.": a transcript's header line is no news.
    if (normalise(article.body.slice(s.start, s.end)) !== title && displayedText(article, s).split(/\s+/).length >= 8 && tellsSomething(displayedText(article, s))) lede.push(s);
  }
  for (const s of lede) {
    const shown = displayedText(article, s);
    // "Volume 557: debated on Tuesday 22 January 2013": a page's header line is not the news.
    if (/^[^.:]{0,40}:\s/.test(shown)) continue;
    // "Chequers • Buckinghamshire, England, United Kingdom • July 13, 2018 • 1:52 P.M.": fields set apart by bullets are
    // a transcript's header, whose day is the report's own.
    if (/•[^•]*•/.test(shown)) continue;
    // "Rumsfeld is greeted by … on April 14. Photo by Robin Hicks": a photo's caption dates the picture (blind-41).
    if (inCaptionParagraph(article.body, s)) continue;
    const found = DAY_EXPR.exec(shown)?.[0];
    // A bare weekday is trivia; "Wednesday (Jan 26)" asks its date, so the typed answer is a date.
    const day = found && hasCalendarDate(found) ? (/\(([^)]+)\)/.exec(found)?.[1] ?? found) : null;
    // A day inside a quotation is the speaker's, and a sentence that holds a meeting is asked about as one.
    if (!day || meetingSentences.has(s.start) || /[“"][^”"]*$/.test(shown.slice(0, shown.indexOf(day)))) continue;
    // The day of the news, not of a detail: "have arrived in Chad since _____" (when an influx began),
    // "made great progress since Hurricane Maria hit on _____", a photo caption's ", Sept. 10, 2020."
    if (!isNewsDay(shown, shown.indexOf(found ?? day))) continue;
    // "Rice and Beckett urged Iran July 10 to respond …", "Rumsfeld told reporters Oct 2" in a report of that day: what
    // was said on the report's own day is dated by the report, not learnt (blind-50); a decision taken that day ("held its
    // main rate"), a summit or talks the headline reports (as when-questions), and an anniversary stay.
    if (isReportDay(day, null, article.date) && SAID_ON.test(shown.slice(0, shown.indexOf(found ?? day))) && !/\banniversary\b/i.test(shown) && !isHeadlineEvent({ title: article.title, clause: shown, who: '', people: 0 })) continue;
    // "this day next year, May 15, will mark …": a day of another year than the report's, whose year the card would
    // give wrong ("a date in May 2019", blind-52 Q23).
    if (/\b(?:next|last|previous|coming)\s+year\b[^.;]{0,20}$/i.test(shown.slice(0, shown.indexOf(found ?? day)))) continue;
    // "Hanoi, Vietnam _____ – 30": one end of a range is never blanked alone (blind-35), the whole range is.
    const range = wholeRange(shown, day);
    if (!range && isRangeEnd(shown, day)) continue;
    // "Jan 26" in a library that spans years names no day: the card says the year ("26 January 2022"),
    // from the report's date, and the typed answer stays the words the sentence shows.
    const full = withYear(day, article.date ?? null) ?? yearFromWeekday(found ?? '', article.body, storyYears(ctx, article.id));
    if (!full) continue;
    // "(a day in January 2022)" invited a lone "26", which grading rightly refuses (blind-30): say what to type.
    const by = article.date ? `by the report’s date (${longDate(article.date)})` : `the year in which it is a ${found?.split(/\W/)[0]}`;
    return cloze(ctx, article.id, s, [range ?? day], {
      lead: range ? `The days are ${range}, from ${full}, ${by}.` : `The day is ${day}: ${full}, ${by}.`,
      factIds: [],
      factContent: `lede-day|${article.id}|${normalise(shown)}`,
      base: 0.35, similarity: 0, recurrence: 1,
      personIds: [], places: [],
    }, containsWords, `Fill in the blank with the ${range ? 'days' : 'day'} and month (${range ? 'dates' : 'a date'} in ${full.replace(/^\d+ /, '')}), from ${sourceLabel(ctx, article.id).label}:`);
  }
  return null;
}

/** A photographer's credit: "Photo by Robin Hicks", "DoD photo by …", "(AP Photo/…)", "Photo: …". */
const PHOTO_CREDIT = /\bphoto(?:graph)?\s+(?:by|courtesy|credit)\b|\bphoto:\s|\(\s*[\p{L}.\s]{0,20}photo\b/iu;

/** Whether the sentence stands in a paragraph that carries a photo credit, or in a line of the extractor's caption shape. */
function inCaptionParagraph(body: string, s: { start: number; end: number }): boolean {
  const from = body.lastIndexOf('\n\n', s.start);
  const to = body.indexOf('\n\n', s.end);
  return PHOTO_CREDIT.test(body.slice(from < 0 ? 0 : from, to < 0 ? body.length : to)) || inCaption(body, s);
}

/** Words that make a day the time of something else: the start of an influx, the storm before the relief. */
const DETAIL_DAY = /\b(?:since|until|till|after|before|following|from|by|as of)\b[^.;]{0,50}$/i;

/**
 * Whether the day at `at` is when the sentence's news happened: not bound by "since", "after", "until", "as
 * of" (a when-question about a detail, blind-26), and not a caption's trailing ", Sept. 10, 2020."
 *
 * @example
 * isNewsDay('The United States on Wednesday (Jan 26) rejected …', 18); // → true
 * isNewsDay('More than 5,000 refugees have arrived in southern Chad since December 27.', 58); // → false
 */
export function isNewsDay(sentence: string, at: number): boolean {
  if (at < 0) return false;
  if (DETAIL_DAY.test(sentence.slice(Math.max(0, at - 50), at))) return false;
  return !/,\s*$/.test(sentence.slice(0, at)) || !/^[^,;]*,?\s*\d{4}\.?\s*$/.test(sentence.slice(at));
}

/**
 * An undated report's "Wednesday (Jan 26)" with its year: the first year, from the latest one the report
 * mentions, in which that day is that weekday. Null without a weekday or a year to start from.
 *
 * @example
 * yearFromWeekday('Wednesday (Jan 26)', 'The first meeting since 2019 …'); // → '26 January 2022'
 */
export function yearFromWeekday(found: string, body: string, known: number[] = []): string | null {
  const wd = WEEKDAY_WORD.exec(found)?.[1];
  const years = [...body.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (!wd || (!years.length && !known.length)) return null;
  const latest = years.length ? Math.max(...years) : null;
  // The years the story's dated meetings fall in first, then the latest the report mentions and the three after.
  const candidates = [...new Set([...known, ...(latest ? [latest, latest + 1, latest + 2, latest + 3] : [])])];
  for (const y of candidates) {
    const full = withYear(found, `${y}-06-15`);
    const m = full && /^(\d+) (\w+) (\d{4})$/.exec(full);
    if (!m) return null;
    const date = new Date(Date.UTC(y, MONTH_NAMES.indexOf(m[2] ?? ''), Number(m[1])));
    if (date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }) === wd) return `${m[1]} ${m[2]} ${y}`;
  }
  return null;
}

/** The years in which this report's meetings are dated, then those other reports of the same meetings give. */
function storyYears(ctx: GenerateContext, articleId: string): number[] {
  // From the per-article index: a filter over the library's meetings per card was quadratic.
  const mine = factsOfArticle(ctx.meetings, articleId);
  const yearsOf = (ms: { date?: string | null }[]) => ms.map((m) => m.date).filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))).sort();
  // The report's own dates first: another report clustered with it may be of another year.
  return [...new Set([...yearsOf(mine), ...yearsOf(mine.flatMap((m) => ctx.reportsOf(m)).map((m) => ({ date: 'date' in m ? (m.date as string | null) : null })))])];
}


/**
 * A written day with its year, from the report's date: the year of the nearest such day to it. Null
 * when the report is undated or the text gives no month and day.
 *
 * @example
 * withYear('Jan 26', '2022-01-27'); // → '26 January 2022'
 * withYear('December 30', '2022-01-02'); // → '30 December 2021'
 */
export function withYear(day: string, reportDate: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reportDate ?? '');
  const md = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/i.exec(day) ?? null;
  const dm = md ? null : /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/i.exec(day);
  if (!m || (!md && !dm)) return null;
  const month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === (md?.[1] ?? dm?.[2] ?? '').toLowerCase());
  const date = Number(md?.[2] ?? dm?.[1]);
  const reportMonth = Number(m[2]) - 1;
  // Six months or more from the report's month: the nearer year ("December 30" in a January report).
  const year = Number(m[1]) + (month - reportMonth > 6 ? -1 : reportMonth - month > 6 ? 1 : 0);
  return month < 0 ? null : `${date} ${MONTH_NAMES[month]} ${year}`;
}

/** "…, the first since the summer of 2019": when a meeting was last held, a fact teachers ask about. */
const FIRST_SINCE = /\bthe first\b[^.;,]{0,40}?\bsince\s+((?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of\s+)?((?:19|20)\d\d))\b/;

export function firstSinceCard(ctx: GenerateContext, v: MeetingView): Question | null {
  if (!ctx.isTrusted(v.m)) return null;
  const found = FIRST_SINCE.exec(v.article.body.slice(v.clause.start, v.clause.end));
  const year = found?.[2];
  if (!found || !year) return null;
  return cloze(ctx, v.m.articleId, v.m.sentence, [year], {
    // "the first since the summer of 2019", not "since 2019": the report's season stays (blind-27b).
    lead: `${v.name.charAt(0).toUpperCase()}${v.name.slice(1)} was the first since ${found[1]}.`,
    factIds: [v.m.id],
    factContent: `first-since|${v.m.articleId}|${normalise(v.m.what)}|${year}`,
    base: 0.45, similarity: 0, recurrence: v.m.supportedBy.length,
    personIds: [], places: [],
  }, mentionsNumber);
}
