/**
 * Meetings in one article, as a pipeline of small stages over the analysed article:
 *
 * 1. triggers (`triggers.ts`): the event nouns and verbs of each sentence, and what each event is called;
 * 2. the event's own words and what they say (`event.ts`): place (`places.ts`) and time (`when.ts`), and
 *    whether the text says enough for a meeting;
 * 3. joining (`merge.ts`): a mention of a meeting already read joins it; a stated sequence of stops
 *    becomes one meeting per stop; dates and order last.
 *
 * The meeting a briefing transcript records is read from its header (`document.ts`).
 */
import { inferAnchor, weekdayDirection } from '../dates';
import { TITLE_HEADS } from '../lexicons/titles';
import { articleTokens, type AnalyzedArticle } from '../analyze';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { readEvent, BODY_BEFORE, type ArticleSetting, type EventWords } from './event';
import { addSequence, orderMeetings, sameMeeting, withoutDropped } from './merge';
import { placeBeforeAfterMeeting } from './after-meeting';
import { dropUnplacedSameDay } from './same-day';
import { joinDefiniteRetelling } from './retold-definite';
import { countriesIn } from './participants';
import { articleSetting, cityIn } from './setting';
import { meetsAsPair } from './pair-subject';
import { isCallVerb } from './call-verb';
import { counterpartsAfter, metDifferentPeople } from './counterparts';
import { eachCounterpart, type ItemSpan } from './each-counterpart';
import { isOtherYear } from './other-year';
import { COUNTRIES } from '../lexicon';
import { VENUE_CITY_LEXICON } from '../lexicons/places';
import { firstWhen } from './when';
import { CLAUSE_END } from './places';
import { isDigestHeadline, isTitleLine, retoldHeadlines } from './headline';
import { isGerundMeeting, isHabitualMeet, isRepeatedMeet, meetsAThing } from './met-thing';
import { mainClausePlace, metSomeoneElse, retoldByPossessive } from './named-again';
import { isPressCall } from './press-call';
import { meetsDirectly } from './direct-object';
import { arrivalAhead, captionStop, hereStop, learnTravelPlaces, openingStop } from './frame';
import { atStop, travelStop, type TravelStop } from './travel';
import { findTriggers, isHostVerb, isTalkVerb, isTestifyVerb, isVisitVerb, meetingName, TALKS_IDIOM, type Trigger } from './triggers';
import type { Pending, RawMeeting } from './types';
import { HAS_TRAVEL, HAS_TRIGGER, meetingWordsIn } from './sentence-words';
import { opensWithCapsLabel } from '../turns';

export type { RawMeeting } from './types';

