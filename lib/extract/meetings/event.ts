/**
 * Stages 2 and 3 of meeting extraction: for one trigger, the event's own words (the clause after its
 * noun, up to the next trigger or clause break, and the words before it), its place and time read
 * from them, and whether the text says enough for it to be a meeting.
 */
import { captionPlace } from './caption-place';
import { CLAUSE_END } from './places';
import { isPeopleVote } from './people-vote';
import { isElectVerb, isGatherVerb, isStateVisit, isHostVerb, isTalkVerb, isTestifyVerb, isBriefVerb, TALKS_IDIOM, typeOf } from './triggers';
import { firstWhen, lastWhen, possessiveWhen } from './when';
import { isReturnedFrom } from './return-from';
import { isComingDay, REPEATED_AFTER } from './near-present';
import { isAwayTrip } from './away-trip';
import type { ArticleSetting, EventRead, EventWords } from './event-types';
import { BODY_BEFORE, CLOSED_DOOR, ELECTION_HELD_BEFORE, HELD_BEFORE, isHeldByVerb, OCCURRED_AFTER, PARTIES_UNDERWAY, PHOTO_CAPTION, PROPER_MODIFIER_BEFORE, SESSION_BODY, TOPIC_BEFORE, UNSETTLED_BEFORE, VISITING } from './event-cues';
import { inStateAfter, inStateBefore, isPlaceModifier, isUnheldCall, placeOf } from './event-place';
import { MONTH_BEFORE, OTHER_TIME_BEFORE, OWN_TIME_BEFORE, ownClause, PRESENT_WHEN, SENTENCE_END, SINCE_PHRASE, VERB_TIME_ADVERB, YEAR_BEFORE, yearBefore } from './event-time';


/** "the meeting of the Libya Contact Group": a body's name makes the meeting one named, a group's as a council's. */
const NAMED_BODY = /(Council|Conference|Summit|Forum|Dialogue|Organization|Organisation|Contact Group|Working Group)/;

/** "the first meeting here.", "talks here today": "here" right after the noun, not "here in Riyadh" (a town of its own). */
const HERE_AFTER = /^\s+here\b(?!\s+(?:in|at|on|to|and)\b)/i;

/** "The recent visit of Kazakh President Nazarbayev to the White House": the visitor named after "of" makes the visit one. */
const isVisitOf = (trig: string, seg: string) => /^(?:visit|trip)$/.test(trig) && /^\s+of\s/.test(seg);

/**
 * The event at one trigger, or null when the text does not say enough for a meeting: no place, no
 * name, no date for a dated noun, no verb or privacy that says it was held.
 */
