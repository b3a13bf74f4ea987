/** When did the meeting take place? Asked with the day of its own clause, dated by what the reader can see. */
import { writtenBeforeItsDate } from './written-before-date';
import type { Span } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { namesOtherWeekday } from './weekday-disagreement';
import { dropped } from './trace';
import { finishQuestion } from './build';
import { datedWhen, hasCalendarDate, isIsoDay, longDate, shiftWhen, weekdayOf, writesNearbyDay } from './dates';
import { sentencesOf } from './evidence';
import { seededShuffle } from './hash';
import { namesItsEvent } from './figures';
import type { MeetingView } from './meeting-view';
import { containsWords, escapeRegExp, normalise } from './text';
import { isCallOfManyDayVisit, isManyDayMeeting } from './multi-day';
import { isDepartureDay, isHeadlineEvent, isReportDay } from './routine-days';
import { isRangeEnd } from './range-ends';
import { nextIsoDay } from './meeting-anchors';
import { isPressOccasion } from './press-occasion';
import { participantIds, peopleWhoMet, between, toldByWhoMet } from './meeting-people';
import { source, reportedDetails } from './meeting-reports';
import { distinctName, askIn, leadFor } from './meeting-stems';
import { framedBlank, voiceOf, voiceSources, blankedSentence } from './meeting-blanks';
import { isOneStopOfSeries } from './series-stops';

/**
 * A speech given at the meeting: its day is the speech's. So is a closing or opening press conference's:
 * "The Prime Minister’s closing press conference at the G8 Summit, Lough Erne on 18 June 2013" dates the
 * summit's last day, and 17 June was as true an answer (round 8).
 */
const SPEECH_AT = /\b(?:keynote|address|speech|remarks|(?:(?:closing|opening|final)\s+(?:press\s+|news\s+)?(?:conference|statement|session)))\s+(?:at|to|before|of)\b/i;

/** A clause that says when talks began, not when they were held: "the talks that began Thursday". */
const STARTS = /\b(?:began|begun|begin|begins|opened|opens|started|starts|got under way|kicked off)\b/i;

/**
 * What dates a bare weekday, for the explanation: the report's publication date, or a sentence of the
 * report that writes a day of the same week ("the talks Monday, January 10"), cited beside the meeting's.
 * Null when nothing the reader can see dates it.
 */
function dateEvidence(v: MeetingView, day: string): { sources: QuestionSource[]; note: string; byReportDate: boolean } | null {
  const iso = v.m.date;
  if (!iso) return null;
  const said = ` The report says “${v.when}”`;
  if (isIsoDay(v.article.date)) {
    return { sources: [], note: `${said} and is dated ${longDate(v.article.date)}: its ${weekdayOf(day)} is ${day.replace(/^\w+,\s*/, '')}.`, byReportDate: true };
  }
  const anchor = sentencesOf(v.article.body).find((s) => s.start !== v.m.sentence.start && writesNearbyDay(v.article.body.slice(s.start, s.end), iso));
  // "The United States on Wednesday (Jan 26) rejected …" then "In a phone call …, Mr Blinken on Wednesday":
  // an event of the very day the lead writes out is the news day again, asked from the lead.
  if (!anchor || writesNearbyDay(v.article.body.slice(anchor.start, anchor.end), iso, 0)) return null;
  return { sources: [{ article: v.m.articleId, start: anchor.start, end: anchor.end }], note: `${said}, and dates its week elsewhere: its ${weekdayOf(day)} is ${day.replace(/^\w+,\s*/, '')}.`, byReportDate: false };
}

/** A weekday written right before a blanked date: "on Thursday (_____)", "On Thursday _____,", "Thursday, _____". */
const WEEKDAY_BESIDE_BLANK = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?_____/;

/** What dates a transcript's "today": the header line that writes the day, cited beside the meeting's sentence. */
function lineDating(v: MeetingView, line: Span, day: string): { sources: QuestionSource[]; note: string; byReportDate: boolean } {
  const said = `“${v.m.when ?? ''}”`;
  // "yesterday": the line writes the day after the answer.
  const lineDay = v.dayBefore && v.m.date ? longDate(nextIsoDay(v.m.date)) : day;
  const sameOrBefore = v.dayBefore ? `the day before, ${day}` : 'that day';
  const note = v.dateBy === 'dateline'
    ? ` The report is datelined ${lineDay}: its ${said} is ${sameOrBefore}.`
    : v.dateBy === 'lead' ? ` The record is dated ${day}, the day of the meeting its first line reports.` : ` The transcript is dated ${lineDay}: its ${said} is ${sameOrBefore}.`;
  // Cited on its own even inside the meeting's sentence: a card shows a sentence without its dateline (dateline.ts).
  return { sources: [{ article: v.m.articleId, ...line }], note, byReportDate: false };
}

