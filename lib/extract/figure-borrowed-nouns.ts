import { tailWords } from './figure-amounts';
import { COUNT_UNIT, isClaimed, MONTH_BEFORE, NOT_UNITS, PAIRED_NOUNS, parseValue, UNITS_DIGIT, WORDS, type RawFigure } from './figure-numbers';
import { qualifierOf } from './figure-qualifiers';

/**
 * Numbers whose noun the text gives elsewhere: a part of a count ("21 of them"), a number after "Of the
 * 27 member states", a sibling of a count ("52 seats, down from 96") and "of whom" counts. Each pass reads
 * one sentence's text with the figures figures.ts found in it and adds to them.
 */

/** " of them", " of the": where a part of a count may be named; the number before it is read backwards. */
const PARTITIVE_OF_RE = /\s+(?:out\s+)?of\s+(?:(them|those|these)\b(?:\s+([a-z]+))?|(?:the|its|their|our|his|her)\s+(?=[\da-z]|[\p{L}-]+[’']s\s))/giu;
/** After "of the": a whole named by its owner, "the country's top leaders". */
const OWNED_WHOLE_RE = /[\p{L}-]+[’']s\s+((?:[a-z-]+\s+){0,2}?)([a-z]+s|people)\b/uy;
const NUMBER_WORD_END = new RegExp(String.raw`\b(?:${WORDS})$`, 'i');
const NUMBER_BEFORE_RE = new RegExp(String.raw`(?:^|[^\w.,:$€£-])(${UNITS_DIGIT}|${WORDS})$`, 'i');
/** After "of the": the whole, then its noun ("169 seats", "eight member states"). */
const WHOLE_RE = new RegExp(String.raw`(?:${UNITS_DIGIT}|${WORDS})\s+((?:[a-z-]+\s+){0,2}?)([a-z]+s|people|children|men|women)\b`, 'iy');
const PLURAL_NOUN = /^(?:[a-z]+s|people|children|men|women)$/;
/** After "of his": a whole the sentence does not count, "20 of his relatives", "three of the suspects". */
const UNCOUNTED_WHOLE_RE = /((?:[a-z-]+\s+){0,2}?)([a-z]+s|people|children|men|women)\b(?!['’])/y;

/**
 * A part of a count: "24 people have died, 21 of them children", "340 children were treated, 41 of
 * them in intensive care" (the count's noun) and "53 of the 169 seats".
 */
export function addPartitives(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
  if (!text.includes(' of ')) return;
  PARTITIVE_OF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARTITIVE_OF_RE.exec(text))) {
    // Most " of the" follow a plain word: look at the word before first.
    const c = text.charCodeAt(m.index - 1);
    if (!(c >= 48 && c <= 57) && !NUMBER_WORD_END.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    const num = NUMBER_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!num) continue;
    const raw = num[1] as string;
    const end = m.index;
    const start = end - raw.length;
    let whole: RegExpExecArray | null = null;
    let uncounted = false;
    if (!m[1]) {
      WHOLE_RE.lastIndex = m.index + m[0].length;
      whole = WHOLE_RE.exec(text);
      if (!whole) {
        OWNED_WHOLE_RE.lastIndex = m.index + m[0].length;
        whole = OWNED_WHOLE_RE.exec(text);
      }
      if (!whole) {
        UNCOUNTED_WHOLE_RE.lastIndex = m.index + m[0].length;
        whole = UNCOUNTED_WHOLE_RE.exec(text);
        uncounted = whole !== null;
      }
      if (!whole || NOT_UNITS.has((whole[2] as string).toLowerCase())) continue;
    }
    if (isClaimed(claims, start, end) || /^(19|20)\d\d$/.test(raw) || MONTH_BEFORE.test(text.slice(0, start))) continue;
    const value = parseValue(raw);
    if (value === null) continue;
    let unit: string | null = null;
    let about = '';
    const next = (m[2] ?? '').toLowerCase();
    if (whole) {
      unit = (whole[2] as string).toLowerCase();
      about = `${(whole[1] ?? '').trim()} ${unit}`.trim();
    } else if (next && PLURAL_NOUN.test(next) && !NOT_UNITS.has(next)) {
      unit = next;
      about = `${unit} ${tailWords(text, m.index + m[0].length)}`.trim();
    } else {
      // "41 of them in intensive care": them are what the sentence counted just before.
      const earlier = found.filter((f) => f.valueStart < offset + start && COUNT_UNIT.test(f.unit)).pop();
      if (!earlier) continue;
      unit = earlier.unit;
      about = `${unit} ${tailWords(text, m.index + m[0].length)}`.trim();
    }
    // "two of them" points back at a pair; "two of its nine members" counts out of a stated whole.
    if (/^two$/i.test(raw) && PAIRED_NOUNS.has(unit) && (!whole || uncounted)) continue;
    addDerived(found, claims, text, offset, { value, unit, about, raw, start, end });
  }
}

/** The last count of something ("five million doses"): what a later bare number leaves out. */
export interface RecentCount { unit: string; about: string; at: number }
/** How far back (in characters) a bare "fewer than 200,000." may borrow its noun. */
export const ELIDED_REACH = 400;
/** A borrowed noun needs "Of the …" or a qualifier right before a number at a clause's end. */
const ELIDED_CUE = /\b(?:than|about|around|nearly|almost|least|to|roughly|some|approximately)\s+[\d\p{L}][^\s,.;]*[,.;”"’]/u;
const BARE_RE = new RegExp(String.raw`(?<![\w.,:$€£-])(${UNITS_DIGIT}|${WORDS})(?![\w%-]|[.,]\d)`, 'gi');

/**
 * Records a figure whose noun the sentence gave elsewhere (a part of a count, a sibling, an elided or an
 * "of whom" count) at [start, end) of sentence `text`, which starts at `offset`, and claims its number.
 */
function addDerived(
  found: RawFigure[], claims: [number, number][], text: string, offset: number,
  f: { value: number; unit: string; about: string; raw: string; start: number; end: number },
): void {
  claims.push([f.start, f.end]);
  found.push({
    value: f.value, unit: f.unit, about: f.about, raw: f.raw, valueStart: offset + f.start, valueEnd: offset + f.end,
    qualifier: qualifierOf(text.slice(0, f.start)), status: null, sentence: { start: offset, end: offset + text.length },
  });
}

interface BareNumber { raw: string; start: number; end: number; before: string; after: string }

/** Numbers in a sentence with no noun of their own yet: not claimed, not a year, a date's day, "one" or "two". */
function* bareNumbers(text: string, claims: [number, number][]): Generator<BareNumber> {
  BARE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_RE.exec(text))) {
    const raw = m[1] as string;
    const start = m.index;
    const end = start + raw.length;
    if (isClaimed(claims, start, end) || /^(19|20)\d\d$/.test(raw) || /^(?:two|one)$/i.test(raw)) continue;
    const before = text.slice(0, start);
    if (MONTH_BEFORE.test(before)) continue;
    yield { raw, start, end, before, after: text.slice(end) };
  }
}

/**
 * Numbers whose noun is left out because the sentence or the one before just gave it: "Of the 27 member
 * states, 24 backed it" and "The stockpile should hold five million doses. It held fewer than 200,000."
 */
export function addElided(text: string, offset: number, found: RawFigure[], claims: [number, number][], recent: RecentCount | null): void {
  const isOfThe = /^\s*Of (?:the|its|their|these|those)\s/.test(text);
  if (!isOfThe && !(recent && ELIDED_CUE.test(text))) return;
  for (const { raw, start, end, before, after } of bareNumbers(text, claims)) {
    const value = parseValue(raw);
    if (value === null) continue;
    let unit: string | null = null;
    let about = '';
    const earlier = found.filter((f) => f.valueStart < offset + start && COUNT_UNIT.test(f.unit)).pop();
    if (isOfThe && earlier && /^,\s*$/.test(text.slice(earlier.valueEnd - offset).split(raw)[0]?.replace(/^[^,]*/, '') ?? '')) {
      unit = earlier.unit;
      about = `${unit} ${tailWords(text, end)}`.trim();
    } else if (recent && qualifierOf(before) !== null && /^\s*(?:[.,;”"’]|$)/.test(after) && value >= 10) {
      unit = recent.unit;
      about = recent.about;
    }
    if (!unit) continue;
    addDerived(found, claims, text, offset, { value, unit, about, raw, start, end });
  }
}

/** Before a number that shares the noun of a count before it: "52 seats, down from 96", "won nine", "the majority mark of 74". */
const SIBLING_BEFORE = /\b(?:(?:up|down) from|compared (?:with|to)|won|took|secured|claimed|gained|remaining|another|(?:mark|threshold) of)\s+$/i;
/** After it: the number ends its clause or runs on without a noun of its own ("14 more", "fewer than 100 in", "more than 400 slept"). */
const SIBLING_AFTER = /^(?:\s*(?:[,.;:)”"’—–]|$)|\s+(?:in|on|at|for|by|from|while|and|but|or|as|with|a|an|the|this|last|before|after|since|during|across|over|were|was|are|had|have|more|fewer|needed|required|remained|stayed|slept|fled|died|[a-z]+ed)\b)/i;
/** A number that says by itself it is one more of the count before it ("14 more", "the 85 needed"). */
const SIBLING_ALONE_AFTER = /^\s+(?:more|fewer|needed|required)\b/i;
const PLAIN_COUNT = new RegExp(String.raw`^(?:\d{1,3}(?:,\d{3})+|\d+|${WORDS})$`, 'i');

/**
 * Bare numbers that borrow the noun of a count earlier in the same sentence: "The party was reduced to
 * 52 seats, down from 96, while its ally won nine and independents took the remaining five." Only plain
 * whole counts lend and borrow (never money or percentages), and only after a cue that they compare.
 */
export function addSiblings(text: string, offset: number, counts: RawFigure[], found: RawFigure[], claims: [number, number][]): void {
  const lenders = counts.filter((f) => COUNT_UNIT.test(f.unit) && PLAIN_COUNT.test(f.raw) && f.value > 2);
  if (lenders.length === 0) return;
  for (const { raw, start, end, before, after } of bareNumbers(text, claims)) {
    const lender = lenders.filter((f) => f.valueEnd <= offset + start).pop();
    if (!lender || !PLAIN_COUNT.test(raw)) continue;
    const qualifier = qualifierOf(before);
    const cued = SIBLING_ALONE_AFTER.test(after) || ((SIBLING_BEFORE.test(before) || qualifier !== null) && SIBLING_AFTER.test(after));
    const value = parseValue(raw);
    if (!cued || value === null) continue;
    // The lender's description is of its own number ("1,300 people registered"); this one's is its own tail.
    const tail = tailWords(text, end);
    const about = tail && !/^(?:more|fewer)\b/i.test(tail) ? `${lender.unit} ${tail}` : lender.unit;
    addDerived(found, claims, text, offset, { value, unit: lender.unit, about, raw, start, end });
  }
}

/** "first-time voters, of whom there were nearly 9.8 lakh": the noun named before "of whom". */
const OF_WHOM_RE = new RegExp(
  String.raw`((?:[a-z][a-z-]*\s+)?(?:[a-z]+s|people|children|men|women)),\s+of\s+whom\s+(?:there\s+(?:are|were)\s+)?((?:[a-z]+\s+){0,2}?)((?:${UNITS_DIGIT})(?:\s+(?:million|thousand|lakh|crore))?)(?![\w%-]|[.,]\d)`,
  'gi',
);

/** A count of the people named just before "of whom" ("voters, of whom there were 9,800"); the count may run on ("of whom 12 were hurt"). */
export function addOfWhom(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
  OF_WHOM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_WHOM_RE.exec(text))) {
    const raw = m[3] as string;
    const start = m.index + m[0].length - raw.length;
    const end = start + raw.length;
    const before = text.slice(0, start);
    // Only a qualifier may stand between "of whom" and the number.
    if ((m[2] ?? '').trim() && qualifierOf(before) === null) continue;
    const about = (m[1] as string).trim();
    const unit = about.split(/\s+/).pop() as string;
    const value = parseValue(raw);
    if (value === null || isClaimed(claims, start, end) || NOT_UNITS.has(unit) || !SIBLING_AFTER.test(text.slice(end))) continue;
    addDerived(found, claims, text, offset, { value, unit, about, raw, start, end });
  }
}

/** "37 young traders …, 30 of whom were gang members": a part of the count before it. */
const PART_OF_WHOM_RE = new RegExp(String.raw`(?<![\w.,:$€£-])(${UNITS_DIGIT}|${WORDS})\s+of\s+whom\b`, 'gi');

/** "30 of whom were gang members", "five of whom are in the RAF": counted in the noun of the count before them. */
export function addPartOfWhom(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
  PART_OF_WHOM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PART_OF_WHOM_RE.exec(text))) {
    const raw = m[1] as string;
    const start = m.index;
    const end = start + raw.length;
    const whole = found.filter((f) => f.valueStart < offset + start && COUNT_UNIT.test(f.unit)).pop();
    const value = parseValue(raw);
    if (!whole || value === null || isClaimed(claims, start, end)) continue;
    addDerived(found, claims, text, offset, { value, unit: whole.unit, about: `${whole.unit} ${tailWords(text, m.index + m[0].length)}`.trim(), raw, start, end });
  }
}
