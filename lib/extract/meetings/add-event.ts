/** A meeting read from its words: added as new, or joined to the one already read that it names again. */
import { weekdayDirection } from '../dates';
import type { Span } from '../types';
import { readEvent } from './event';
import type { EventWords } from './event-types';
import { BODY_BEFORE } from './event-cues';
import { sameMeeting } from './merge';
import { countriesIn } from './participants';
import { counterpartsAfter, metDifferentPeople } from './counterparts';
import { isOtherYear } from './other-year';
import { metSomeoneElse, retoldByPossessive } from './named-again';
import { TALKS_IDIOM } from './triggers';
import type { Pending, ArticleContext } from './types';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const STARTS_CAPITAL = /^\p{Lu}/u;
import { WITH_LINKER } from './with-whom';

/** A day named by anaphora, before or after the meeting just told: "earlier that day", "later that evening". */
export const THAT_DAY = /\b(?:earlier|later)\s+(?:on\s+)?(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b/i;
const START_CUE = /\b(begins?|began|starts?|started|opens?|first)\b/i;
const NEXT_CUE = /\b(followed by|finally|then|will follow|the next day|the following day|after the|afterwards|later)\b/i;
/** Words that put a meeting ahead of the report: "will", "he’ll", "were set to resume", "is scheduled", "I look forward to seeing you". */
export const FUTURE_CUE = /\b(?:will|would|look(?:s|ing)? forward to|next|begins?|opens|follows|due to|to be held|is to|are to|shall|upcoming|agreed to|expected|scheduled|plans?|(?:is|are|was|were) set to)\b|\w[’']ll\b/i;

/**
 * "Biden met Chinese President Xi Jinping in Bali on Monday, their first in-person meeting as leaders": a
 * meeting noun with no place of its own, in apposition to the meeting its sentence has just told (same
 * day or none), is that meeting again, unless the words say it is another.
 */
function sameInSentence(out: Pending[], s: Span, when: string | null, before: string, trig: string): Pending | undefined {
  const last = out[out.length - 1];
  if (!last || last.sentence.start !== s.start || (when !== null && when !== last.when)) return undefined;
  if (/\b(?:another|separate|second|next|previous|last)\b/i.test(before.slice(-30))) return undefined;
  return /,\s+(?:their|his|her|its|the)\s+(?:[\w’'-]+\s+){0,3}$/i.test(before) || (/\b(?:visit|trip)$/i.test(trig) && OCCASION_BEFORE.test(before)) ? last : undefined;
}

/**
 * "welcome Prime Minister Modi to Russia on his official visit", "whom he welcomed to Washington for the Minister’s first
 * official visit": a guest's visit told as the occasion of the welcome or talks just told is that meeting, not another.
 */
const OCCASION_BEFORE = /\b(?:on|for|during)\s+(?:his|her|their|its|the\s+\p{Lu}[\p{L}-]*[’']s)\s+(?:(?:first|second|third|last|official|state|working|current|maiden)\s+){0,3}$/u;


/** A meeting already read, named again: what its sentence names it, its time if it had none, and the people named here. */
function joinMention(existing: Pending, what: string, when: string | null, participants: string[], sentence: string, s: Span): Pending {
  // "prepared to host Zelenskyy for talks Thursday at the White House": the host's visit is the talks its sentence names.
  if (existing.what === 'visit' && existing.sentence.start === s.start && /^(?:talks|meeting)$/.test(what)) existing.what = what;
  if (!existing.when && when) Object.assign(existing, { when, direction: weekdayDirection(sentence, when) });
  for (const x of participants) if (!existing.participants.includes(x)) existing.participants.push(x);
  return existing;
}

/** A sentence's closing reporting clause: "…, the Pentagon's chief spokesperson, Dana W. White, said in a statement." */
const CLOSING_REPORT = /\b(?:said|says|added|noted|announced|wrote)\b(?:\s+(?:in|on|at)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[.!]?\s*$/;

/**
 * The people a meeting's sentence names, without the one who reports it: the spokesperson of "Mattis met
 * Ryacudu in Jakarta, the Pentagon's chief spokesperson, Dana W. White, said" took no part in the talks
 * (unless the meeting's own words name them too).
 */
function meetingPeople(ctx: ArticleContext, s: Span, sentence: string): string[] {
  const everyone = ctx.personsIn(s.start, s.end);
  const verb = CLOSING_REPORT.exec(sentence);
  if (!verb) return everyone;
  // The reporter is the last comma-separated piece before the verb ("…, White said"), with the role set off
  // before it ("…, the Pentagon's chief spokesperson, Dana W. White, said"), where a role-and-name mention starts.
  const before = sentence.slice(0, verb.index).replace(/[\s,]+$/, '');
  let from = before.lastIndexOf(',') + 1;
  if (from <= 0) return everyone;
  const role = /,\s*(?:the|a|an|its|his|her|their)\s[^,]{0,60},$/.exec(before.slice(0, from));
  if (role && role.index > 0) from = role.index + 1;
  const reporter = new Set(ctx.personsIn(s.start + from, s.start + verb.index));
  const inMeeting = new Set(ctx.personsIn(s.start, s.start + from));
  return everyone.filter((p) => !reporter.has(p) || inMeeting.has(p));
}

/** A meeting held for the press: "press conference", "news briefing", "media availability". */
const isPressEvent = (what: string) => /\b(?:press|news|media)\s+(?:conference|briefing|availability)\b|^briefing$/i.test(what);

/** "at the", "on the sidelines of the": the words before a gathering that a meeting just told was held at. */
const HELD_AT_BEFORE = /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+|this\s+)?(?:[\w’'-]+\s+){0,3}$/i;

/** "… on the margins of the NATO Foreign Ministers’ ": the words right before a gathering's name on whose margins talks are held. */
const MARGINS_OF_BEFORE = /\b(?:on|in|at) the (?:sidelines|margins) of\s+(?:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** "On the sidelines of the summit, …", "met … on the margins of the G20": a gathering whose margins hold the clause's talks. */
const SIDELINES_BEFORE = /\b(?:on|at) the (?:sidelines|margins) of\b/i;

/** "plan to hold the working group’s first", "will convene a": a verb of holding a meeting, its object's words between. */
const HOLD_BEFORE = /\b(?:hold|convene|host|organi[sz]e)\s+(?:[\w’'-]+\s+){0,4}$/i;

/** A meeting of two or three sides by its adjective: "a bilateral meeting", "one-on-one talks". */
const PAIR_MEETING = /\b(?:bilateral|trilateral|one-on-one|private|side)\b/i;

/** Meetings of many parties, which talks between two of them may be held on the margins of. */
export function isGathering(kind: string): boolean {
  return kind === 'conference' || kind === 'council' || kind === 'forum';
}

/** A new meeting, or the one already read that this mention names again (its date and participants added). */
export function addEvent(w: EventWords, event: NonNullable<ReturnType<typeof readEvent>>, manyTriggers: boolean, s: Span, ctx: ArticleContext, out: Pending[]): Pending {
  const { sentence, trig, at, seg, before } = w;
  const { what, type, place, when } = event;
  // "then", "later", "followed by" order this meeting only when they come before its noun or date it
  // ("the next day"): "chaired a meeting in Lisbon and later flew to Porto" is no sequence.
  const cue = NEXT_CUE.test(sentence.slice(0, at)) || (when !== null && /next day|following day/.test(when)) ? 'next'
    : START_CUE.test(sentence.slice(0, at + trig.length)) ? 'start' : null;
  const afterPlace = /\b[Aa]fter the\s+([A-Z][a-z]+)\s+(?:talks|meeting)/.exec(sentence);
  const afterIdx = afterPlace ? out.findIndex((m) => m.place === afterPlace[1]) : -1;
  const participants = [...new Set([...meetingPeople(ctx, s, sentence), ...countriesIn(manyTriggers ? seg : sentence)])];
  // The same place names the same meeting again ("the Geneva talks"), unless a new one ("a hearing") is
  // dated differently ("Tuesday", "Oct. 28").
  const isNew = TALKS_IDIOM.test(trig) || !/\bthe\s+(?:[\w’'-]+\s+){0,2}$/i.test(before);
  // "A review board will meet": the body's own meeting, not the news conference held there.
  const isBodyOwn = isNew && /^(?:meet|meets|meeting)$/.test(trig) && BODY_BEFORE.test(before);
  // "will meet with Chancellor Merkel" where a conference is held: talks on its margins, not the conference again.
  // "had a brief discussion with President Zardari" at a summit: talks with someone named are their own, as "met with" are.
  const isOwnTalks = Boolean(w.withWhom) && /^(?:meet|meets|met|discussions?|talks|conversation|audience)$/.test(trig);
  // "met President Biden at the G7 Summit": the summit the sentence names is not the talks held at it.
  const counterparts = w.withWhom || WITH_LINKER.test(seg) ? counterpartsAfter(ctx.personsIn, s.start + at + trig.length, seg) : [];
  const isPress = isPressEvent(what);
  // "On the sidelines of the meetings held in Brussels today, Carter met with Le Drian": talks held on a gathering's
  // margins are held where and when it is, but they are talks of their own, not the gathering told again.
  const isSideTalks = Boolean(w.withWhom) && SIDELINES_BEFORE.test(sentence.slice(Math.max(0, at - 200), at));
  // The same place, and no word that it is another meeting. Written inline: a named closure is renamed on
  // every call under tsx's keepNames, and this runs once per meeting noun.
  // "Earlier that day": another meeting than the one just told, though held in its place.
  // "following the Yemen meeting" … "the participants in the Yemen meeting": the same name is the same meeting, wherever told.
  const sameName = event.isPlaceNamed ? out.find((m) => m.isPlaceNamed && m.what === what) : undefined;
  const isOtherThanPrior = when !== null && THAT_DAY.test(when);
  // "this opportunity to meet" … "by the end of June we plan to hold the group's first meeting here": a meeting someone
  // plans to hold, dated ahead, is not the undated one of now told before.
  const isHeldAhead = isNew && when !== null && HOLD_BEFORE.test(before) && FUTURE_CUE.test(sentence.slice(0, at));
  const existing = sameName || isOtherThanPrior ? sameName : place && place !== 'virtual' && !event.isSettingDay ? sameMeeting(out, before, type, when, isBodyOwn, (m: Pending) =>
    m.place === place && !(isNew && m.isSettingDay === true) && !(isNew && m.when && when && m.when !== when)
    && !(isHeldAhead && !m.when && m.sentence.start !== s.start) && !isOtherYear(when, m.when, ctx.setting.published ?? ctx.setting.when)
    && !(isOwnTalks && isGathering(m.type)) && !metDifferentPeople(m.counterparts, counterparts) && !metSomeoneElse(m, w, counterparts, s)
    && !(isGathering(type) && m.type === 'talks' && m.withSomeone === true && m.sentence.start === s.start)
    // "had an audience with King Harald" after "a question and answer session" there: a sovereign's reception is told once, as itself.
    && !(trig === 'audience' && m.what !== 'audience')
    // "held a bilateral meeting at the Harbour Digital Summit": the gathering a meeting is held at is another event.
    // ("met in Warsaw at a conference": the people met are the conference.)
    // "We last met in Rome on the sidelines of the G20 Summit", "on the margins of the NATO Foreign Ministers’ Meeting": the
    // gathering named on whose margins the sentence's talks were held is another event, known by its name.
    && !(m.sentence.start === s.start && !isGathering(m.type) && /^\p{Lu}\S*\s+\S/u.test(what) && MARGINS_OF_BEFORE.test(before))
    && !(isGathering(type) && !isGathering(m.type) && m.sentence.start === s.start && (m.withSomeone === true || PAIR_MEETING.test(m.what)) && HELD_AT_BEFORE.test(before))
    // "Speaking at the press conference today in London" … "We have had detailed talks", "a busy meeting … said during a
    // press conference": the press was told of the meeting at an event of its own.
    && (m.isPress === true) === isPress && !(isSideTalks && m.withSomeone !== true) && !(m.isPlaceNamed && m.what !== what), STARTS_CAPITAL.test(what) && what !== trig, what,
    w.withWhom ? sentence.slice(0, at) : '')
    : !place || event.isSettingDay ? sameInSentence(out, s, when, before, trig) ?? retoldByPossessive(out, before, what, when, counterparts) : undefined;
  if (existing) return joinMention(existing, what, when, participants, sentence, s);
  out.push({
    what: what.replace(/\s+/g, ' '),
    type: /Council/.test(what) ? 'council' : event.isBodyMeeting || isBodyOwn ? 'meeting' : type,
    place,
    when,
    date: null,
    participants,
    order: null,
    start: s.start,
    end: s.end,
    sentence: { start: s.start, end: s.end },
    cue,
    after: afterIdx >= 0 ? afterIdx : null,
    ...(w.withWhom ? { withSomeone: true } : {}),
    ...(counterparts.length > 0 ? { counterparts } : {}),
    ...(isPress ? { isPress } : {}),
    ...(event.isPlaceNamed ? { isPlaceNamed: true } : {}),
    ...(event.isTopic ? { isTopic: true } : {}),
    ...(event.isAway ? { isAway: true } : {}),
    ...(event.isInState ? { isInState: true } : {}),
    ...(event.isSettingDay ? { isSettingDay: true } : {}),
    // "had met on Tuesday and would meet again": "met" is past whatever else the sentence says.
    ...(FUTURE_CUE.test(sentence) && trig !== 'met' ? { future: true } : {}),
    direction: when ? weekdayDirection(sentence, when) : null,
  });
  return out[out.length - 1] as Pending;
}
