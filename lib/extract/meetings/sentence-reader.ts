/** One sentence's meeting words, read trigger by trigger. */
import type { Span } from '../types';
import { readEvent } from './event';
import type { EventWords } from './event-types';
import { cityIn } from './setting';
import { meetsAsPair } from './pair-subject';
import { eachCounterpart } from './each-counterpart';
import { CLAUSE_END } from './places';
import { isGerundMeeting, isHabitualMeet, isRepeatedMeet, meetsAThing } from './met-thing';
import { mainClausePlace } from './named-again';
import { isPressCall } from './press-call';
import { isKeptInTouch, isRecurringKind } from './not-an-event';
import { findTriggers, isHostVerb, isTalkVerb, isVisitVerb, meetingName, type Trigger } from './triggers';
import type { Pending, ArticleContext } from './types';
import { addEvent, THAT_DAY, isGathering } from './add-event';
import { namesSomeone, peopleListed, coordinatedStop, isVisitedPlace, visitedTown, PLACE_OPENER } from './with-whom';
import { splitPerCounterpart } from './split-counterpart';
import { separateGroups, splitPerGroup } from './separate-groups';
import { isBodyOfNextVerb, isVerbOfNextBody } from './body-verb';
import { readTripList, readVisitList } from './visit-list';

/** A place and "or" another: "in Geneva or Vienna", "in Tripoli or whether the meeting might take place in a third country". */
const PLACE_OR_ANOTHER = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+or\s+(?:whether\s+[^,;]{0,60}?\s+)?(?:(?:in|at)\s+(?:a|an|another|some|the|\p{Lu})|\p{Lu}|elsewhere\b)/u;