/** A sentence that closes on a year: "…, July 22, 2015." */
const YEAR_STOP = /\d{4}\.\s*$/;
/** A trip told as the time of another clause: "when he visited China in November 2011". */
const PAST_TRIP_CLAUSE = /\bwhen\s+(?:he|she|they|we|I|it|\p{Lu}[\p{L}’'-]+)\s+(?:(?:had|first|last|recently)\s+)?(?:visited|travel(?:l)?ed|flew|went)\b/u;
/** A place and "or" another: "in Geneva or Vienna", "in Tripoli or whether the meeting might take place in a third country". */
const PLACE_OR_ANOTHER = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+or\s+(?:whether\s+[^,;]{0,60}?\s+)?(?:(?:in|at)\s+(?:a|an|another|some|the|\p{Lu})|\p{Lu}|elsewhere\b)/u;
/** A day named by anaphora, before or after the meeting just told: "earlier that day", "later that evening". */
const THAT_DAY = /\b(?:earlier|later)\s+(?:on\s+)?(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b/i;
const START_CUE = /\b(begins?|began|starts?|started|opens?|first)\b/i;
const NEXT_CUE = /\b(followed by|finally|then|will follow|the next day|the following day|after the|afterwards|later)\b/i;
/** Words that put a meeting ahead of the report: "will", "he’ll", "were set to resume", "is scheduled", "I look forward to seeing you". */
const FUTURE_CUE = /\b(?:will|would|look(?:s|ing)? forward to|next|begins?|opens|follows|due to|to be held|is to|are to|shall|upcoming|agreed to|expected|scheduled|plans?|(?:is|are|was|were) set to)\b|\w[’']ll\b/i;

/** What an article gives every sentence: where it is set and the names of the people in a span. */
interface ArticleContext {
  setting: ArticleSetting;
  personsIn: (start: number, end: number) => string[];
}

/**
 * Meetings in one article: talks, councils, conferences, calls and video conferences, with place,
 * when (and a date where the article anchors one), participants and the order the article states.
 *
 * @param personsIn canonical names of the people named inside a span of the body
 * @param setting where the article is set (`articleSetting`)
 * @param tokens the article's word tokens (`articleTokens`), read to skip sentences that name no meeting
 */
export function extractMeetings(
  a: AnalyzedArticle, personsIn: (start: number, end: number) => string[], setting: ArticleSetting = articleSetting(a), tokens: Token[] = articleTokens(a),
): RawMeeting[] {
  const body = a.article.body;
  const ctx: ArticleContext = { setting, personsIn };
  const out: Pending[] = [];
  const seen = new Set<string>();
  let k = 0;
  // "will travel to Berlin, Paris, Rome … June 22-29": a tour dates every stop told after it that gives no time of its own.
  let tour: TravelStop | null = null;
  // Whatever a travel verb goes to is a place, known to the gazetteers or not ("to Tucson, Arizona").
  const travelPlaces = new Set<string>();
  // "Secretary Blinken's Meeting with …" above the release that tells it: the meetings read from headline lines.
  const headlines = new Set<Pending>();
  // "will head to Sharm el-Sheikh on Friday.\nWhile he's on the ground, …\nAnd he will also have a bilateral meeting":
  // a page that sets one sentence a line keeps its trip's frame over the lines of the block, up to a blank line or a new speaker.
  let lastStop: TravelStop | null = null;
  let lastEnd = -1;
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    const isSameBlock = lastEnd >= 0 && !body.slice(lastEnd, p.start).includes('\n\n') && !opensWithCapsLabel(body.slice(p.start, p.end));
    lastEnd = p.end;
    // A digest's headline names the release below it, which tells the meeting in its own words.
    if (isDigestHeadline(body.slice(p.start, p.end))) continue;
    const isTitle = isTitleLine(body.slice(p.start, p.end));
    const firstOfParagraph = out.length;
    // "will visit Nairobi … on May 3. In his meetings with government officials …": a trip frames the paragraph's meetings.
    let stop: TravelStop | null = isSameBlock && lastStop ? lastStop : tour;
    lastStop = null;
    // "… is doing a press availability. But after she arrived this morning in London, …": the arrival places what came before it.
    const paragraph = body.slice(p.start, p.end);
    const arrival = paragraph.includes('arrived') ? arrivalAhead(paragraph) : null;
    for (const s of a.sentences[p.index] ?? []) {
      // Most sentences name no meeting: their words say so without a pattern run over the text.
      while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
      const words = meetingWordsIn(tokens, k, s.end);
      const hasTrigger = (words & HAS_TRIGGER) !== 0;
      const hasTravel = (words & HAS_TRAVEL) !== 0;
      if (!hasTrigger && !hasTravel) {
        // "While in Yerevan, the minister will …": a sentence that names no meeting may still set the paragraph's place.
        const c = body[s.start];
        const opener = c === 'I' || c === 'A' || c === 'W' || c === 'D' ? openingStop(body.slice(s.start, s.end), travelPlaces) : null;
        if (opener) stop = { city: opener.city, when: opener.when ?? stop?.when ?? null };
        // "… say their farewells in Jiddah, Saudi Arabia, July 22, 2015. The two leaders met …": a caption's place and day.
        const caption = !opener && YEAR_STOP.test(body.slice(s.end - 8, s.end)) ? captionStop(body.slice(s.start, s.end)) : null;
        if (caption) stop = caption;
        continue;
      }
      const sentence = body.slice(s.start, s.end);
      if (hasTravel) {
        learnTravelPlaces(sentence, travelPlaces);
        const trip = travelStop(sentence);
        // "… raised the issue when he visited China in November 2011": a past trip in a "when" clause is background, no tour.
        if (trip && !trip.city && trip.when && !tour && !PAST_TRIP_CLAUSE.test(sentence)) tour = trip;
        // "will visit the United Arab Emirates and Saudi Arabia": a trip to states alone ends the town a line before set, and
        // leaves the article's own town to the sentences no stop frames.
        const isStatesOnly = trip !== null && trip.city === null && trip.when === null;
        if (trip && !isStatesOnly) stop = { city: trip.city, when: trip.when ?? stop?.when ?? null };
        else if (isStatesOnly && stop?.city) stop = { city: null, when: stop.when };
      }
      // "In Paris on June 25, …", "While in Berlin, …": a clause opening on a place sets it, and the paragraph's later sentences.
      const opener = openingStop(sentence, travelPlaces);
      if (opener) stop = { city: opener.city, when: opener.when ?? stop?.when ?? null };
      // "what's happening here in Riyadh": the speaker's place, for this paragraph's meetings of now.
      const here = opener ? null : hereStop(sentence);
      if (here) stop = here;
      if (!hasTrigger) continue;
      // A photo caption printed twice (or a line repeated as the page's alt text) tells its meeting once.
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const before = out.length;
      const frame = stop ?? (arrival && s.start < p.start + arrival.at ? { city: arrival.city, when: null, isHere: true } : null);
      // A trip to two places ("to India and Singapore") frames the time only: the article's own city is not the place.
      readSentence(sentence, s, frame ? { ...ctx, setting: { ...ctx.setting, city: frame.city } } : ctx, out);
      if (frame) atStop(out.slice(before), frame);
      addSequence(sentence, s, out);
    }
    if (isTitle) for (const m of out.slice(firstOfParagraph)) headlines.add(m);
    lastStop = stop !== tour ? stop : null;
  }
  dropRetoldHeadlines(out, headlines);
  out.splice(0, out.length, ...joinDefiniteRetelling(dropUnplacedSameDay(placeBeforeAfterMeeting(out, body)), body));
  placeTitledGathering(out, a.article.title, setting.city);
  // The anchor resolves the meetings' times: an article whose meetings give none needs no search of its body for one.
  orderMeetings(out, out.some((m) => m.when) ? inferAnchor(body, a.article.date) : null);
  // "met with President Guelleh": a meeting reported without a time of its own is the article's news, of its
  // date as written. Only its `when` says so: no calendar date is resolved from it (the timeline and the order
  // questions keep to dates the text states).
  // The article's own day (its lead's "on Monday") is the day of the news, dated as before: backwards.
  // A meeting talked about ("preparations for the G20 summit") is not the news of the report's day.
  if (setting.when) for (const m of out) if (m.when === null && !m.future && !m.isTopic && !m.isAway) Object.assign(m, { when: setting.when, direction: 'past' });
  return out.map((m) => ({
    what: m.what, type: m.type, place: m.place, when: m.when, date: m.date, participants: m.participants,
    order: m.order, start: m.start, end: m.end, sentence: m.sentence,
  }));
}

/**
 * "Background Briefing … on the G7-G8 Summit" set in Genoa: the gathering the press is briefed on by a transcript's title,
 * told in its body by name without a town ("It was the focus of the G7/G8 Summit"), is held where the briefing is. Not a
 * written statement issued in the capital ("… Dialogue Ministerial Joint Statement", Washington) nor a preview.
 */
function placeTitledGathering(out: Pending[], title: string, city: string | null): void {
  if (!city || !PRESS_TITLE.test(title) || /\b(?:preview|previewing|upcoming|ahead of)\b/i.test(title)) return;
  const words = (s: string) => s.toLowerCase().replace(/[-/]/g, ' ').replace(/\s+/g, ' ').trim();
  const titled = words(title);
  for (const m of out) {
    if (m.place !== null || m.future || (m.type !== 'conference' && m.type !== 'forum') || !/^\p{Lu}\S*\s+\S/u.test(m.what)) continue;
    if (titled.includes(words(m.what))) m.place = city;
  }
}

/** A title that says the document is what was said to the press: "Background Briefing by …", "Press statements following …". */
const PRESS_TITLE = /\b(?:briefing|press conference|news conference|press statements|press remarks|remarks)\b/i;

/** Removes the headline meetings the body tells again, keeping "after" pointing at the same meetings. */
function dropRetoldHeadlines(out: Pending[], headlines: Set<Pending>): void {
  const drop = retoldHeadlines(out, (m) => headlines.has(m));
  if (drop.size > 0) out.splice(0, out.length, ...withoutDropped(out, drop));
}

/** Every trigger of one sentence, read in order: each adds a meeting, joins one already read, or names one. */
function readSentence(sentence: string, s: Span, ctx: ArticleContext, out: Pending[]): void {
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
    const withWhom = namesSomeone(seg, s.start + at + trig.length, trig, ctx, sentence.slice(0, at))
      || meetsAsPair(trig, sentence.slice(0, at), (from, to) => ctx.personsIn(s.start + from, s.start + to).length);
    // "spoke to reporters", "hosted a dinner": a conversation or visit verb needs a person after it.
    // In the record of a call, "spoke with the prime minister of Japan" is the call recorded.
    // "during his visit to Vietnam tomorrow": the noun, dated, needs no one named.
    // "completed a visit to Afghanistan": a visit to a place, by its noun, is a meeting there when its clause dates it; not
    // one talked about ("spoke about his visit to Baghdad"), nor one whose "where" clause tells the meeting held there.
    const isVisitNoun = /^(?:visit|trip)$/.test(trig) && (POSSESSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || VISIT_TO.test(sentence.slice(Math.max(0, at - 30), at + 60)))
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
    // "At the Munich Security Conference on Feb. 17, Mattis met with …": talks in a clause the gathering opens are held at it.
    const tied = prior?.sentence.start === s.start && prior.place !== null && (/\b(?:followed by|at)\s+(?:[\w’'-]+\s+){0,3}$/i.test(prevSeg)
      || (isGathering(prior.type) && prevSeg.includes(',') && GATHERING_OPENER.test(sentence.slice(0, triggers[i - 1]?.index ?? 0))));
    // "Wasn't she supposed to do some bilats with …?": a question tells no meeting the article's own place and time could hold.
    // "as we said, this meeting was a starting point", "in these meetings, she had …": a meeting pointed back to is the
    // one told before, where that one was, not where the report is filed.
    // "this meeting is an opportunity": one told in the present is the speaker's own, where the report is.
    const pointedTo = DEMONSTRATIVE_BEFORE.test(words.before) && !/^\s+(?:is|are)\b/.test(seg) ? lastPlaced(out, s.start) : undefined;
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
    // "had bilaterals with Minister Alvarez, Minister Rossi and Minister Lund": a plural of two-sided meetings, one per person.
    const listed = added && /^bilat(?:eral)?s$/.test(trig) ? peopleListed(seg) : 0;
    if (added && listed > 1 && listed > (added.counterparts?.length ?? 0)) for (let k = 1; k < listed; k++) out.push({ ...added, participants: [...added.participants] });
    else if (added && /^bilat(?:eral)?s$/.test(trig) && (added.counterparts?.length ?? 0) > 1) {
      const [firstMet, ...others] = added.counterparts as string[];
      const rest = (p: string) => added.participants.filter((q) => q === p || !added.counterparts?.includes(q));
      for (const p of others) out.push({ ...added, participants: rest(p), counterparts: [p] });
      Object.assign(added, { participants: rest(firstMet as string), counterparts: [firstMet] });
    }
    // "met Secretary Pompeo, Adviser Bolton and Director Nakasone": one meeting with each person listed by title.
    const each = target && !listed ? eachCounterpart(trig, sentence.slice(0, at), seg, s.start + at + trig.length, (from, to) => ctx.personsIn(from, to).length > 0) : null;
    if (target && each) splitPerCounterpart(target, each, sentence, s, ctx.personsIn, out);
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


/** The 80 characters before a trigger. */
const w8 = (sentence: string, at: number) => sentence.slice(Math.max(0, at - 80), at);

/** A stop or trip to a town, then the purpose clause the trigger opens: "a stop in London to ", "flew to Oslo for ". */
const STOP_FOR_BEFORE = /\b(?:stop|stopover|visit|trip|travel(?:l?ed|s)?|went|flew)\s+(?:in|to|at)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:to|for)\s+$/u;

/**
 * One meeting per person listed: the meeting read (or joined) keeps the first, a copy cited from the list's sentence
 * is made for each other, each with the traveller and its own person only, so a later mention of one joins the right one.
 */
function splitPerCounterpart(target: Pending, items: ItemSpan[], sentence: string, s: Span, personsIn: ArticleContext['personsIn'], out: Pending[]): void {
  const who = items.map((it) => personsIn(it.start, it.end));
  // "Secretary Pompeo" after "Secretary of State Mike Pompeo": the surname the item ends on, when the index names no one there.
  const surname = (k: number) => /(\p{Lu}[\p{L}’'-]+)\W*$/u.exec(sentence.slice((items[k] as ItemSpan).start - s.start, (items[k] as ItemSpan).end - s.start))?.[1] ?? '';
  // Each person met, by the index's name, else by that surname ("Pompeo"), so a later mention can find its meeting.
  const met = (k: number) => ((who[k] ?? []).length > 0 ? who[k] as string[] : surname(k) ? [surname(k)] : []);
  const isMet = (k: number, p: string) => met(k).some((q) => q === p || p.endsWith(` ${q}`) || q.endsWith(` ${p}`));
  // "President Bush, Secretary of State Condoleezza Rice": a mention read across two items names no one in either, so
  // each other item's people are left out by the surname it ends on too.
  const without = (k: number) => target.participants.filter((p) => !items.some((_, j) => j !== k && isMet(j, p)));
  const counterparts = (k: number) => (met(k).length > 0 ? { counterparts: met(k) } : {});
  for (let k = 1; k < items.length; k++) {
    // "delighted to meet Vice President Pence, Secretary Pompeo, and …": a person already met there is that meeting again.
    if (out.some((m) => m !== target && m.place === target.place && m.counterparts?.some((p) => isMet(k, p)))) continue;
    // A meeting joined from an earlier sentence ("following meetings with senior figures"): each copy cites the list.
    const copy: Pending = { ...target, participants: without(k), start: s.start, end: s.end, sentence: { start: s.start, end: s.end } };
    delete copy.counterparts;
    out.push({ ...copy, ...counterparts(k) });
  }
  const first = without(0);
  if (met(0).length > 0) target.counterparts = met(0);
  target.participants = first;
}

/** A body's name: "the Security Council", "the Emergency Committee". */
const BODY_NAME = /^\p{Lu}.*\b(?:Council|Committee|Commission|Board)$/u;
/** What may stand between a body and its verb: "on cholera would", "will", "is due to". */
const BODY_TO_VERB = /^(?:\s+(?:on|for|of)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:(?:will|would|is to|is due to|is set to|is expected to|plans to|also|again|then)\s+)*$/u;

/** "the Emergency Committee on cholera would meet on Thursday": the body is the subject of the next trigger, a meeting verb. */
function isBodyOfNextVerb(sentence: string, triggers: Trigger[], i: number): boolean {
  const t = triggers[i] as Trigger;
  const next = triggers[i + 1];
  if (!next || !BODY_NAME.test(t[0]) || !/^(?:meet|meets|met|convene[sd]?|reconvene[sd]?)$/.test(next[0])) return false;
  return BODY_TO_VERB.test(sentence.slice((t.index ?? 0) + t[0].length, next.index ?? 0));
}

/** "appear before the Treasury Select Committee in Westminster": the witness's verb, whose object is the body read next. */
function isVerbOfNextBody(sentence: string, triggers: Trigger[], i: number): boolean {
  const t = triggers[i] as Trigger;
  const next = triggers[i + 1];
  if (!next || !isTestifyVerb(t[0]) || !BODY_NAME.test(next[0])) return false;
  return /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(sentence.slice((t.index ?? 0) + t[0].length, next.index ?? 0));
}

/** "met today with", "talks between": the words after a trigger open on whom it was held with. */
const WITH_LINKER = /^\s+(?:\w+\s+)?(?:with|between)\s/;

/** Words that may open the "with whom" of a meeting: "met with", "talks between", "hosted", "spoke to". */
const WITH_WHOM = /^\s+(?:(?:separately|also|briefly|privately|again|later|first|then|today|yesterday)\s+)?(?:(?:with|between|to)\s+)?(?:(?:his|her|their|the)\s+)?/;

/**
 * Whether the words right after a trigger name a person it is held with: "met with President Guelleh",
 * "the meeting between Defense Secretary Jim Mattis and …", "hosted Prime Minister Kishida".
 */
function namesSomeone(seg: string, segStart: number, trig: string, ctx: ArticleContext, clauseBefore = ''): boolean {
  if (isVisitVerb(trig)) return visitsSomeone(seg, segStart, ctx, clauseBefore, trig);
  const lead = WITH_WHOM.exec(seg);
  if (!lead) return false;
  // "met separately with", "met today with": an adverb may come between the verb and its "with".
  const hasLinker = /^\s+(?:(?:separately|also|briefly|privately|again|later|first|then|today|yesterday)\s+)?(?:with|between|to)\b/.test(seg) || /\s(?:with|to)$/.test(trig);
  // "the meeting of …", "talks on trade": only a verb takes its person without "with" or "between".
  if (!hasLinker && !isHostVerb(trig) && !isCallVerb(trig) && !meetsDirectly(trig, seg)) return false;
  const window = Math.min(seg.length, lead[0].length + 60);
  if (ctx.personsIn(segStart, segStart + window).length > 0) return true;
  // "spoke with the UN Secretary-General", "met his French counterpart": an office named by its title.
  const head = seg.slice(lead[0].length).split(/[,;:.]/)[0]?.split(/\s+/).slice(0, 6) ?? [];
  if (head.some((w) => /^counterparts?$/.test(w) || (/^\p{Lu}/u.test(w) && !/s$/.test(w) && TITLE_HEADS.words.has(w.toLowerCase())))) return true;
  // "speak with the Tunisian government", "met with Iranian officials": a state by its name or nationality;
  // "In India, the Vice President will meet with key leaders": or by the place its clause opens with.
  const lead3 = head.slice(0, 3);
  // "welcome 37 African foreign ministers": a number of officials is a delegation.
  if (/^\d+$/.test(head[0] ?? '') && head.slice(1, 4).some((w) => STATE_SIDE.test(w))) return true;
  if (!lead3.some((w) => STATE_SIDE.test(w))) return false;
  return countriesIn(lead3.join(' ')).length > 0 || countriesIn(PLACE_OPENER.exec(clauseBefore)?.[1] ?? '').length > 0;
}

/**
 * "visited Defense Minister Alvarez in Peru", "visited us last year": the object of "visit" is a person (a name the
 * people index knows, an office by its title, or "us", the speaker's side), not a town or a country.
 */
function visitsSomeone(seg: string, segStart: number, ctx: ArticleContext, clauseBefore: string, trig: string): boolean {
  if (/^\s+us\b/.test(seg)) return true;
  const object = /^\s+(?:(?:his|her|their|the)\s+)?([^,;.]*?)(?=\s+(?:in|at|and|to|on|for|during)\s|[,;.]|$)/u.exec(seg);
  const phrase = object?.[1] ?? '';
  // "will visit India and Pakistan in March", "visited Hanoi in May 2011": a visit to a state or a town, placed in
  // time by its own clause, is a meeting too; undated ("has visited China often") it is a trip.
  // "visit Pakistan Dec. 4, where he will meet …": the meeting the "where" clause tells is the one held there.
  if (isVisitedPlace(seg)) {
    if (/,\s+where\b/.test(seg)) return false;
    if (firstWhen(seg.split(CLAUSE_END)[0] ?? '') !== undefined) return PERSON_SUBJECT.test(clauseBefore);
    // "President Barack Obama visited Kenya during his last trip": a person named right before the simple past visited one
    // state, with no time of its own, is the visit the article reports ("has visited China often" is a history, "visited
    // Lima and Santiago" a tour).
    const state = /^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?!\s+and\b|,\s+\p{Lu})/u.exec(seg)?.[1] ?? '';
    const subject = trig === 'visited' && COUNTRIES.has(state.toLowerCase().replace(/\s+/g, '-')) ? NAME_BEFORE.exec(clauseBefore) : null;
    const verbAt = segStart - trig.length;
    return subject !== null && ctx.personsIn(Math.max(verbAt - clauseBefore.length, verbAt - 40), verbAt).length > 0;
  }
  if (!phrase || cityIn(phrase) !== null || countriesIn(phrase).length > 0 && !/\s/.test(phrase)) return false;
  const end = segStart + (object?.[0].length ?? 0);
  if (ctx.personsIn(segStart, end).length > 0) return true;
  return phrase.split(/\s+/).some((w) => /^counterparts?$/.test(w) || (/^\p{Lu}/u.test(w) && TITLE_HEADS.words.has(w.toLowerCase())));
}

/**
 * How many people a list after "with" names, each by a title ("with Russian Foreign Minister Lavrov, Indonesian
 * Foreign Minister Natalegawa and Turkish Foreign Minister Davutoglu": three), up to the clause's end.
 */
function peopleListed(seg: string): number {
  const list = /^\s+with\s+([^;.:]*)/.exec(seg.split(/,\s+(?:prior|before|after|ahead|during|while|as|and then|then)\b/)[0] ?? '')?.[1] ?? '';
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  const isTitled = (item: string) => item.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && TITLE_HEADS.words.has(w.toLowerCase()));
  return items.length > 1 && items.every(isTitled) ? items.length : 0;
}

/** "Minister Alvarez in Peru and Minister Rossi in Chile": two people met, each with the place they were met in. */
const COORDINATED = /^\s+(?:with\s+)?[^,;.]*?\s+in\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+and\s+((?:the\s+)?[^,;.]*?)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;

/**
 * The place of the second of two people met in two places ("… in Peru and Minister Rossi in Chile"), a city or
 * null for a country; undefined when the words after the verb join no second person met elsewhere.
 */
function coordinatedStop(seg: string, segStart: number, ctx: ArticleContext): { place: string | null; first: string[]; second: string[] } | undefined {
  const m = COORDINATED.exec(seg);
  if (!m) return undefined;
  const who = m[1] as string;
  const from = segStart + m.index + m[0].lastIndexOf(who, m[0].length - (m[2] as string).length);
  const second = ctx.personsIn(from, from + who.length);
  const isPerson = second.length > 0 || who.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && TITLE_HEADS.words.has(w.toLowerCase()));
  return isPerson ? { place: cityIn(m[2] as string), first: ctx.personsIn(segStart, from), second } : undefined;
}

/** Whether what "visit" takes is a list of places only: "India and Pakistan", "Hanoi", "Laos and Cambodia". */
function isVisitedPlace(seg: string): boolean {
  const object = /^\s+((?:\p{Lu}[\p{L}’'-]*)(?:(?:\s+|,\s+|\s+and\s+)\p{Lu}[\p{L}’'-]*)*)/u.exec(seg)?.[1];
  if (!object) return false;
  return object.split(/,\s+|\s+and\s+/).every((name) => COUNTRIES.has(name.toLowerCase().replace(/\s+/g, '-')) || cityIn(name) === name);
}

/** The town a visit noun goes to ("to Nairobi", "to the White House": Washington); null for a state. */
function visitedTown(seg: string): string | null {
  const dest = /^\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(seg)?.[1];
  return dest ? cityIn(dest) ?? VENUE_CITY_LEXICON.record[dest.toLowerCase()] ?? null : null;
}

/** "a visit to Afghanistan", "a two-day trip to Kenya": a visit noun with the place it goes to. */
const VISIT_TO = /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to\s+(?:the\s+)?\p{Lu}/u;

/** "about his visit", "on a trip": a visit as the topic of talk. */
const VISIT_TALKED_ABOUT = /\babout\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+)?$/;
/** "a visit to Kuwait Dec. 5, where he will meet …": the "where" clause tells the meeting the visit holds. */
const VISIT_WHERE = /^\s+to\s+[^,;.]*(?:\.\s*\d+)?,\s+where\b/;

/** A possessive right before a noun, adjectives between: "his first", "the secretary's". */
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|[\w-]+[’']s)\s+(?:(?:first|next|upcoming)\s+)?$/;

/** The last word of a name right before a verb: "President Barack Obama visited". */
const NAME_BEFORE = /\p{Lu}[\p{L}’'-]+\s+$/u;

/** A person as the one who visits: a pronoun, or a title or name ending the clause before the verb ("Secretary Kerry will"). */
const PERSON_SUBJECT = /\b(?:he|she|they|I|we)\s+(?:(?:will|would|also|then|later|had|has|have|is|was|to|plans? to|is to)\s+){0,2}$|\b(?:President|Secretary|Minister|Prime Minister|Chancellor|King|Queen|Premier|Governor|Mayor|Senator)\s+\p{Lu}[\p{L}’'-]+\s+(?:(?:will|would|also|then|later|had|has|is|was)\s+){0,2}$/u;

/** "this meeting", "these talks", "that summit": a meeting noun pointed back to. */
const DEMONSTRATIVE_BEFORE = /\b(?:this|these|that|those)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** The town of the last meeting told before the sentence at `start` (null when that one was virtual), if any was placed. */
function lastPlaced(out: readonly Pending[], start: number): string | null | undefined {
  const last = out.findLast((m) => m.place !== null && m.sentence.start < start);
  return last ? (last.place === 'virtual' ? null : last.place) : undefined;
}

/** The place a clause opens with: "In India, …", "In Colombo, …". */
const PLACE_OPENER = /^\s*(?:In|At|While in|During (?:a|his|her|the) visit to)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),/u;

/** Who speaks for a state: "the Tunisian government", "Iranian officials", "his Chinese counterpart". */
const STATE_SIDE = /^(?:government|officials|authorities|leaders?|leadership|delegation|delegates|ministers?|diplomats|negotiators|envoys?)$/;

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

/**
 * "Biden met Chinese President Xi Jinping in Bali on Monday, their first in-person meeting as leaders": a
 * meeting noun with no place of its own, in apposition to the meeting its sentence has just told (same
 * day or none), is that meeting again, unless the words say it is another.
 */
function sameInSentence(out: Pending[], s: Span, when: string | null, before: string): Pending | undefined {
  const last = out[out.length - 1];
  if (!last || last.sentence.start !== s.start || (when !== null && when !== last.when)) return undefined;
  return /,\s+(?:their|his|her|its|the)\s+(?:[\w’'-]+\s+){0,3}$/i.test(before) && !/\b(?:another|separate|second|next|previous|last)\b/i.test(before.slice(-30)) ? last : undefined;
}


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

/** "On the sidelines of the summit, …", "met … on the margins of the G20": a gathering whose margins hold the clause's talks. */
const SIDELINES_BEFORE = /\b(?:on|at) the (?:sidelines|margins) of\b/i;

/** A meeting of two or three sides by its adjective: "a bilateral meeting", "one-on-one talks". */
const PAIR_MEETING = /\b(?:bilateral|trilateral|one-on-one|private|side)\b/i;

/** "At the …", "On the sidelines of the …": a sentence opening on the gathering its main clause is held at. */
const GATHERING_OPENER = /^\s*(?:At|During|On the (?:sidelines|margins) of)\s+(?:the\s+|this\s+)?(?:\p{Lu}[\p{L}\d.-]*\s+){0,3}$/u;

/** Meetings of many parties, which talks between two of them may be held on the margins of. */
function isGathering(kind: string): boolean {
  return kind === 'conference' || kind === 'council' || kind === 'forum';
}

/** A new meeting, or the one already read that this mention names again (its date and participants added). */
function addEvent(w: EventWords, event: NonNullable<ReturnType<typeof readEvent>>, manyTriggers: boolean, s: Span, ctx: ArticleContext, out: Pending[]): Pending {
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
  const isOwnTalks = Boolean(w.withWhom) && /^(?:meet|meets|met|discussions?|talks|conversation)$/.test(trig);
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
  const existing = sameName || isOtherThanPrior ? sameName : place && place !== 'virtual' ? sameMeeting(out, before, type, when, isBodyOwn, (m: Pending) =>
    m.place === place && !(isNew && m.when && when && m.when !== when) && !isOtherYear(when, m.when, ctx.setting.published ?? ctx.setting.when)
    && !(isOwnTalks && isGathering(m.type)) && !metDifferentPeople(m.counterparts, counterparts) && !metSomeoneElse(m, w, counterparts, s)
    && !(isGathering(type) && m.type === 'talks' && m.withSomeone === true && m.sentence.start === s.start)
    // "held a bilateral meeting at the Harbour Digital Summit": the gathering a meeting is held at is another event.
    // ("met in Warsaw at a conference": the people met are the conference.)
    && !(isGathering(type) && !isGathering(m.type) && m.sentence.start === s.start && (m.withSomeone === true || PAIR_MEETING.test(m.what)) && HELD_AT_BEFORE.test(before))
    // "Speaking at the press conference today in London" … "We have had detailed talks", "a busy meeting … said during a
    // press conference": the press was told of the meeting at an event of its own.
    && (m.isPress === true) === isPress && !(isSideTalks && m.withSomeone !== true) && !(m.isPlaceNamed && m.what !== what), /^\p{Lu}/u.test(what) && what !== trig, what)
    : !place ? sameInSentence(out, s, when, before) ?? retoldByPossessive(out, before, what, when, counterparts) : undefined;
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
    // "had met on Tuesday and would meet again": "met" is past whatever else the sentence says.
    ...(FUTURE_CUE.test(sentence) && trig !== 'met' ? { future: true } : {}),
    direction: when ? weekdayDirection(sentence, when) : null,
  });
  return out[out.length - 1] as Pending;
}
