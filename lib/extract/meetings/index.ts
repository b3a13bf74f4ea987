/**
 * Meetings in one article, as a pipeline of small stages over the analysed article:
 *
 * 1. triggers (`triggers.ts`): the event nouns and verbs of each sentence, and what each event is called;
 * 2. the event's own words and what they say (`event.ts`): place (`places.ts`) and time (`when.ts`), and
 *    whether the text says enough for a meeting;
 * 3. joining (`merge.ts`): a mention of a meeting already read joins it; a stated sequence of stops
 *    becomes one meeting per stop; dates and order last.
 *
 * Each sentence is read trigger by trigger (`sentence-reader.ts`); whom a trigger names (`with-whom.ts`) and whether
 * its meeting is new or one already read (`add-event.ts`) are decided apart.
 * The meeting a briefing transcript records is read from its header (`document.ts`).
 */
import { joinDuringVisits } from './during-visits';
import { inferAnchor } from '../dates';
import { articleTokens, type AnalyzedArticle } from '../analyze';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { type ArticleSetting } from './event-types';
import { addSequence, orderMeetings, withoutDropped } from './merge';
import { placeBeforeAfterMeeting } from './after-meeting';
import { dropUnplacedSameDay } from './same-day';
import { joinSamePeople } from './same-people';
import { joinSameName } from './same-name';
import { joinDefiniteRetelling } from './retold-definite';
import { articleSetting } from './setting';
import { isDigestHeadline, isTitleLine, retoldHeadlines, titleAsProse } from './headline';
import { arrivalAhead, captionStop, hereStop, learnTravelPlaces, openingStop, SCHEDULE_LINE, WILL_TRAVEL } from './frame';
import { atStop, travelStop, type TravelStop } from './travel';
import type { Pending, RawMeeting, ArticleContext } from './types';
import { HAS_TRAVEL, HAS_TRIGGER, meetingWordsIn } from './sentence-words';
import { opensWithCapsLabel } from '../turn-labels';
import { readSentence } from './sentence-reader';

export type { RawMeeting } from './types';