export function readEvent(w: EventWords, setting: ArticleSetting, whenSeen: (when: string) => boolean): EventRead | null {
  const { trig, seg, before, prevSeg } = w;
  // A caption's "speaks with" is talks in the photo's town, not a call.
  const isCaptioned = captionPlace(trig, seg) !== null;
  const what = isCaptioned ? 'talks' : w.what;
  const type = isCaptioned ? 'talks' : typeOf(trig);
  let place = placeOf(w, type, setting.dateline);
  // "we plan to hold the working group’s first meeting here": a speaker's "here" is where the article is set.
  if (!place && setting.city && HERE_AFTER.test(seg)) place = setting.city;
  const { when, segWhen, ownYear } = eventTime(w);
  const isNamed = /^[A-Z]/.test(what) && NAMED_BODY.test(what);
  // "each meeting", "one meeting at a time": a distributive quantifier counts meetings in general, it tells none.
  if (/\b(?:each|every)\s+$/i.test(before) || (/\bone\s+$/i.test(before) && /^\s+at a time\b/.test(seg))) return null;
  // "He was elected to the Illinois State Senate in 1997": an election by its verb is one held when the clause dates it
  // ("if he is elected" is a condition, "was elected president" with no time a title's history).
  if (isElectVerb(trig)) return when && !/\b(?:if|unless|whether|until|once)\b[^,;]*$/i.test(w.sentence.slice(0, w.at)) ? { what, type, place, when, isBodyMeeting: false } : null;
  const isElection = /elections?$|referendum$|plebiscite$|polls?$/i.test(trig) || (trig === 'vote' && isPeopleVote(before));
  // An election is placed in time, or told as one that took place ("there have been new elections in Peru"), or it
  // is a generic mention ("elections are won on the economy").
  if (isElection) return when || ELECTION_HELD_BEFORE.test(before) ? { what, type, place, when, isBodyMeeting: false } : null;
  // "the talks": a meeting named before, unless the trigger is a verb ("The board will meet on Monday").
  const isVerb = /^(?:meet|meets|met|reconvene[sd]?|voted)$/.test(trig) || TALKS_IDIOM.test(trig) || isGatherVerb(trig) || isTestifyVerb(trig) || isBriefVerb(trig);
  // "the G20 in Japan later this week": a definite mention with a time of its own that no meeting read so far has is new.
  const hasOwnTime = segWhen !== undefined && OWN_TIME_BEFORE.test(seg.slice(0, seg.indexOf(segWhen))) && !whenSeen(when as string);
  // "met with President Guelleh", "the meeting between Mattis and Guelleh": a meeting held with someone named.
  const isWithSomeone = Boolean(w.withWhom) && (isVerb || isTalkVerb(trig.toLowerCase()) || isHostVerb(trig) || /^\s+(?:with|between)\b/.test(seg) && /^(?:meetings?|talks|call|conversation|audience|discussions?|bilat(?:eral)?s?|(?:press|news) conference)$/i.test(trig));
  // "The latest trial was held in April": a trigger read only with the verb that says it took place (`isHeldByVerb`) names no meeting read before.
  // "discussed the P5+1 talks", "asked about the Geneva summit": a meeting as the topic of talk is not held where the
  // article is; one its name makes specific ("the P5+1 talks") is a meeting of its own, placed nowhere the words say.
  // "comments on start date for Syrian peace talks", "the potential start date of the talks": talks whose day is still
  // being asked about are told as no meeting held, nor one set.
  if (!place && UNSETTLED_BEFORE.test(before)) return null;
  const isTopic = !place && TOPIC_BEFORE.test(before);
  const isSpecificTopic = isTopic && /^(?:talks|negotiations|summit|meeting|conference)$/i.test(trig) && PROPER_MODIFIER_BEFORE.test(before);
  // "talks between the U.S. and the Taliban were set to resume": talks its parties name, told going on, are held.
  const isUnderway = /^(?:talks|negotiations)$/i.test(trig) && PARTIES_UNDERWAY.test(seg);
  // "following the Yemen meeting", "in honor of the Afghanistan conference": a meeting named by the state it concerns
  // is a specific one, told or not before.
  const isPlaceNamed = !isTopic && /^(?:meeting|conference|talks|summit)$/i.test(trig) && isPlaceModifier(before);
  const isVisitOfSomeone = isWithSomeone && isVisitOf(trig, seg);
  const isDefiniteRef = /\bthe\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !place && !isNamed && !isVerb && trig !== 'trial' && !hasOwnTime && !(isWithSomeone && /^\s+between\b/.test(seg)) && !isSpecificTopic && !isUnderway && !isHeldByVerb(trig, before) && !isPlaceNamed && !ownYear && !isVisitOfSomeone;
  if (isDefiniteRef) return null;
  // "The Council’s forceful statement": a body is no meeting unless the text places it or says it met.
  if (isNamed && !place && when === null && /(?:Council|Committee|Commission)$/.test(what) && !/^\s+(?:met|meets|convened|sat|voted|held|adopted)\b/.test(seg)) return null;
  // "met briefly in the middle of the day", "meetings with NATO allies": no place in the event's own words,
  // in the article's present, is where the article is set (a named body's conference keeps its own place).
  // "talks with visiting Russian Foreign Minister Sergei Lavrov": a visitor is met where the article is set.
  if (!place && setting.city && !isTopic && VISITING.test(seg.slice(0, 40))) place = setting.city;
  // "During the visits, Gates met with …" in a report filed from Washington: a trip elsewhere holds it; a meeting on the
  // sidelines of another event is where that event is.
  // "Shanahan also met in Iraq with …", "visited Afghanistan, where he met with …": the event's own words put it in a
  // state, in no town the article or a trip names, and not on the report's day.
  const isInState = !place && (inStateAfter(seg) || inStateBefore(before));
  const isAway = isInState || (!place && setting.city !== null && isAwayTrip(w.sentence, setting.city));
  // "Date: 01/29/2016 Description: … in Québec City …": a photo's caption tells where the photo was taken, not the page's city.
  const isPhotoCaption = PHOTO_CAPTION.test(w.sentence);
  const isSettable = !place && setting.city && !isNamed && !isTopic && !isAway && !isPhotoCaption && !w.isOnSidelines && type !== 'call' && type !== 'video-conference' && !OTHER_TIME_BEFORE.test(before);
  if (isSettable && (when === null || PRESENT_WHEN.test(when))) place = setting.city;
  // "was to meet … separately on Monday": a day still to come from the report's is held in the town the title or lead
  // gives the news (a byline's "Seoul" is where the reporter is, and Thursday's summit is in Pyongyang); a visit goes elsewhere,
  // and a body's session ("the Security Council held an emergency meeting Wednesday night") sits at the body's seat.
  // Only a meeting read without the town is placed so (below): the town does not make a mention a meeting.
  const isSettingDay = Boolean(isSettable && setting.isStoryTown && when !== null && isComingDay(when, w.sentence) && !REPEATED_AFTER.test(seg)
    && !/^(?:visit|gather)/i.test(trig) && !SESSION_BODY.test(w.sentence.slice(0, w.at)));
  // "the Nov. 3 session" after "return to the table in Toronto on Nov. 3": the meeting of that date again.
  const isSameDay = !place && when !== null && /\d/.test(when) && /\bthe\s+[\w.]+\s+\d{1,2}(?:[’']s)?\s+$/.test(before) && whenSeen(when);
  if (isSameDay) return null;
  // "a hearing on Oct. 28", "talks on Thursday with his German counterpart": a meeting noun placed in time.
  // "a Senate Armed Services Committee hearing on Tuesday": a hearing or session named by its body is dated by any time.
  // "The Security Council met in an emergency session on Monday": so is one its body holds.
  const isBodySession = /^(?:hearing|session)$/i.test(trig) && ((what !== trig && /^\p{Lu}/u.test(what)) || SESSION_BODY.test(w.sentence.slice(0, w.at)));
  // "a series of meetings this week", "nearly a dozen meetings so far this year", "the productive meetings yesterday": a
  // plural held with no one and about nothing named counts meetings in general; its time alone tells none of them.
  const isCountedPlural = /^meetings$/i.test(trig) && !isWithSomeone && !/^\s+(?:with|between|about|on)\b/.test(seg);
  const isDated = when !== null && !isCountedPlural && (((/\d/.test(when) || isBodySession) && /^(?:meeting|session|hearing|summit|vote|sentencing|briefing)$/i.test(trig))
    // "The latest trial was held in April", "were originally sentenced in September 2009": a court's event told by its verb.
    || isTestifyVerb(trig) || isBriefVerb(trig) || trig === 'voted' || trig === 'trial' || trig === 'sentenced'
    || /^(?:talks|round of talks|meetings?|bilat(?:eral)?s?|summit|discussions?|negotiations|(?:press|news) (?:conference|briefing)|town[- ]hall(?: meeting)?|G-?\d+|met|meets?|\w+ ceremon(?:y|ies)|visit|trip)$/i.test(trig));
  // "The club's board will meet on Monday evening": a body's own meeting, dated, needs no place.
  // "The committee will vote next week": a body's vote, dated, is its meeting too.
  const isBodyMeeting = !place && when !== null && (trig === 'meet' || trig === 'meets' || trig === 'meeting' || trig === 'vote') && BODY_BEFORE.test(before);
  // "would meet again on Thursday", "held closed-door consultations on Wednesday", "held a strike vote in
  // September": a meeting by its verb or its privacy, dated, needs no place.
  const isCued = !place && when !== null && (
    (/^(?:meet|meets|met)$/.test(trig) && /^\s+again\b/.test(seg)) || /^reconvene/.test(trig) || CLOSED_DOOR.test(before.slice(-25) + trig) || HELD_BEFORE.test(before));
  const isRecordedCall = type === 'call' && setting.isCallRecord;
  // "Briefing took place at 15:45", "A meeting was held": the noun is the subject of a verb of taking place.
  const isOccurred = OCCURRED_AFTER.test(seg);
  // "is on his first state visit to the United States": a visit of state is one held, by its kind.
  // "a meeting of the contact group on the sidelines of the summit in Lima": held at that event, placed and dated by it.
  // "During the visits, Gates met with defense officials": the verb, dated by a trip the sentence names, tells a meeting held.
  if (!place && !isNamed && !isStateVisit(trig) && !isDated && !isBodyMeeting && !isCued && !isRecordedCall && !isWithSomeone && !isSpecificTopic && !isUnderway && !isPlaceNamed && !isOccurred && !isHeldByVerb(trig, before) && !w.isOnSidelines && !(isAway && isVerb) && !((type === 'call' || type === 'video-conference') && when)) return null;
  // "we got our phone call home", "watching Kirby's Zoom call": a call is "virtual" by its kind, not by the text;
  // with no one it is held with, no time of its own and no readout it records, it is a generic mention.
  if (isUnheldCall(w, type, place, when, setting) && !isNamed && !isCued) return null;
  // "voted 5-4", "a vote on the budget": a vote is a meeting only when the article says where, or that it was held.
  // "the shadow cast by the 2013 vote": a year of its own before the noun makes it one vote, held that year.
  if (/^vote$/i.test(trig) && !place && !isCued && !isBodyMeeting && !YEAR_BEFORE.test(before)) return null;
  // "gathered for a photo", "convened on Monday": people gathering are a meeting where the text places them.
  if (/^gather/.test(trig) && !place) return null;
  if (when && /^in (?:two|three|\d+) years?/i.test(when) && !place) return null;
  return { what, type, place: isSettingDay ? setting.city : place, when, isBodyMeeting, ...(isPlaceNamed ? { isPlaceNamed } : {}), ...(isSpecificTopic ? { isTopic: true } : {}), ...(isAway ? { isAway } : {}), ...(isInState ? { isInState } : {}), ...(isSettingDay ? { isSettingDay } : {}) };
}

/** The event's own time, read from its clause, the noun's possessive or year, the verb's adverb, or the clause before. */
function eventTime(w: EventWords): { when: string | null; segWhen: string | undefined; ownYear: string | undefined } {
  const { trig, seg, before, prevSeg } = w;
  // "We have had detailed talks … Top of our agenda … in 2013": a time in the next sentence is not the meeting's,
  // though a quotation the splitter kept whole runs on.
  // "… underlined that Allies have delivered support since Russia launched its invasion in February 2022": a time in a
  // "since" phrase is where a span starts, not the meeting's ("The talks, the third round since January, were held … on
  // Monday": the time after it is). The event it dates is then not of the time before it either ("the crisis since December 27").
  const ownSeg = (seg.split(CLAUSE_END)[0] ?? '').split(SENTENCE_END)[0] ?? '';
  const segWhen = ownSeg.includes('since') ? firstWhen(ownSeg.replace(SINCE_PHRASE, '')) : firstWhen(ownSeg);
  const isSinceDated = segWhen === undefined && ownSeg.includes('since') && firstWhen(ownSeg) !== undefined;
  const prevWhen = lastWhen(ownClause(prevSeg));
  // "tomorrow (Thursday 14 September)": a closing bracket without its opening one is not part of the time.
  // "a controversial 2017 meeting", "the 2019 summit": a year before the noun is the event's own time.
  const ownYear = yearBefore(before) ?? MONTH_BEFORE.exec(before)?.[1];
  // "Hagel and Hammond met earlier to discuss …": a time adverb right after the verb dates it, relative to the report.
  const verbAdverb = /^(?:meet|meets|met)$/.test(trig) ? VERB_TIME_ADVERB.exec(seg)?.[1] ?? afterEventWhen(w) : undefined;
  // "next week’s round of talks … demands on December 17": a time in the possessive before the noun is its own.
  const ownPossessive = possessiveWhen(prevSeg);
  // "flew home Thursday from his meeting with Kim": a time of the journey's clause, before or after the noun, is the journey's.
  const isOrigin = isReturnedFrom(w.sentence.slice(0, w.at));
  const when = (ownPossessive ?? (isOrigin ? undefined : segWhen ?? verbAdverb) ?? ownYear ?? (isOrigin || isSinceDated ? undefined : prevWhen) ?? null)?.replace(/^on\s+/i, '').replace(/^([^(]*)\)$/, '$1').trim() ?? null;
  return { when, segWhen, ownYear };
}

/** "met shortly after the G8 dinner session on Friday night": the verb timed by an event, whose time is the meeting's too. */
const TIMED_BY_EVENT = /^\s+(?:shortly |soon |just |right |immediately )?(?:after|before|following)\s/;

function afterEventWhen(w: EventWords): string | undefined {
  if (!TIMED_BY_EVENT.test(w.seg)) return undefined;
  const rest = w.sentence.slice(w.at + w.trig.length);
  return firstWhen((rest.split(CLAUSE_END)[0] ?? '').split(SENTENCE_END)[0] ?? '');
}
