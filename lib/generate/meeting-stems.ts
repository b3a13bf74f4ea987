/** What a stem calls a meeting so that no other meeting of the article answers to it, and how its explanation reads. */
import type { GenerateContext } from './context';
import { datedWhen, isIsoDay, longDate } from './dates';
import { addDays } from '@/lib/extract/dates';
import { stemFrame } from './frames';
import type { MeetingView } from './meeting-view';
import { headlineTalksName } from './location-line';
import { containsWords, normalise } from './text';
import { participantIds, between, withOne } from './meeting-people';
import { whichOccasion } from './meeting-occasion';

/**
 * A stem's name for the meeting that no other meeting of the article answers to, or null: a bare
 * "the talks" needs the people who met, or the other detail (the day for "where", the place for
 * "when") that no namesake shares.
 */
export function distinctName(ctx: GenerateContext, v: MeetingView, views: MeetingView[], asked: 'place' | 'when'): string | null {
  const name = amongTheArticles(ctx, v, views, asked);
  // Unique in the article is not enough for a summit held every year: the stem says which year's (issue #15).
  return name ? whichOccasion(ctx, v, views, asked, name) : null;
}

/** A name no other meeting of the article answers to, or null. */
function amongTheArticles(ctx: GenerateContext, v: MeetingView, views: MeetingView[], asked: 'place' | 'when'): string | null {
  const others = views.filter((o) => o !== v);
  const qualifier = asked === 'place' ? (v.when ? ` on ${v.when}` : '') : v.place ? ` in ${v.place}` : '';
  const other = asked === 'place' ? 'when' : 'place';
  // "Foreign Secretary Johnson’s meeting" is named by one of the people who met: any of that person's
  // meetings in the article answers to it.
  if (/\p{L}['’]s\b/u.test(v.name) && others.length > 0) return null;
  // "the meeting of the Organization for Security and Co-operation in Europe": a body meets again and again;
  // beside the report's other meetings only its day says which (blind-34).
  if (asked === 'place' && others.length > 0 && BODY_MEETING.test(v.name)) {
    // "will follow in Vienna the next day": a day counted from another meeting's is not written where the stem
    // cites, and dating it answers that meeting's when-question (blind-41); the sentence, blanked, says which.
    const dayWords = v.when ?? v.m.when;
    if (dayWords && COUNTED_DAY.test(dayWords) && !datedWhen(dayWords, v.m.date)) return dayAfter(v, others);
    const day = datedWhen(v.when, v.m.date) ?? (isIsoDay(v.m.date) ? longDate(v.m.date) : null);
    // Undated, the body's name is all the report gives: kept, as before.
    if (day) return `${v.name} on ${day}`;
  }
  // "the talks" or "the meeting" could be any meeting of the article; "the summit" only another summit.
  const namesakes = others.filter((o) => normalise(o.name) === normalise(v.name) || (v.isBare && UMBRELLA.test(v.name)));
  // "Saturday's summit in Pyongyang" and "Saturday's 90-minute summit was the first …": a namesake of the very
  // day has the same answer to "when", so the place alone says which (fresh26).
  const sameDay = (o: MeetingView) => asked === 'when' && !!v.m.date && o.m.date === v.m.date;
  const told = (o: MeetingView) => !!qualifier && (sameDay(o) || (!!o[other] && normalise(o[other] ?? '') !== normalise(v[other] ?? '')));
  // "the phone call between Antony Blinken and Wang Yi": a meeting in plain words is named by who met.
  // "these talks today" under "April 5, 2017" and the headline "… following Russian-Uzbekistani talks": the talks the
  // transcript is of, unless it tells of talks on another day too.
  const ofAnotherDay = (o: MeetingView) => normalise(o.name) === normalise(v.name) && o.m.date !== v.m.date && normalise(o.m.when ?? '') !== normalise(longDate(v.m.date ?? ''));
  const headlined = v.dateLine && asked === 'when' && !others.some(ofAnotherDay) ? headlineTalksName(v.article.title, v.name) : null;
  // A record's lead is named as its headline names it, before the people the index read from it ("Following Russia-Vietnam").
  if (headlined && v.dateBy === 'lead') return headlined;
  const who = /^the \p{Ll}/u.test(v.name) && !/ between /.test(v.name) ? between(ctx, v) || (v.placeLine ? withOne(ctx, v) : '') : '';
  // "the visit between Ana Lorens and Tomas Veld": a visit is one person's; named by the two who met, it is their meeting (blind-48).
  if (who && !namesakes.some((o) => between(ctx, o) === who)) return `${v.name === 'the visit' && / and /.test(who) ? 'the meeting' : v.name}${who}${namesakes.length > 0 ? qualifier : ''}`;
  if (headlined) return headlined;
  if (namesakes.length > 0 && !namesakes.every(told)) return null;
  // "Where did the talks take place?" names no one even alone: the sentence, blanked, says which talks.
  if (UMBRELLA.test(v.name) && !qualifier) return null;
  // "When did the talks in Islamabad take place?" did not say whose (blind-28): when the sentence names the
  // people who met ("Foreign Secretary Philip Hammond met in Islamabad (on _____) with …"), it is the stem.
  if (UMBRELLA.test(v.name) && !who && participantIds(ctx, v.m).length > 0) return null;
  // "the peace talks in Geneva", "the round of talks": a generic phrase other articles' talks share too
  // (a stray capital made it look like a name); only the people who met say whose talks they were.
  if (GENERIC_TALKS.test(v.name)) return null;
  // A name no other meeting shares needs no day or place beside it: "When will the US-Russian talks in
  // Geneva take place?" would give away the where-question of the same talks (blind-20).
  const named = namesakes.length > 0 || UMBRELLA.test(v.name) ? `${v.name}${qualifier}` : v.name;
  // "the ministerial meeting": a meeting in plain words, with no one, no body and no place named, is one of
  // many; the sentence, blanked, says which (the one at which the President was detained, blind-26).
  return /^the \p{Ll}/u.test(named) && !/ (?:between|of the|with|in|on) /.test(named) ? null : named;
}

/**
 * "the meeting of the OSCE on the day after the NATO-Russia Council meeting": a meeting the sentence puts "the
 * next day", named by the report's meeting of the day before; null when there is no such one meeting.
 */
function dayAfter(v: MeetingView, others: MeetingView[]): string | null {
  if (!NEXT_DAY.test(v.when ?? v.m.when ?? '') || !isIsoDay(v.m.date)) return null;
  const before = addDays(v.m.date, -1);
  const eve = others.filter((o) => o.m.date === before && o.m.articleId === v.m.articleId);
  return eve.length === 1 && eve[0] && !/^the \p{Ll}/u.test(eve[0].name) ? `${v.name} on the day after ${eve[0].name}` : null;
}

/** "the next day", "the following day", "a day later". */
const NEXT_DAY = /^(?:the\s+)?(?:next|following)\s+day$|^a\s+day\s+later$/i;

/** A day told from another event's: "the next day", "the following day", "two days later". */
const COUNTED_DAY = /\b(?:next|following|previous|after|before|later|earlier)\b/i;

/** A body's sitting named by the body: "the meeting of the OSCE", "the NATO-Russia Council meeting". */
const BODY_MEETING = /^the (?:(?:[\p{Ll}-]+ )?(?:meeting|session|sitting)s? of the \p{Lu}|.*\b(?:Council|Committee|Commission|Assembly|Board|Organi[sz]ation|OSCE|NATO|UN|EU)\)? (?:meeting|session|sitting)$)/u;

/** Talks named by what any talks are: "peace talks", "a new round of talks". */
const GENERIC_TALKS = /^the (?:(?:peace|new|next|direct|fresh|formal|further|latest) (?:talks|negotiations|round of talks)|round of talks)$/;

/** Bare words that may name any meeting. */
const UMBRELLA = /^the (?:(?:peace|new|next|direct|fresh|formal|further|latest) )?(?:talks|meeting|meetings|negotiations|discussions|consultations|gathering|round of talks|visit|press conference|news conference)$/;

/**
 * The stem, anchored to its report. Null when the headline gives `answer` away ("… hosts London talks"):
 * the caller blanks the sentence instead.
 */
export function askIn(ctx: GenerateContext, v: MeetingView, question: string, answer: string, monthOnly = false): string | null {
  // Named with when it was written ("(Wikinews, September 2015)"): "the ministerial meeting" of which story, which year.
  const label = stemFrame(ctx, v.m.articleId, question, monthOnly);
  if (!label) return null;
  // Always anchored: "When did the Security Council session take place?" names one of thousands, and a
  // planned meeting asked without its report reads as still to come whenever the student reads it. When
  // the headline gives the answer away, the caller blanks the sentence instead.
  if (containsWords(label, answer)) return null;
  return `According to ${label}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
}

/** Whether a meeting's name is plural by its head noun: "the US-Russian talks" were, "the round of talks" was. */
function isPluralMeeting(name: string): boolean {
  const head = (name.split(/ (?:between|of|in|on) /)[0] ?? name).trim().split(' ').pop() ?? '';
  return /^(?:talks|negotiations|consultations|discussions|meetings|sessions)$/.test(head);
}

/** "The bilateral meeting took place in …"; "The US-Russian talks were to take place on …". */
export function leadFor(name: string, planned: boolean, rest: string, begins = false): string {
  // The head noun decides: "the US-Russian talks were", "the round of talks was".
  const plural = isPluralMeeting(name);
  const verb = begins
    ? (planned ? `${plural ? 'were' : 'was'} to begin` : 'began')
    : `${planned ? `${plural ? 'were' : 'was'} to take` : 'took'} place`;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${verb} ${rest}.`;
}