/** A sentence that closes on a year: "…, July 22, 2015." */
const YEAR_STOP = /\d{4}\.\s*$/;
/** A trip told as the time of another clause: "when he visited China in November 2011". */
const PAST_TRIP_CLAUSE = /\bwhen\s+(?:he|she|they|we|I|it|\p{Lu}[\p{L}’'-]+)\s+(?:(?:had|first|last|recently)\s+)?(?:visited|travel(?:l)?ed|flew|went)\b/u;

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
  // "… visited Skopje on 12 June.\n\nMr. De Hoop Scheffer met with President A, Prime Minister B …": a release's trip to a
  // town frames the meetings of the paragraph right after it too (one sentence a paragraph), not those further on.
  let tripCarry: TravelStop | null = null;
  // "will arrive in Hangzhou. … Later in the afternoon, … In the evening, … On Sunday morning, …": a schedule's lines, each
  // opening on a time of day, are held in the town arrived at, up to a line that tells a meeting and opens otherwise.
  let scheduleTown: string | null = null;
  let lastEnd = -1;
  const topicsEnd = BRIEFING_TITLE.test(a.article.title) ? a.quoteSpans.find((q) => q.label)?.paragraph ?? -1 : -1;
  for (const p of a.paragraphs) {
    if (p.isJunk || p.isCaption) continue;
    const isSameBlock = lastEnd >= 0 && !body.slice(lastEnd, p.start).includes('\n\n') && !opensWithCapsLabel(body.slice(p.start, p.end));
    lastEnd = p.end;
    // A digest's headline names the release below it, which tells the meeting in its own words.
    if (isDigestHeadline(body.slice(p.start, p.end))) continue;
    const isTitle = isTitleLine(body.slice(p.start, p.end));
    const firstOfParagraph = out.length;
    // "will visit Nairobi … on May 3. In his meetings with government officials …": a trip frames the paragraph's meetings.
    let stop: TravelStop | null = isSameBlock && lastStop ? lastStop : tripCarry ?? tour;
    lastStop = null;
    tripCarry = null;
    let tripSet: TravelStop | null = null;
    // "… is doing a press availability. But after she arrived this morning in London, …": the arrival places what came before it.
    const paragraph = body.slice(p.start, p.end);
    const arrival = paragraph.includes('arrived') ? arrivalAhead(paragraph) : null;
    // The line's time of day is the time of what it tells ("In the evening"), so two lines are two meetings.
    const scheduleTime: string | undefined = scheduleTown !== null ? SCHEDULE_LINE.exec(paragraph)?.[0].trim() : undefined;
    const isScheduleLine = scheduleTime !== undefined;
    if (isScheduleLine && (!stop || stop.isCarried)) stop = { city: scheduleTown, when: /^After/.test(scheduleTime) ? null : scheduleTime, isSchedule: true };
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
        if (trip && !isStatesOnly) stop = { city: trip.city, when: trip.when ?? stop?.when ?? null, ...(trip.gloss ? { gloss: trip.gloss } : {}) };
        // "during a visit to Prague": a visit named by a noun is background, not the trip the release tells.
        if (trip?.city && stop && !TRIP_NOUN.test(sentence)) tripSet = stop;
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
      // A schedule's town is given after the line is read, so a line's meeting is not taken for the last line's, read there.
      readLine(titleAsProse(sentence), s, ctx, frame && !frame.isSchedule ? frame.city : undefined, p.index < topicsEnd && !SENTENCE_STOP.test(paragraph), out);
      if (frame) atStop(out.slice(before), frame);
      addSequence(sentence, s, out);
    }
    if (isTitle) for (const m of out.slice(firstOfParagraph)) headlines.add(m);
    lastStop = stop !== tour ? stop : null;
    // Its town only: the trip's day is not that of meetings told after it ("had already met with …").
    if (tripSet && stop === tripSet) tripCarry = { city: tripSet.city, when: null, isCarried: true };
    if (tripSet?.city && WILL_TRAVEL.test(paragraph)) scheduleTown = tripSet.city;
    else if (!isScheduleLine && out.length > firstOfParagraph) scheduleTown = null;
  }
  dropRetoldHeadlines(out, headlines);
  out.splice(0, out.length, ...joinDuringVisits(joinDefiniteRetelling(dropUnplacedSameDay(placeBeforeAfterMeeting(out, body)), body), body));
  placeTitledGathering(out, a.article.title, setting.city);
  // The anchor resolves the meetings' times: an article whose meetings give none needs no search of its body for one.
  orderMeetings(out, out.some((m) => m.when) ? inferAnchor(body, a.article.date) : null);
  if (out.length > 1) {
    const people = new Set(personsIn(0, body.length));
    out.splice(0, out.length, ...joinSameName(joinSamePeople(out, (name) => people.has(name))));
  }
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
 * Reads one sentence's meetings, in the town of its frame when it has one. "Daily Press Briefing" over a list of its topics
 * ("Secretary Rice's Meeting with President Johnson-Sirleaf"): a topic line names what the press asked about, held where and
 * when the text says, not where and when the briefing is given.
 */
function readLine(sentence: string, s: Span, ctx: ArticleContext, frameCity: string | null | undefined, isTopicLine: boolean, out: Pending[]): void {
  const before = out.length;
  const city = isTopicLine ? null : frameCity;
  const setting = isTopicLine ? { ...ctx.setting, city: null, when: null } : city !== undefined ? { ...ctx.setting, city } : ctx.setting;
  readSentence(sentence, s, setting === ctx.setting ? ctx : { ...ctx, setting }, out);
  if (isTopicLine) for (const m of out.slice(before)) m.isTopic = true;
}

/** A daily briefing's title: "Daily Press Briefing", "Press Briefing by …". */
const BRIEFING_TITLE = /\bbriefing\b/i;
/** A line that closes as a sentence does: prose, not an item of a list of topics. */
const SENTENCE_STOP = /[.!?]["”’]?\s*$/;

/** A trip told by its noun ("a visit to Prague", "his trip to Lisbon") rather than by its verb. */
const TRIP_NOUN = /\b(?:visit|trip|journey)\s+to\s/i;

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
