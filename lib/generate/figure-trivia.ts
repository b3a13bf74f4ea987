/**
 * Figures not worth a student's time: a bare generic count ("events have been held"), a floor under a handful,
 * a length of time or a page count said in passing, and either end of a range. Blind reviewers sent each back.
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { containsWords, normalise } from './text';
import { sideOfWords } from './nations';

/**
 * Counted nouns that say nothing alone: "How many events have been held?" needs the sentence before
 * ("region-to-region events"); so does the sentence itself.
 */
const GENERIC_COUNT = /^(?:events?|things?|times?|cases?|items?|steps?|activities|projects?|measures?|initiatives?|issues?|questions?|documents?|ones?|meetings?|contacts?|programmes?|programs?)$/i;
/** Words of a description that add nothing to what is counted: auxiliaries, "been", "there". */
export const EMPTY_WORDS = new Set(['have', 'has', 'had', 'been', 'be', 'is', 'are', 'was', 'were', 'will', 'would', 'there', 'so', 'far', 'now', 'already', 'also']);

/** Whether a description counts a bare generic noun ("events have been held"). */
export function isVagueCount(f: Figure): boolean {
  // "in at least two regions": a floor under a handful says only "some", and a blank asks a guess.
  if ((f.qualifier === 'at least' || f.qualifier === 'more than' || f.qualifier === 'over') && f.value < 10) return true;
  const unit = normalise(f.unit).split(' ');
  if (unit.length !== 1 || !GENERIC_COUNT.test(unit[0] ?? '')) return false;
  const rest = normalise(f.about).split(' ').filter((w) => w && !unit.includes(w) && !EMPTY_WORDS.has(w));
  return rest.length <= 1;
}

/** Lengths of time and of documents, news only when the text stresses them ("lasted only 27 minutes"). */
const LENGTH_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|pages?)$/i;
const TRIP_LENGTH = /^[\s-]*(?:days?|weeks?|nights?|hours?)\b[\s-]+(?:[\w-]+\s+){0,2}(?:trip|visit|tour|journey|swing|stay|stopover|mission)s?\b/i;
/** A visit's routine stop, whose head count is no news: a town hall with troops, a meet-and-greet, a lunch. */
const ROUTINE_GATHERING = /\b(?:town[- ]hall|meet[- ]and[- ]greet|troop talk)\b/i;
const STRESSED = /\b(?:only|just|barely|merely|a record|marathon)\s+$/i;
/** A number a range or an idiom holds: "four or five", "between 1,000 and 2,000", "20-25". */
const NUMBER_WORD = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|dozens?|hundreds?|thousands?)`;
// "from 4.25% to 4%" is a change, not a range: "to" is read as one only after "range", "run" or "vary"
// ("requests run from 200,000 to 300,000 tons").
const RANGE_BEFORE = new RegExp(String.raw`(?:\bbetween\s+(?:\S+\s+and\s+)?|\b${NUMBER_WORD}\s+or\s+|\d\s*[-–]\s*|\b(?:ranges?|ranged|ranging|runs?|ran|varies|vary|varied)\s+from\s+(?:\S+\s+to\s+)?)$`, 'i');
const RANGE_AFTER = new RegExp(String.raw`^(?:\s+or\s+${NUMBER_WORD}\b|\s*[-–]\s*\d)`, 'i');

/**
 * A blank not worth a student's time: the head count of a town hall with troops, a length of time or a page count ("nearly two hours of talks", "the
 * past 10 days", "a 12-page declaration") unless the text stresses it, and either end of a range or an idiom ("four or five proposals",
 * "between 1,000 and 2,000 people"), which is guessed from its other end or is no figure at all.
 *
 * @example
 * isTrivialBlank(article, nearlyTwoHoursOfTalks); // → true
 */
export function isTrivialBlank(article: ArticleInput, f: Figure): boolean {
  const before = article.body.slice(Math.max(f.sentence.start, f.valueStart - 40), f.valueStart);
  const after = article.body.slice(f.valueEnd, Math.min(f.sentence.end, f.valueEnd + 40));
  if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return true;
  // "a 10-day international trip": how long a trip lasts is logistics, not a fact worth learning.
  if (TRIP_LENGTH.test(after)) return true;
  // "met in the town hall session with about 170 troops": the head count of a visit's routine stop (blind-49).
  if (ROUTINE_GATHERING.test(article.body.slice(f.sentence.start, f.sentence.end))) return true;
  if (isContingentSize(article, f)) return true;
  const unit = normalise(f.unit).split(' ')[0] ?? '';
  // Blind reviewers sent back every length asked as a figure, not only a meeting's ("the past 10 days",
  // "a 10-day trip", a declaration's page count): logistics, not the news, unless the text stresses it.
  return LENGTH_UNIT.test(unit) && !STRESSED.test(before);
}

/** What a state keeps in a coalition: "Germany has over 4,900 troops in Afghanistan and has just over 1,200 troops in Kosovo". */
const CONTINGENT_VERB = String.raw`(?:has|had|have|keeps?|kept|maintains?|maintained|contributes?|contributed|provides?|provided)`;
const CONTINGENT_OPENING = new RegExp(String.raw`^[\s“"]*(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+${CONTINGENT_VERB}\b`, 'u');
const CONTINGENT_BEFORE = new RegExp(String.raw`\b${CONTINGENT_VERB}\s+(?:(?:just\s+)?(?:over|under|more than|about|around|some|nearly|almost|roughly|close to|an estimated)\s+)?$`, 'i');
const CONTINGENT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:troops|soldiers|personnel|servicemen|service members)\s+(?:in|to|serving|deployed|stationed)\b/iu;

/**
 * Whether the figure is one state's contingent in a coalition, counted to the hundred ("Germany has over 4,900
 * troops in Afghanistan"): a detail of who contributes what, not history (blind-51), unless the headline gives it.
 *
 * @example
 * isContingentSize(article, germanTroops); // → true for "Germany has over 4,900 troops in Afghanistan"
 */
function isContingentSize(article: ArticleInput, f: Figure): boolean {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  const state = CONTINGENT_OPENING.exec(sentence)?.[1];
  if (!state || !sideOfWords(state)) return false;
  const before = article.body.slice(f.sentence.start, f.valueStart);
  return CONTINGENT_BEFORE.test(before) && CONTINGENT_AFTER.test(article.body.slice(f.valueEnd, f.sentence.end)) && !containsWords(article.title, f.raw);
}