/** Every trigger of one sentence, read in order: each adds a meeting, joins one already read, or names one. */
export function readSentence(sentence: string, s: Span, ctx: ArticleContext, out: Pending[]): void {
  const triggers = findTriggers(sentence, ctx.setting.isCallRecord);
  const isQuestion = /\?\s*["”’]?\s*$/.test(sentence);
  let prevEnd = 0;
  let unplaced: Pending | undefined;
  let unplacedEnd = 0;
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i] as Trigger;
    const at = t.index ?? 0;
    const trig = t[0];
    if (at < prevEnd) continue;
    // "a fourth-round tie": a stage of a competition, not a round of talks.
    if (trig === 'round' && sentence[at - 1] === '-') continue;
    // "the City Council’s health committee has scheduled a hearing": the body owns the meeting named next.
    if (/^[A-Z]/.test(trig) && /(?:Council|Committee|Forum)$/.test(trig) && /^[’']s\s/.test(sentence.slice(at + trig.length)) && triggers[i + 1]) continue;
    // "the Emergency Committee on cholera would meet on Thursday", "appear before the Treasury Committee": a body is the
    // subject or the object of the verb that tells its meeting; one meeting is read, at the words that say more.
    if (isBodyOfNextVerb(sentence, triggers, i) || isVerbOfNextBody(sentence, triggers, i)) continue;
    if (namesLastMeeting(sentence, s, at, trig, out)) {
      prevEnd = at + trig.length;
      continue;
    }
    const prevSeg = sentence.slice(i > 0 ? (triggers[i - 1]?.index ?? 0) + (triggers[i - 1]?.[0].length ?? 0) : 0, at);
    // "a meeting of the Organization for … (OSCE)": the name is what was held.
    const named = meetingName(sentence, triggers, i);
    i = named.last;
    prevEnd = at + trig.length;
    const seg = sentence.slice(at + trig.length, named.segEnd);
    // "met the deadline", "the reporter called Smith": a thing met, or the press calling a source, is no meeting.
    // "he always meets with", "we have met many times": a habit or a history, not an event.
    if (meetsAThing(trig, seg, sentence.slice(Math.max(0, at - 20), at)) || isPressCall(trig, sentence.slice(0, at), seg) || isHabitualMeet(trig, sentence.slice(0, at)) || isRepeatedMeet(trig, seg)) continue;
    // "have kept constantly in touch by telephone", "The Summit is a roughly bi-annual gathering": a habit or a kind, no one meeting.
    if (isKeptInTouch(trig, sentence.slice(Math.max(0, at - 40), at)) || isRecurringKind(seg)) continue;
    // "visited Israel, the Palestinian Authority and Egypt": one visit per place listed.
    if (isVisitVerb(trig) && readVisitList(sentence, at, at + trig.length, s, ctx, out)) continue;
    // "The trip … took the secretary to Australia, Indonesia, India and Turkey": one visit per place too.
    if (trig === 'trip' && readTripList(sentence, at, at + trig.length, s, ctx, out)) continue;
    const withWhom = namesSomeone(seg, s.start + at + trig.length, trig, ctx, sentence.slice(0, at))
      || meetsAsPair(trig, sentence.slice(0, at), (from, to) => ctx.personsIn(s.start + from, s.start + to).length);
    // "spoke to reporters", "hosted a dinner": a conversation or visit verb needs a person after it.
    // In the record of a call, "spoke with the prime minister of Japan" is the call recorded.
    // "during his visit to Vietnam tomorrow": the noun, dated, needs no one named.
    // "completed a visit to Afghanistan": a visit to a place, by its noun, is a meeting there when its clause dates it; not
    // one talked about ("spoke about his visit to Baghdad"), nor one whose "where" clause tells the meeting held there.
    const isVisitNoun = /^(?:visit|trip)$/.test(trig) && (POSSESSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || VISIT_TO.test(sentence.slice(Math.max(0, at - 30), at + 60)) || VISIT_OF_TO.test(seg))
      && !VISIT_TALKED_ABOUT.test(sentence.slice(Math.max(0, at - 40), at)) && !VISIT_WHERE.test(seg);
    if (((isHostVerb(trig) && !isVisitNoun) || (isTalkVerb(trig) && !ctx.setting.isCallRecord)) && !withWhom) continue;
    // "refocused on meeting the most significant security issues": the verb's gerund, with no one met.
    if (isGerundMeeting(trig, sentence.slice(0, at), seg) && !withWhom) continue;
    // "spoke on the phone" is a call between people the sentence names: "Lavrov and Kerry", "with Lavrov".
    if (/ (?:on|over) the (?:tele)?phone$/.test(trig) && !withWhom) continue;
    // "the meeting between Defense Secretary Jim Mattis and …": people, not the meeting's name.
    const what = withWhom && /^\s+between\b/.test(seg) ? trig : named.what;
    const isOnSidelines = i + 1 < triggers.length && SIDELINES_OF_NEXT.test(seg);
    const words: EventWords = { sentence, trig, at, what, prevSeg, seg, before: sentence.slice(Math.max(0, at - 60), at), withWhom, ...(isOnSidelines ? { isOnSidelines } : {}) };
    // "a one-on-one meeting in the Kremlin, followed by talks in an expanded format", "met in Warsaw, Poland, at a
    // conference": what follows, or what they met at, is held where the sentence's meeting is, not where the article is set.
    const prior = out[out.length - 1];
    const tied = prior !== undefined && isTiedTo(prior, prevSeg, sentence.slice(0, triggers[i - 1]?.index ?? 0), s);
    // "Wasn't she supposed to do some bilats with …?": a question tells no meeting the article's own place and time could hold.
    // "as we said, this meeting was a starting point", "in these meetings, she had …": a meeting pointed back to is the
    // one told before, where that one was, not where the report is filed.
    // "this meeting is an opportunity": one told in the present is the speaker's own, where the report is.
    const pointedTo = hasDemonstrativeBefore(words.before) && !/^\s+(?:is|are)\b/.test(seg) ? lastPlaced(out, s.start) : undefined;
    const setting = tied ? { ...ctx.setting, city: prior.place } : pointedTo !== undefined ? { ...ctx.setting, city: pointedTo } : isQuestion ? { ...ctx.setting, city: null } : ctx.setting;
    const read = readEvent(words, setting, (when) => out.some((m) => m.when === when));
    const event = isQuestion && read && !read.place && !read.when ? null : read;
    // "In Singapore, the Vice President will consult with leaders": a city the clause opens with places its verb.
    if (event && !event.place) event.place = cityIn(PLACE_OPENER.exec(sentence.slice(0, at))?.[1] ?? '');
    // "addresses reporters at the Pentagon, July 6, 2015, after meeting with Defense Secretary Ash Carter": the main clause's place.
    if (event && !event.place && trig === 'meeting' && /\b(?:after|before|following)\s+$/i.test(words.before)) event.place = mainClausePlace(sentence.slice(0, at));
    // "a stop in London to meet with …", "flew to Oslo for meetings with …": the stop a purpose clause hangs on places it.
    if (event && !event.place) event.place = cityIn(STOP_FOR_BEFORE.exec(w8(sentence, at))?.[1] ?? '');
    if (event && !event.place && tied) event.place = prior.place;
    // "held talks in Beijing. … Earlier that day, the President took part in the opening of the Forum": a day named by
    // "that" is the day of the meeting just told, and so is its place.
    if (event && !event.place && event.when && THAT_DAY.test(event.when) && prior && prior.sentence.start < s.start) event.place = prior.place === 'virtual' ? null : prior.place;
    // "visited Hanoi in May 2011": the town visited is the visit's place.
    // "visited Kenya": a state visited is no town, so the visit has none (not the town the article is set in).
    if (event && isVisitVerb(trig) && isVisitedPlace(seg)) event.place = cityIn(/^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(seg)?.[1] ?? '');
    // "Modi's visit to the White House next month": the town or the venue the visit goes to is its place.
    if (event && isVisitNoun && !event.place) event.place = visitedTown(seg);
    // "would visit Colonel Gaddafi in Tripoli or whether the meeting might take place in a third country": a place
    // offered with another is not yet decided.
    const rest = event?.place && event.place !== 'virtual' ? sentence.slice(at + trig.length, at + trig.length + 300) : '';
    if (event && rest.includes(' or ') && PLACE_OR_ANOTHER.test(rest.split(CLAUSE_END)[0] ?? '')) event.place = null;
    const before = out.length;
    const target = event ? addEvent(words, event, triggers.length > 1, s, ctx, out) : undefined;
    // "met … for a bilateral discussion in advance of the 11th meeting … at Ramstein Air Base": an event
    // tied to the next one ("ahead of", "on the sidelines of") is where that one is.
    // The words since that event's own trigger: "on the sidelines of the G7 summit" reads past "G7", which names no event alone.
    // "met President Biden at the G7 Summit in Italy today": the summit's time is the talks' too, placed or not.
    if (unplaced && event && (event.place || event.when) && TIED_TO_NEXT.test(sentence.slice(unplacedEnd, at))) {
      unplaced.place = event.place;
      if (unplaced.when === null && event.when) unplaced.when = event.when;
    }
    const added = out.length > before ? out[out.length - 1] : undefined;
    const listed = added ? splitBilaterals(added, trig, seg, out) : 0;
    // "met Secretary Pompeo, Adviser Bolton and Director Nakasone": one meeting with each person listed by title.
    const each = target && !listed ? eachCounterpart(trig, sentence.slice(0, at), seg, s.start + at + trig.length, (from, to) => ctx.personsIn(from, to).length > 0) : null;
    if (target && each) splitPerCounterpart(target, each, sentence, s, ctx.personsIn, out);
    // "will meet separately with Operation Unified Protector and ISAF partners": one meeting with each group.
    const groups = target && !listed && !each && sentence.startsWith(' separately', at + trig.length) ? separateGroups(trig, sentence.slice(at + trig.length), s.start + at + trig.length) : null;
    if (target && groups) splitPerGroup(target, target === added, groups, s, s.start + at, ctx.personsIn, out);
    // "visited Minister Alvarez in Peru and Minister Rossi in Chile": one visit per person placed apart.
    const other = added && withWhom ? coordinatedStop(seg, s.start + at + trig.length, ctx) : undefined;
    if (added && other) {
      // The one who visits stays in both; each person visited, in one.
      out.push({ ...added, place: other.place, participants: added.participants.filter((p) => !other.first.includes(p)) });
      added.participants = added.participants.filter((p) => !other.second.includes(p));
    }
    if (added) {
      unplaced = added.place === null ? added : undefined;
      unplacedEnd = at + trig.length;
    }
  }
}


/**
 * "had bilaterals with Minister Alvarez, Minister Rossi and Minister Lund": a plural of two-sided meetings, one per
 * person. Returns how many people the list names by title (0 when it names none so).
 */
function splitBilaterals(added: Pending, trig: string, seg: string, out: Pending[]): number {
  const listed = /^bilat(?:eral)?s$/.test(trig) ? peopleListed(seg) : 0;
  if (listed > 1 && listed > (added.counterparts?.length ?? 0)) for (let k = 1; k < listed; k++) out.push({ ...added, participants: [...added.participants] });
  else if (/^bilat(?:eral)?s$/.test(trig) && (added.counterparts?.length ?? 0) > 1) {
    const [firstMet, ...others] = added.counterparts as string[];
    const rest = (p: string) => added.participants.filter((q) => q === p || !added.counterparts?.includes(q));
    for (const p of others) out.push({ ...added, participants: rest(p), counterparts: [p] });
    Object.assign(added, { participants: rest(firstMet as string), counterparts: [firstMet] });
  }
  return listed;
}

/** The 80 characters before a trigger. */
const w8 = (sentence: string, at: number) => sentence.slice(Math.max(0, at - 80), at);

/** A stop or trip to a town, then the purpose clause the trigger opens: "a stop in London to ", "flew to Oslo for ". */
const STOP_FOR_BEFORE = /\b(?:stop|stopover|visit|trip|travel(?:l?ed|s)?|went|flew)\s+(?:in|to|at)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:to|for)\s+$/u;

