/**
 * Stages 2 and 3 of meeting extraction: for one trigger, the event's own words (the clause after its
 * noun, up to the next trigger or clause break, and the words before it), its place and time read
 * from them, and whether the text says enough for it to be a meeting.
 */
import { SENTENCE_ABBREVIATIONS } from '../lexicons/abbreviations';
import { VENUE_CITY_LEXICON } from '../lexicons/places';
import type { MeetingKind } from '../types';
import { cityIn } from './setting';
import { captionPlace } from './caption-place';
import { CLAUSE_END, findPlace } from './places';
import { isApposedBuilding, isBuildingName, isInBuilding, isInTheTown } from './place-buildings';
import { isPeopleVote } from './people-vote';
import { isBriefVerb, isElectVerb, isGatherVerb, isStateVisit, isHostVerb, isTalkVerb, isTestifyVerb, TALKS_IDIOM, typeOf } from './triggers';
import { firstWhen, lastWhen, possessiveWhen } from './when';
import { isReturnedFrom } from './return-from';
import { legislatureSeat } from './legislature';
import { isComingDay, REPEATED_AFTER } from './near-present';
import { isAwayTrip } from './away-trip';
import { COUNTRIES } from '../lexicon';

const TOWN_COUNCIL_RE = /^(\p{Lu}[\p{L}-]+)\s+(?:City|Town|County|Borough|Parish|Municipal|District)\s+Council$/u;
/** A governing body as the subject of "meet", or before "meeting": "the board will meet", "the council's meeting". */
export const BODY_BEFORE = /\b(?:board|council|committee|cabinet|commission|panel|directors|trustees|governors|shareholders)(?:[’']s?)?\s+(?:(?:will|would|is to|are to|is due to|are due to|plans to|plan to|is expected to|are expected to)\s+)?(?:next\s+|regular\s+|special\s+)?$/i;
/** "held a strike vote", "will hold talks": a meeting that took place, or will, by the verb. */
const HELD_BEFORE = /\b(?:held|hold|holds|holding|convened?|convenes|chaired|chairs?|called|scheduled|attended|attends?)\s+(?:(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}|the\s+[“"](?:[\w+-]+\s+){0,4})$/i;
/** "behind closed doors", "a closed-door briefing": a meeting by its privacy. */
const CLOSED_DOOR = /\bclosed[- ]door\b/i;

/**
 * "the minister said on Monday in Rome that talks in Madrid would follow": the reporting clause ends at
 * "that"; its time and place are the report's, not the event's.
 */
const REPORTING_CLAUSE = /^.*\b(?:said|says|told\s+[\w\s]{1,30}?|announced|added|stated|confirmed|disclosed|revealed)\b[^,;:“”"]*?\bthat\s/s;

/**
 * "Two soldiers were killed Wednesday, the military said, as talks between the two sides were set to resume": a
 * clause of its own opens at a subordinating conjunction after a comma; the time before it is the other clause's.
 */
const SUBORDINATE_OPENING = /^.*,\s+(?:as|while|whereas|because|although|though|following)\s/s;

/**
 * "The Liberian President, inaugurated a year ago as the first woman …, held a series of meetings": a participle set off by
 * commas describes the subject; its time is the subject's history, not the meeting's ("held" and "convened" tell the event).
 */
const SUBJECT_PARTICIPLE = /,\s+(?!held\b|convened\b)\p{Ll}+(?:ed|en)\b[^,;]*,/gu;

/** "in Iraq", "also in Kenya": a state right after the trigger (its adverb between). */
const IN_STATE_AFTER = /^\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:with|to|on|for)\b/u;
/** "visited Afghanistan, where he met": the state a "where" clause refers back to. */
const IN_STATE_WHERE = /\bvisit(?:ed|s)?\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+where\s+(?:[\p{L}’'-]+\s+){1,3}$/u;
const isState = (name: string | undefined) => name !== undefined && COUNTRIES.has(name.toLowerCase().replace(/\s+/g, '-'));
const inStateAfter = (seg: string) => isState(IN_STATE_AFTER.exec(seg)?.[1]);
const inStateBefore = (before: string) => before.includes('where') && isState(IN_STATE_WHERE.exec(before)?.[1]);

/** The words before a trigger that belong to the event's own clause. */
function ownClause(prevSeg: string): string {
  const m = REPORTING_CLAUSE.exec(prevSeg) ?? SUBORDINATE_OPENING.exec(prevSeg);
  const own = m ? prevSeg.slice(m[0].length) : prevSeg;
  return own.includes(',') ? own.replace(SUBJECT_PARTICIPLE, ',') : own;
}

/** "the Pentagon news conference", "a White House meeting": a venue right before the noun stands for its city. */
const VENUE_CITIES = Object.entries(VENUE_CITY_LEXICON.record);
function venueCityBefore(before: string): string | null {
  const tail = before.slice(-40).trimEnd().toLowerCase();
  for (const [venue, city] of VENUE_CITIES) if (tail.endsWith(venue) && !/[\p{L}]/u.test(tail[tail.length - venue.length - 1] ?? ' ')) return city;
  return null;
}

/**
 * Times that put an event in the article's own present: with no place in its own words, such an
 * event happens where the article is set ("met briefly in the middle of the day", in a Vienna transcript).
 */
export const PRESENT_WHEN = /^(?:today|tonight|this (?:morning|afternoon|evening)|(?:earlier|later)(?: on)? (?:today|tonight|this (?:morning|afternoon|evening))|over the past (?:few )?days|in the middle of the day)$/i;

/** "a previous round of talks", "the next meeting": an event of another time, not the article's present. */
const OTHER_TIME_BEFORE = /\b(?:previous|earlier|last|past|former|next|upcoming|future|another|later)\s+(?:[\w-]+\s+){0,2}$/i;

/** What may come between a meeting's noun and its own time: "the G20 in Japan later this week", "the talks on Friday". */
const OWN_TIME_BEFORE = /^\s*(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:on\s+)?$/u;

/**
 * A year right before an event noun, adjectives between: "its 2016 elections", "the 2024 presidential election", "a 2017
 * meeting", "2009's elections"; not a year that ends a phrase before it ("no more urgent priority in 2013 than restarting negotiations").
 */
const YEAR_BEFORE = /\b((?:19|20)\d{2})(?:[’']s)?\s+(?:(?!(?:than|and|or|but|to|of|in|on|at|for|with|by|since|after|before|that|which|when|was|were|is|are|will|would)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "since January", "since Russia launched its invasion in February 2022": the phrase gives a span's start, up to its comma. */
const SINCE_PHRASE = /\bsince\b[^,;]*/gi;
/** "February 2016": a month written right before the year. */
const MONTH_OF_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;

/** The year before an event noun (`YEAR_BEFORE`), with its month when written: "ahead of the country's February 2016 elections". */
function yearBefore(before: string): string | undefined {
  const m = YEAR_BEFORE.exec(before);
  if (!m) return undefined;
  const month = MONTH_OF_YEAR.exec(before.slice(Math.max(0, m.index - 12), m.index));
  return month ? `${month[0]}${m[1] as string}` : m[1];
}
/** "a February summit", "the March elections": a month after a determiner, right before the event noun, is its own time. */
const MONTH_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Nn]ext|[Ll]ast)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:(?!(?:than|and|or|but|to|of|in|on|at|for|with|by)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "met earlier", "had met previously": an adverb of relative time right after a meet verb, with no day of its own after it. */
const VERB_TIME_ADVERB = /^\s+(earlier|previously|recently)\b(?!\s+(?:today|tonight|this|that|on|in|last|yesterday)\b)/i;
/**
 * A meeting noun as what is talked about: the object of "about", "regarding", "on" or of a verb of discussing
 * ("conferred about the P5+1 talks", "briefed them on the summit", "discussed next week's meeting", "preparations for the G20
 * summit"), no "of" between.
 */
/** A picture's label as image pages print it: "Date: 01/29/2016 Description: …". */
const PHOTO_CAPTION = /^\s*(?:Date:\s*\S+\s+)?Description:\s/;
const TOPIC_BEFORE = /\b(?:(?:about|regarding|concerning|discuss(?:es|ed|ing)?|review(?:s|ed|ing)?|prepar(?:e|es|ed|ing|ations?)\s+for)\s+(?:(?:the|a|an|this|that|next|last|their|his|her|its)\s+)?|on\s+(?:the|this|that|next|last|their|his|her|its)\s+)(?:(?!(?:of|and|or|but|to|at|in|for|with|by|was|were|is|are|be|will|would|had|has|have|held|hold)\b)[\p{L}\d+’'-]+\s+){0,3}$/iu;
/** "start date for", "the timing of", "prospects for": the words of a meeting whose day is not yet settled, adjectives between. */
const UNSETTLED_BEFORE = /\b(?:(?:start(?:ing)?\s+)?date|timing|prospects?)\s+(?:of|for)\s+(?:(?:the|a|an|new|fresh|any|further)\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}$/iu;
/** "the P5+1 talks", "the Doha talks": a name right before the meeting noun, after "the". */
const PROPER_MODIFIER_BEFORE = /\b[Tt]he\s+\p{Lu}[\p{L}\d+&.’'-]*\s+$/u;
/**
 * A verb of holding or taking part right before a meeting noun, past or present, with at most a determiner and two
 * words between: "held talks", "conducted a joint news conference", "The two sides resumed negotiations"; not a
 * phrasal verb ("has held up negotiations": delayed them). "Held the 33rd meeting of the working group": an ordinal makes
 * "the" meeting a new one of a series.
 */
const HOLD_VERB_BEFORE = /(?<!\b(?:to|will|would|could|should|may|might|must|shall|can|cannot|not|never)\s)\b(?:held|holds|conducted|conducts|hosted|hosts|attended|attends|chaired|chairs|convened|gave|gives|addressed|began|begins|resumed|resumes|opened|concluded)\s+(?!(?:up|back|off|out|down|over|on)\b)(?:(?:a|an|their|its|his|her|our|two|three|several|the\s+\d+\s?(?:st|nd|rd|th)|the\s+(?:first|second|third|\p{L}+th))\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A verb of taking place right after the meeting noun, its subject: "took place", "was held", "will take place". */
const OCCURRED_AFTER = /^\s+(?:(?:was|were|is|are|will be|has been|had been)\s+held|took place|takes place|(?:will|would)\s+take place|(?:has|had) taken place)\b/;
/** "is doing a press availability", "did a news conference": "do" holds one too, with "a" (not the auxiliary of "How did the meetings go?"). */
const DO_HOLD_BEFORE = /(?<!\b(?:to|will|would|could|should|may|might|must|shall|can|not|never)\s)\b(?:did|does|doing)\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "is to brief reporters", "will brief the press": a briefing not yet given. */
/**
 * Words that tell an election took place, its adjectives between: "there have been new elections", "Chile held
 * elections", "congratulated the Chilean people on their presidential election"; not "there have been calls for elections".
 */
const ELECTION_HELD_BEFORE = /(?:\bthere\s+(?:have|has|had)\s+been|\bthere\s+(?:was|were)|(?<!\b(?:to|will|would|could|should|may|might|must|not)\s)\bheld|\bcongratulat(?:e|es|ed|ing)\s+[^.;:]{1,60}?\s(?:for|on))\s+(?:(?:a|an|the|their|its|his|her|new|special|recent|free)\s+)?(?:(?!(?:for|of|to|about|against|on|no|any)\b)[\p{L}-]+\s+){0,2}$/iu;
/**
 * Two named parties and a verb that tells their talks going on: "between Serbia and Kosovo resumed", "between the
 * union and the airline broke down", "between the U.S. and the Taliban were set to resume"; not "… are needed".
 */
const PARTIES_UNDERWAY = /^\s+between\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+(?:(?:(?:were|was|are|is)\s+(?:set|due|scheduled|expected)\s+to|(?:have|has|had)|will)\s+)?(?:resum|begin|began|begun|start|open|end|collaps|broke\s+down|stall|continu|conclud)/u;
const NOT_YET_BEFORE = /\b(?:to|will|would|could|should|may|might|must|shall|can|plans? to|expected to)\s+$/i;
/** The end of a sentence inside a stretch of text: a stop, a capital after it, and no abbreviation before it ("U.S.", "Dr.", "Feb."). */
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:\p{Lu}|${SENTENCE_ABBREVIATIONS.join('|')}))[.!?]["”’]?\s+(?=["“‘]?\p{Lu})`, 'u');
/** A body that sits in session, as the subject before the noun: "The Security Council met in an emergency session". */
const SESSION_BODY = /\b(?:Council|Committee|Senate|House|Parliament|Assembly|Court|Commission|Congress|Bundestag|Duma|Knesset)\b[^,;]*$/;
/** "with visiting Russian Foreign Minister …", "hosted the visiting delegation". */
const VISITING = /^\s+(?:with\s+)?(?:the\s+)?visiting\b/;

/** "the Yemen meeting": the one capitalised word after "the", right before the noun. */
const PLACE_MODIFIER_BEFORE = /\b[Tt]he\s+(\p{Lu}[\p{L}’'-]+)\s+$/u;

/** Whether the noun's modifier after "the" is a state: "the Yemen meeting". */
function isPlaceModifier(before: string): boolean {
  const word = PLACE_MODIFIER_BEFORE.exec(before)?.[1];
  // "the French talks": a nationality names the parties, not the state the meeting concerns.
  // "the Geneva talks": a town's name places the meeting, and a mention placed there joins the meeting told there.
  return word !== undefined && COUNTRIES.has(word.toLowerCase());
}

/**
 * "the two presidents held talks", "Austin briefed reporters", "gave a news conference": a meeting that took place,
 * by the verb whose object it is (not "agreed to hold talks", "will hold a summit": those need a time of their own).
 * A module function, not a closure in `readEvent`: tsx's keepNames renames a named closure on every call, and
 * readEvent runs once per trigger.
 */
function isHeldByVerb(trig: string, before: string): boolean {
  return (!/ceremon/i.test(trig) && (HOLD_VERB_BEFORE.test(before) || DO_HOLD_BEFORE.test(before))) || (isBriefVerb(trig) && !NOT_YET_BEFORE.test(before));
}

/** An event the text states, read from the words around its trigger. */
export interface EventRead {
  what: string;
  type: MeetingKind;
  place: string | null;
  when: string | null;
  /** A body's own meeting, dated: "the club's board will meet on Monday evening". */
  isBodyMeeting: boolean;
  /** Named by the state it concerns: "the Yemen meeting". */
  isPlaceNamed?: boolean;
  /** Held during a trip elsewhere ("during the visits"): neither the dateline's town nor the report's day. */
  isAway?: boolean;
  /** Placed by its own words in a state, no town ("met in Iraq with …"): no trip's town either. */
  isInState?: boolean;
  /** What is talked about ("discussed the G20 summit", "preparations for the G20 summit"), not an event of the report's day. */
  isTopic?: boolean;
  /** Placed in the article's town by a day counted from the report ("on Monday"), not by its own words: no retelling of a meeting held there. */
  isSettingDay?: boolean;
}

/** Where an article is set: its dateline's city, else a city its title or header lines name. */
export interface ArticleSetting {
  dateline: string | null;
  city: string | null;
  /** The article records a call (a readout): "spoke with X" there is a call, dated or not. */
  isCallRecord: boolean;
  /** The article's own date as written (dateline or header line): the time of an undated meeting it reports. */
  when?: string | null;
  /** The article's date as written, else its publication date: the year its undated meetings are of. */
  published?: string | null;
  /** The town is the news's own, from the title or the lead ("US, African Leaders Meet in Washington"), not a dateline or byline's. */
  isStoryTown?: boolean;
}

/** The words one trigger is read from. */
export interface EventWords {
  sentence: string;
  trig: string;
  at: number;
  what: string;
  /** The words after the trigger, up to the next trigger. */
  seg: string;
  /** Up to 60 characters before the trigger. */
  before: string;
  /** The words between the previous trigger and this one. */
  prevSeg: string;
  /** The words right after the trigger name a person it is held with ("met with President Guelleh"). */
  withWhom?: boolean;
  /** Held on the sidelines of the next event the sentence names ("a meeting of the contact group in the margins of the summit"). */
  isOnSidelines?: boolean;
}

/** Place: from the event's words, else a building or "the capital" in the dateline's city, else a town's own council. */
function placeOf(w: EventWords, type: MeetingKind, dateline: string | null): string | null {
  const { sentence, at, seg, what } = w;
  // A call is held nowhere in particular: its place is "virtual", as a video conference's is. "Spoke with
  // X" is a call unless its clause places it ("in Paris") or ties it to an event ("at the summit").
  let place = isTalkVerb(w.trig.toLowerCase()) ? captionPlace(w.trig, seg) ?? talkPlace(seg, sentence.slice(0, at))
    : type === 'video-conference' || type === 'call' ? 'virtual' : findPlace(seg, sentence.slice(0, at), w.trig);
  // "told a press conference at the Bank's headquarters", "met at the Capitol": a building without a
  // town is in the dateline's city, when the article has a dateline.
  if (!place && dateline && (isInBuilding(seg) || isInTheTown(seg))) place = dateline;
  // "at Raj Bhavan": a named building, not a town, is in the dateline's city too.
  // "at the Kyria, the headquarters of …": a name its description calls a building is no town either.
  if (place && dateline && (isBuildingName(place) || isApposedBuilding(seg, place))) place = dateline;
  // "the Millbrook City Council": a town's council sits in the town.
  const townCouncil = !place && what.endsWith(' Council') ? TOWN_COUNCIL_RE.exec(what) : null;
  if (townCouncil) place = townCouncil[1] as string;
  // "at the Pentagon", "at the White House": a venue that stands for its city is in that city.
  const venueCity = place ? VENUE_CITY_LEXICON.record[place.toLowerCase()] : undefined;
  return venueCity ?? place ?? venueCityBefore(w.before) ?? cityNamed(what) ?? hearingSeat(w);
}

/** "appearing before the House human rights subcommittee", "a Senate committee hearing": a hearing sits where its legislature does. */
function hearingSeat(w: EventWords): string | null {
  if (!isTestifyVerb(w.trig) && !/^(?:hearings?|sessions?)$|committee$/i.test(w.trig)) return null;
  return legislatureSeat(`${w.before.slice(-50)}${w.trig}${w.seg.split(CLAUSE_END)[0] ?? ''}`);
}

/** "spoke with President Macron in Paris", "spoke to Hollande at the European Council", else a call. */
function talkPlace(seg: string, before: string): string | null {
  const clause = seg.split(/[,;:]/)[0] ?? '';
  if (/\bby (?:tele)?phone\b|\bover the phone\b/i.test(clause)) return 'virtual';
  const place = findPlace(clause, before);
  if (place) return place;
  return /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|its)\s/i.test(seg.split(CLAUSE_END)[0] ?? '') ? null : 'virtual';
}

/** A call noun that only its kind places ("virtual"): no one named, no time, no readout of calls, no "by video link" in its words. */
function isUnheldCall(w: EventWords, type: MeetingKind, place: string | null, when: string | null, setting: ArticleSetting): boolean {
  if ((type !== 'call' && type !== 'video-conference') || place !== 'virtual' || when !== null || w.withWhom || setting.isCallRecord) return false;
  if (isTalkVerb(w.trig.toLowerCase()) || /\b(?:by|via|over)\s/i.test(w.trig)) return false;
  // "she told the analyst call": a company's analyst, earnings or conference call is an event held by its name.
  if (/^(?:analyst|earnings|investor|conference) call$/i.test(w.trig)) return false;
  return !/^\s*(?:,\s*)?(?:by|via|over|with|between)\s/i.test(w.seg) && !/\b(?:virtual|online|video)\b/i.test(w.before.slice(-25));
}

/**
 * "the London Summit", "the Munich Security Conference", "the St Petersburg International Economic Forum": a meeting
 * named after its city (the name's first one to three words, or its last: "the U.S.-GCC Camp David Summit") is held there.
 */
function cityNamed(what: string): string | null {
  const name = /^((?:\p{Lu}[\p{L}.-]*\s+){1,4})(?:Summit|Conference|Forum|Talks|Meeting)$/u.exec(what)?.[1];
  if (!name) return null;
  const words = name.trim().split(/\s+/);
  const isWhole = (part: string, city: string | null) => city !== null && city.replace(/\W/g, '').toLowerCase() === part.replace(/\W/g, '').toLowerCase();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const city = cityIn(lead);
    if (isWhole(lead, city)) return city;
  }
  // "the U.S.-GCC Camp David Summit": the city may end the name, right before its noun.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const city = cityIn(tail);
    if (isWhole(tail, city)) return city;
  }
  return null;
}

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
  const verbAdverb = /^(?:meet|meets|met)$/.test(trig) ? VERB_TIME_ADVERB.exec(seg)?.[1] : undefined;
  // "next week’s round of talks … demands on December 17": a time in the possessive before the noun is its own.
  const ownPossessive = possessiveWhen(prevSeg);
  // "flew home Thursday from his meeting with Kim": a time of the journey's clause, before or after the noun, is the journey's.
  const isOrigin = isReturnedFrom(w.sentence.slice(0, w.at));
  const when = (ownPossessive ?? (isOrigin ? undefined : segWhen ?? verbAdverb) ?? ownYear ?? (isOrigin || isSinceDated ? undefined : prevWhen) ?? null)?.replace(/^on\s+/i, '').replace(/^([^(]*)\)$/, '$1').trim() ?? null;
  const isNamed = /^[A-Z]/.test(what) && /(Council|Conference|Summit|Forum|Dialogue|Organization|Organisation)/.test(what);
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
  const isWithSomeone = Boolean(w.withWhom) && (isVerb || isTalkVerb(trig.toLowerCase()) || isHostVerb(trig) || /^\s+(?:with|between)\b/.test(seg) && /^(?:meetings?|talks|call|conversation|discussions?|bilat(?:eral)?s?|(?:press|news) conference)$/i.test(trig));
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
  const isDefiniteRef = /\bthe\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !place && !isNamed && !isVerb && trig !== 'trial' && !hasOwnTime && !(isWithSomeone && /^\s+between\b/.test(seg)) && !isSpecificTopic && !isUnderway && !isHeldByVerb(trig, before) && !isPlaceNamed && !ownYear;
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
  const isDated = when !== null && (((/\d/.test(when) || isBodySession) && /^(?:meeting|session|hearing|summit|vote|sentencing|briefing)$/i.test(trig))
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
