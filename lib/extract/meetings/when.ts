import { WHEN_RE } from '../dates';

/**
 * A span of time counted from the report: "two weeks ago", "a year from now", "three days earlier". The
 * shared WHEN_RE (dates.ts) resolves calendar dates and leaves these out; a meeting is still placed in time by them.
 */
const COUNTED = String.raw`\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa] few|\d{1,2})\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|from now|earlier)\b`
  // "will visit Zagreb in the coming weeks", "met twice in the last two weeks": a span the report counts from itself, unnumbered or not.
  + String.raw`|\b[Ii]n\s+the\s+(?:coming|next|last|past)\s+(?:(?:two|three|four|few|several)\s+)?(?:days|weeks|months)\b`;

const COUNTED_WHOLE = new RegExp(`^(?:${COUNTED})$`, 'u');

/**
 * Whether a time phrase is a span counted from the report ("in the coming weeks", "two days ago"), which dates no stop of a
 * tour: a visit it times is a visit, not a trip's frame.
 *
 * @example
 * isCountedSpan('in the coming weeks') // true
 * isCountedSpan('in March') // false
 */
export const isCountedSpan = (when: string) => COUNTED_WHOLE.test(when);

/** A private scanner: the shared expression and the counted spans, so matchAll never clones it per call. */
const WHEN_SCAN = new RegExp(`${COUNTED}|${WHEN_RE.source}`, WHEN_RE.flags);

/** "next week's meeting": a time in the possessive belongs to the noun after it, not to what came before. */
const POSSESSIVE_AFTER = /^[’']s?\b/;
/** "September 28 – October 1": a dash between two times joins them into one span. */
const RANGE_DASH = /^\s*[–—-]\s*$/;
/** "from 3-7 April 2016": the first day of a range written before the day that opens the date. */
const DAY_BEFORE = /\b\d{1,2}\s*[–—-]\s*$/;
/** "In the evening of March 19": the part of the day written before the date. */
const PART_OF_DAY_BEFORE = /\b(?:[Ii]n\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+$/;
/** "two years ago in 2019": a counted span and the time that names it are one. */
const COUNTED_END = /(?:ago|from now|earlier)$/;

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const STARTS_CAPITAL = /^\p{Lu}/u;
/** "next week’s ", "Monday’s joint ": a possessive, then up to two lower-case words, at the end of the text. */
const POSSESSIVE_BEFORE_NOUN = /[’']s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** The same, as the whole text. */
const ONLY_POSSESSIVE_BEFORE_NOUN = /^[’']s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Every time phrase of the text, a range ("September 28 – October 1", "two years ago in 2019") as one. */
function scan(text: string): { text: string; end: number }[] {
  const out: { text: string; end: number; start: number }[] = [];
  WHEN_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHEN_SCAN.exec(text))) {
    if (m[0] === '') { WHEN_SCAN.lastIndex++; continue; }
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.index) : '';
    if (prev && (RANGE_DASH.test(gap) || (COUNTED_END.test(prev.text) && /^\s+$/.test(gap)))) {
      prev.text = text.slice(prev.start, m.index + m[0].length);
      prev.end = m.index + m[0].length;
    } else {
      // "visited Ghana from 3-7 April 2016": the days before the dash are the range's start, not a number apart.
      const lead = m.index > 0 && /^\d/.test(m[0]) ? DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index))
        // "In the evening of March 19": the part of the day is the time's, said first.
        : m.index > 0 && STARTS_CAPITAL.test(m[0]) ? PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
      const start = lead ? m.index - lead[0].length : m.index;
      out.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * The first "when" phrase of the text that is not a possessive of the next noun ("ahead of next week's meeting").
 *
 * @example
 * firstWhen(' ahead of next week’s meeting in Paris') // undefined
 * firstWhen(' with Soreide two weeks ago') // 'two weeks ago'
 */
export function firstWhen(text: string): string | undefined {
  return scan(text).find((w) => !POSSESSIVE_AFTER.test(text.slice(w.end)))?.text;
}

/**
 * The last "when" phrase of the text, a range whole.
 *
 * @example
 * lastWhen('will travel to Beijing September 28 – October 1 to') // 'September 28 – October 1'
 */
export function lastWhen(text: string): string | undefined {
  return scan(text).at(-1)?.text;
}

/**
 * A time in the possessive right before a meeting's noun, a few adjectives between: "next week’s round of talks",
 * "2019’s summit". It is the meeting's own time, before any time its clause gives later.
 *
 * @example
 * possessiveWhen('officials doubt that next week’s ') // 'next week'
 * possessiveWhen('after next week, the ') // undefined
 */
export function possessiveWhen(before: string): string | undefined {
  if (!POSSESSIVE_BEFORE_NOUN.test(before)) return undefined;
  const last = scan(before).at(-1);
  return last && ONLY_POSSESSIVE_BEFORE_NOUN.test(before.slice(last.end)) ? last.text : undefined;
}