/** "a visit to Afghanistan", "a two-day trip to Kenya": a visit noun with the place it goes to. */
const VISIT_TO = /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to\s+(?:the\s+)?\p{Lu}/u;

/** "the visit of President Nazarbayev to the White House": the visitor, then where the visit goes. */
const VISIT_OF_TO = /^\s+of\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){1,6}?to\s+(?:the\s+)?\p{Lu}/u;

/** "about his visit", "on a trip": a visit as the topic of talk. */
const VISIT_TALKED_ABOUT = /\babout\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+)?$/;
/** "a visit to Kuwait Dec. 5, where he will meet …": the "where" clause tells the meeting the visit holds. */
const VISIT_WHERE = /^\s+to\s+[^,;.]*(?:\.\s*\d+)?,\s+where\b/;

/** A possessive right before a noun, adjectives between: "his first", "the secretary's". */
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|[\w-]+[’']s)\s+(?:(?:first|next|upcoming)\s+)?$/;

/** "this meeting", "these talks", "that summit": a meeting noun pointed back to. */
const DEMONSTRATIVE_BEFORE = /\b(?:this|these|that|those)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** Every demonstrative opens on "th": a plain test first, for the end-anchored pattern is tried at every character. */
const hasDemonstrativeBefore = (before: string) => /th/i.test(before) && DEMONSTRATIVE_BEFORE.test(before);

/** The town of the last meeting told before the sentence at `start` (null when that one was virtual), if any was placed. */
function lastPlaced(out: readonly Pending[], start: number): string | null | undefined {
  const last = out.findLast((m) => m.place !== null && m.sentence.start < start);
  return last ? (last.place === 'virtual' ? null : last.place) : undefined;
}

/** The words that tie an event to the next one the sentence names, which holds both. */
const TIED_TO_NEXT = /\b(?:in advance of|ahead of|(?:on|in) the (?:sidelines|margins) of|during|at)\s+(?:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** "… in the margins of the upcoming ministerial meeting": the words after a trigger end on the next event, which holds it. */
const SIDELINES_OF_NEXT = /\b(?:on|in) the (?:sidelines|margins) of\s+(?:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** "a meeting in Brussels on Wednesday of the Russian NATO Council": the council names the meeting just read. */
function namesLastMeeting(sentence: string, s: Span, at: number, trig: string, out: Pending[]): boolean {
  const last = out[out.length - 1];
  if (!(/Council|Conference|Summit|Forum/.test(trig) && last && last.sentence.start === s.start && /^(?:\w+ )?meeting$/.test(last.what))) return false;
  // "ahead of the London Summit" after "a meeting in Brussels": another meeting, not the name of that one.
  const lead = sentence.slice(Math.max(0, at - 40), at);
  if (!/\bof\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$/.test(lead) || /\b(?:ahead|advance|sidelines|margins|eve|run-up|outcome|end|start)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$/.test(lead)) return false;
  last.what = trig.replace(/^(?:The|A|An)\s+/, '');
  const named = /((?:[A-Z][\w-]*\s+){1,3})$/.exec(sentence.slice(Math.max(0, at - 30), at));
  if (named) last.what = `${(named[1] as string).trim()} ${last.what}`.replace(/^(?:The|A|An)\s+/, '');
  last.type = 'council';
  return true;
}

/** "At the …", "On the sidelines of the …": a sentence opening on the gathering its main clause is held at. */
const GATHERING_OPENER = /^\s*(?:At|During|On the (?:sidelines|margins) of)\s+(?:the\s+|this\s+)?(?:\p{Lu}[\p{L}\d.-]*\s+){0,3}$/u;

/**
 * Whether an event is held where the meeting read just before it in the same sentence is: "a one-on-one meeting in the
 * Kremlin, followed by talks", "met in Warsaw at a conference", "At the Munich Security Conference on Feb. 17, Mattis met
 * with …" (talks in a clause the gathering opens are held at it), "met today with Minister A in Bucharest on the margins of
 * the NATO Foreign Ministers’ Meeting" (the gathering whose margins the talks were held on is in the town their words name).
 */
function isTiedTo(prior: Pending, prevSeg: string, beforePrior: string, s: Span): boolean {
  if (prior.sentence.start !== s.start || prior.place === null) return false;
  return /\b(?:followed by|at)\s+(?:[\w’'-]+\s+){0,3}$/i.test(prevSeg)
    || (isGathering(prior.type) && prevSeg.includes(',') && GATHERING_OPENER.test(beforePrior))
    || (SIDELINES_OF_NEXT.test(prevSeg) && prevSeg.includes(` ${prior.place}`));
}
