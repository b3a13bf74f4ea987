/**
 * The frame a stem needs to stand alone: which report, and when. "The coup", "the ministerial meeting",
 * "the unrest" or a bare "Wednesday" mean nothing to a student who never read the article (blind-25/26:
 * six of fifteen notes); “Civilian government restored as Burkina Faso coup ends” (Wikinews, September 26,
 * 2015) says which coup and when. Every kind builds its "According to …" or "… in …" from here, and a stem
 * that names an event whose frame cannot be built is not asked.
 */
import { factsOfArticle, type GenerateContext } from './context';
import { MONTH_NAMES, WEEKDAYS, isIsoDay, longDate } from './dates';
import { sourceLabel } from './labels';
import { containsWords } from './text';
import { memoByObject, memoByObjectAndKey } from './memo';
import type { Fact } from '@/lib/extract/types';


/**
 * When a report was written, as a stem shows it: its date ("September 26, 2015"), else the month of the
 * latest meeting it dates ("January 2022": the extractor resolved "Wednesday, January 12" from the text),
 * else null. Never today's date: the bank is pure.
 *
 * @example
 * reportWhen(ctx, '08-wikinews-burkina-faso-coup-ends-2015'); // → 'September 26, 2015'
 * reportWhen(ctx, '001_589fef7658b01e4d'); // → 'January 2022' (no date; its meetings are dated)
 */
export function reportWhen(ctx: GenerateContext, articleId: string, monthOnly = false): string | null {
  return reportWhenOnce(ctx, { articleId, monthOnly });
}

const reportWhenOnce = memoByObjectAndKey(function reportWhen(ctx: GenerateContext, { articleId, monthOnly }: { articleId: string; monthOnly: boolean }): string | null {
  const article = ctx.articles.get(articleId);
  const date = article?.date;
  let out: string | null = null;
  if (isIsoDay(date)) out = monthOnly ? monthYear(date) : longDate(date);
  // "date: 2015-05": the month the report gives of itself beats any meeting's.
  else if (article?.month && /^\d{4}-\d{2}$/.test(article.month)) out = monthYear(article.month);
  else {
    // The report's own dated meetings, else the dates other reports give the same meetings.
    // The article's own meetings from the per-article index: a filter over the library's meetings per report was quadratic.
    const mine = factsOfArticle(ctx.meetings, articleId);
    // The latest date as sort() would leave it last, without sorting the hundreds a story carried by many outlets gives.
    const latest = latestDate(mine.map((m) => m.date)) ?? latestDate(mine.map((m) => latestMeetingDateOf(ctx.reportsOf(m))));
    if (latest) out = monthYear(latest);
  }
  return out;
}, (a) => `${a.articleId}\u0000${a.monthOnly}`);

/** The latest of the dates (a day or a month) among `dates`, or undefined. */
function latestDate(dates: readonly (string | null | undefined)[]): string | undefined {
  let max: string | undefined;
  for (const d of dates) if (d && /^\d{4}-\d{2}/.test(d) && (max === undefined || d > max)) max = d;
  return max;
}

/**
 * The latest date the meetings of one group of reports give, once per group: reportsOf returns one shared array per
 * group of reports, and a story many outlets carry has hundreds of them, read again for each report that asks.
 */
const latestMeetingDateOf = memoByObject((reports: readonly Fact[]): string | undefined => latestDate(reports.map((f) => (f.kind === 'meeting' ? f.date : null))));

/** "2022-01-12" → "January 2022". */
function monthYear(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * The report's label with when it was written: “Headline” (Outlet, September 26, 2015), or “Headline”
 * (AFP, original, January 2022). Without a known time, the plain label.
 *
 * @example
 * framedLabel(ctx, '003_7dd9c39fcf2f66b9'); // → '“US rejects Russia demand on Ukraine but talks see new life” (AFP, original, January 2022)'
 */
export function framedLabel(ctx: GenerateContext, articleId: string, monthOnly = false): string {
  const { label } = sourceLabel(ctx, articleId);
  const when = reportWhen(ctx, articleId, monthOnly);
  // "a report by Wikinews (February 23, 2023)" is dated already, and so is "…, March 12, 2020" for "March 2020".
  if (!when || when.split(' ').every((w) => label.includes(w))) return label;
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${when})` : `${label} (${when})`;
}

/**
 * An article's label with the day it was reported, for a stem that quotes one of its sentences: "this
 * latest conflict" or "has killed more than _____ since 2014" is read against that day, not today's. An
 * undated report is placed by the month of the meetings it dates (see reportWhen).
 *
 * @example
 * datedSourceLabel(ctx, '003_7dd9c39fcf2f66b9'); // → '“US rejects Russia demand on Ukraine but talks see new life” (AFP, original, January 2022)'
 */
export function datedSourceLabel(ctx: GenerateContext, articleId: string): string {
  return framedLabel(ctx, articleId);
}

/**
 * Words that point at an event or a time the reader must already know: "the coup", "the unrest", "the
 * talks", "the ministerial meeting", a bare "Wednesday", "yesterday", "last week".
 */
const EVENT_REFERENCE = new RegExp(
  [
    `\\b(?:${WEEKDAYS.join('|')})\\b`,
    '\\b(?:yesterday|today|tonight|tomorrow|last (?:week|month|year|night)|this (?:week|month|year)|next (?:week|month|year)|earlier this \\w+)\\b',
    '\\bthe (?:\\p{Ll}+ )?(?:coup|unrest|attack|attacks|crisis|violence|fighting|clashes|protests|war|conflict|ceasefire|cease-fire|earthquake|quake|storm|flood|floods|talks|meeting|summit|negotiations|session|visit|vote|election|strike|strikes|bombing|explosion|blast|disaster|outbreak|epidemic)\\b',
  ].join('|'),
  'iu',
);

/**
 * Whether a stem's text leans on an event or a day the reader must be told about.
 *
 * @example
 * needsFrame('Civilian protests against the coup resulted in the deaths of at least _____ people'); // → true
 * needsFrame('How many troops has Nato put on standby?'); // → false
 */
export function needsFrame(text: string): boolean {
  return EVENT_REFERENCE.test(text);
}

/**
 * The report's label for a stem that shows `text`, or null when the text names an event or a day and
 * nothing dates the report: such a stem is not asked. `monthOnly` for a stem whose answer is a day: the
 * report's own date would often be that day.
 *
 * @example
 * stemFrame(ctx, 'wikinews-coup', 'Civilian protests against the coup …'); // → '“Civilian government restored as Burkina Faso coup ends” (Wikinews, September 26, 2015)'
 * stemFrame(ctx, 'undated-no-meetings', 'The talks ended on Wednesday …'); // → null
 */
export function stemFrame(ctx: GenerateContext, articleId: string, text: string, monthOnly = false, answer?: string): string | null {
  if (!reportWhen(ctx, articleId) && needsFrame(text)) return null;
  const label = framedLabel(ctx, articleId, monthOnly);
  // "(March 12, 2031)" beside a blank whose answer is 12: the month alone, so the label answers nothing.
  return answer && !monthOnly && containsWords(label, answer) ? framedLabel(ctx, articleId, true) : label;
}
