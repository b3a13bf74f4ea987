/** The event's own time, read from the words around its trigger: its own clause, a year or month before its noun, a relative adverb. */
import { SENTENCE_ABBREVIATIONS } from '../lexicons/abbreviations';

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

/** The words before a trigger that belong to the event's own clause. */
export function ownClause(prevSeg: string): string {
  const m = REPORTING_CLAUSE.exec(prevSeg) ?? SUBORDINATE_OPENING.exec(prevSeg);
  const own = m ? prevSeg.slice(m[0].length) : prevSeg;
  return own.includes(',') ? own.replace(SUBJECT_PARTICIPLE, ',') : own;
}

/**
 * Times that put an event in the article's own present: with no place in its own words, such an
 * event happens where the article is set ("met briefly in the middle of the day", in a Vienna transcript).
 */
export const PRESENT_WHEN = /^(?:today|tonight|this (?:morning|afternoon|evening)|(?:earlier|later)(?: on)? (?:today|tonight|this (?:morning|afternoon|evening))|over the past (?:few )?days|in the middle of the day)$/i;

/** "a previous round of talks", "the next meeting": an event of another time, not the article's present. */
export const OTHER_TIME_BEFORE = /\b(?:previous|earlier|last|past|former|next|upcoming|future|another|later)\s+(?:[\w-]+\s+){0,2}$/i;

/** What may come between a meeting's noun and its own time: "the G20 in Japan later this week", "the talks on Friday". */
export const OWN_TIME_BEFORE = /^\s*(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:on\s+)?$/u;

/**
 * A year right before an event noun, adjectives between: "its 2016 elections", "the 2024 presidential election", "a 2017
 * meeting", "2009's elections"; not a year that ends a phrase before it ("no more urgent priority in 2013 than restarting negotiations").
 */
export const YEAR_BEFORE = /\b((?:19|20)\d{2})(?:[’']s)?\s+(?:(?!(?:than|and|or|but|to|of|in|on|at|for|with|by|since|after|before|that|which|when|was|were|is|are|will|would)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "since January", "since Russia launched its invasion in February 2022": the phrase gives a span's start, up to its comma. */
export const SINCE_PHRASE = /\bsince\b[^,;]*/gi;
/** "February 2016": a month written right before the year. */
const MONTH_OF_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;

/** The year before an event noun (`YEAR_BEFORE`), with its month when written: "ahead of the country's February 2016 elections". */
export function yearBefore(before: string): string | undefined {
  const m = YEAR_BEFORE.exec(before);
  if (!m) return undefined;
  const month = MONTH_OF_YEAR.exec(before.slice(Math.max(0, m.index - 12), m.index));
  return month ? `${month[0]}${m[1] as string}` : m[1];
}
/** "a February summit", "the March elections": a month after a determiner, right before the event noun, is its own time. */
export const MONTH_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Nn]ext|[Ll]ast)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:(?!(?:than|and|or|but|to|of|in|on|at|for|with|by)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "met earlier", "had met previously": an adverb of relative time right after a meet verb, with no day of its own after it. */
export const VERB_TIME_ADVERB = /^\s+(earlier|previously|recently)\b(?!\s+(?:today|tonight|this|that|on|in|last|yesterday)\b)/i;
/** The end of a sentence inside a stretch of text: a stop, a capital after it, and no abbreviation before it ("U.S.", "Dr.", "Feb."). */
export const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:\p{Lu}|${SENTENCE_ABBREVIATIONS.join('|')}))[.!?]["”’]?\s+(?=["“‘]?\p{Lu})`, 'u');