export function when(ctx: GenerateContext, v: MeetingView, views: MeetingView[]): Question | null {
  // A bare weekday ("Friday") is trivia: the day is asked with its date, given or resolved, or not at all.
  const lineDay = v.m.date ?? v.dateLineDay;
  const day = datedWhen(v.when, v.m.date) ?? (v.dateLine && lineDay ? longDate(lineDay) : null);
  // The day of a phone call is trivia (blind-20 rejected "when did the phone call … take place?").
  if (!day) return dropped(ctx, v.m.id, v.when ? 'when:undated-day' : v.m.when ? 'when:day-outside-meeting-clause' : 'when:no-day', null);
  if (!ctx.isTrusted(v.m)) return dropped(ctx, v.m.id, 'when:untrusted', null);
  if (v.m.type === 'call') return dropped(ctx, v.m.id, 'when:phone-call', null);
  // "Rumsfeld said in a Pentagon press conference June 4 that …": a press conference or briefing is where
  // the news was told, not an event of the story; its day is trivia (blind-33).
  if (isPressOccasion(v.m.what, v.name)) return dropped(ctx, v.m.id, 'when:press-occasion', null);
  if (isOneStopOfSeries(v.article.body.slice(v.m.sentence.start, v.m.sentence.end))) return dropped(ctx, v.m.id, 'when:one-stop-of-series', null);
  // "… will give a keynote address at the Shangri-La Dialogue June 4": the day of a speech, not of the
  // whole conference (June 3 and 5 would be true as well).
  if (SPEECH_AT.test(v.article.body.slice(v.clause.start, v.clause.end))) return dropped(ctx, v.m.id, 'when:speech-day', null);
  // "their three-day summit": one day of a meeting the report says ran several is not its date.
  if (!/[–—-]/.test(day) && isManyDayMeeting(v.article.body, v.m.what)) return dropped(ctx, v.m.id, 'when:many-day-meeting', null);
  // "In Hanoi, Cohen met March 14 with top leaders" during "a two-day visit": which day of the visit is trivia (blind-47).
  if (isCallOfManyDayVisit(v.article.body, v.m.what, v.article.title)) return dropped(ctx, v.m.id, 'when:call-of-many-day-visit', null);
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  // "on September 5 and 6": one end of the range is neither the meeting's date nor a fair blank (blind-35).
  if (v.when && isRangeEnd(v.article.body.slice(v.m.sentence.start, v.m.sentence.end), v.when)) return dropped(ctx, v.m.id, 'when:one-end-of-range', null);
  // "met … on Tuesday" and "During the Monday talks" in one report: one of the two is a slip (blind-46).
  if (v.when && namesOtherWeekday(v.article.body, v.when, v.m.what)) return dropped(ctx, v.m.id, 'when:report-disagrees', null);
  // "before flying to the Middle East Sunday for talks …": the day she flies, not the talks', and its date only
  // the report's (blind-34). A written date ("will travel to New York on March 14 for meetings") dates the visit.
  if (v.when && !hasCalendarDate(v.when) && isDepartureDay(clause, v.when)) return dropped(ctx, v.m.id, 'when:departure-day', null);
  // The report's own day asks when the report was filed (blind-34: "a routine town hall … simply the article's
  // own dateline"), unless the story is about the meeting: talks, a summit, named leaders a reported visit called on.
  const onReportDay = isReportDay(day, v.m.date, v.article.date);
  if (onReportDay && !isHeadlineEvent({ title: v.article.title, clause, who: between(ctx, v), people: peopleWhoMet(ctx, v.m) })) return dropped(ctx, v.m.id, 'when:report-day', null);
  const dating = day === v.when ? { sources: [], note: '', byReportDate: false } : v.dateLine ? lineDating(v, v.dateLine, day) : dateEvidence(v, day);
  if (!dating) return dropped(ctx, v.m.id, 'when:no-date-evidence', null);
  if (dating.byReportDate && writtenBeforeItsDate(v.article.body, v.article.date)) return dropped(ctx, v.m.id, 'when:written-before-its-date', null);
  const name = distinctName(ctx, v, views, 'when');
  const verb = v.planned ? 'will' : 'did';
  // "the peace talks that began Thursday" ran on for weeks: the day is when they began, not when they took place.
  const begins = STARTS.test(clause);
  // A weekday dated by the report's own date is asked with that date in the label (blind-34: "the cited text
  // shows only 'Sunday'"), so the student sees what turns the day into a date; not when that date is the answer.
  const fullDate = dating.byReportDate && !onReportDay;
  const named = name ? askIn(ctx, v, `When ${verb} ${name} ${begins ? 'begin' : 'take place'}?`, day, !fullDate) : null;
  // The sentence is blanked where it names the day as written; the answer is the date. Not "_____'s talks"
  // (the date does not read as a possessive), and not a sentence that leaves "the talks" unnamed.
  const sentence = v.article.body.slice(v.m.sentence.start, v.m.sentence.end);
  const possessive = !!v.when && new RegExp(`${escapeRegExp(v.when)}['’]s\\b`).test(sentence);
  // "the talks" names no meeting; its place in the sentence does, and so does who met ("Thursday, Gates met with …").
  const namesIt = (!v.isBare || (!!v.place && sentence.includes(v.place)) || toldByWhoMet(ctx, v)) && namesItsEvent(ctx, sentence);
  const voice = named ? null : voiceOf(ctx, v);
  // A "today" blanked reads as no date ("these talks _____ took place"): a day the header gives is asked by name only.
  const prompt = named ?? (possessive || !namesIt || v.dateLine ? null : framedBlank(ctx, v, 'date', blankedSentence(ctx, v, v.when ?? day, views, voice), voice, fullDate));
  if (!prompt) return dropped(ctx, v.m.id, 'when:no-stem', null);
  if (containsWords(prompt, day) || (v.when && containsWords(prompt, v.when))) return dropped(ctx, v.m.id, 'when:stem-gives-it', null);
  // "Visiting Athens on Thursday (_____), …": the weekday beside the blank leaves one option of the week that is a
  // Thursday, and what is left to ask is which day of a visit a call fell on (blind-46, round 19: trivia).
  if (!named && WEEKDAY_BESIDE_BLANK.test(prompt)) return dropped(ctx, v.m.id, 'when:weekday-beside-blank', null);
  // Days other reports give for the same meeting, or the article gives its other meetings, are not wrong answers.
  const otherDays = [...new Set([...reportedDetails(ctx, v.m).whens, ...views.filter((o) => o !== v && o.when).map((o) => o.when as string)])]
    .map((w) => weekdayOf(w) ?? normalise(w));
  // A day the stem itself names ("scheduled for _____ and Tuesday") or, for a meeting still to come, a day
  // before the report was written is no rival answer (blind-22).
  const shown = prompt.replace(/_____/g, ' ');
  // "met … on _____ (14 April 2016)": the blanked sentence writes the very date again.
  if (!named && lineDay && writesNearbyDay(shown.slice(shown.indexOf('? ') + 2), lineDay, 0)) return dropped(ctx, v.m.id, 'when:stem-gives-it', null);
  const reported = isIsoDay(v.article.date) ? Date.parse(v.article.date) : NaN;
  const beforeReport = (k: number) => v.planned && !!lineDay && Date.parse(lineDay) + k * 86_400_000 < reported;
  // …and for a meeting the report tells as past, a day after the report was written (blind-40: "Friday, May 14"
  // for talks a report of Thursday, May 13 calls Wednesday's).
  const afterReport = (k: number) => !v.planned && !!lineDay && Date.parse(lineDay) + k * 86_400_000 > reported;
  const shifts = [1, -1, 2, -2, 3, -3, 4, 5];
  // Days after a past meeting's report are made up from earlier ones, so the options stay office days.
  const earlier = shifts.some(afterReport) ? [-4, -5, -6] : [];
  const options = [...shifts, ...earlier]
    .filter((k) => !beforeReport(k) && !afterReport(k))
    .map((k) => shiftWhen(day, k))
    .filter((w): w is string => !!w && !otherDays.includes(weekdayOf(w) ?? normalise(w)) && !containsWords(shown, weekdayOf(w) ?? w));
  // Diplomacy keeps office hours: weekdays first, weekends only to fill.
  const isWeekend = (w: string) => /^(Saturday|Sunday)$/.test(weekdayOf(w) ?? '');
  const shuffled = seededShuffle(options, `${ctx.seed}|when|${v.m.id}`);
  const picks = [...shuffled.filter((w) => !isWeekend(w)), ...shuffled.filter(isWeekend)].slice(0, 3);
  if (picks.length < 3) return dropped(ctx, v.m.id, 'when:few-options', null);
  const lead = `${named && name ? leadFor(name, v.planned, `on ${day}`, begins) : `The date is ${day}.`}${dating.note}`;
  return finishQuestion(ctx, {
    kind: 'when',
    prompt,
    answer: day,
    distractors: picks,
    choiceType: 'date',
    sources: [source(v.m), ...dating.sources, ...voiceSources(v, voice, prompt)],
    lead,
    factIds: [v.m.id],
    factContent: `${v.m.articleId}|${normalise(v.m.what)}|${normalise(v.m.place ?? '')}|${normalise(day)}`,
    base: 0.4,
    similarity: 0.6,
    recurrence: v.m.supportedBy.length,
    personIds: participantIds(ctx, v.m),
    places: v.place ? [v.place] : [],
  });
}
