import { SCALE_ABBREVIATIONS, SCALE_NAMES, SCALE_WORDS } from './lexicons/scales';
import { LIVESTOCK_LEXICON, PAIRED_NOUN_LEXICON, SAME_PLURAL_LEXICON, SINGLE_COUNT_NOUN_LEXICON } from './lexicons/count-nouns';
import { DEPLOY_VERB_LEXICON, DURATIVE_VERB_LEXICON } from './lexicons/figure-verbs';
import { FIGURE_QUALIFIER_LEXICON, MULTIPLIER_LEXICON, NUMBER_WORD_LEXICON } from './lexicons/number-words';
import { NOT_UNIT_LEXICON } from './lexicons/s-endings';
import { MEASURE_UNIT_LEXICON } from './lexicons/units';
import { articleTokens, type AnalyzedArticle } from './analyze';
import { scanAmounts, tailWords } from './figure-amounts';
import { mayHoldFigure } from './figure-cues';
import type { Token } from './tokens';
import type { FigureQualifier, Span } from './types';

/** A figure before ids, claimant and cross-article fields. */
export interface RawFigure {
  value: number;
  unit: string;
  about: string;
  raw: string;
  valueStart: number;
  valueEnd: number;
  qualifier: FigureQualifier;
  status: string | null;
  sentence: Span;
}

/** Number words a count starts with; "one" only before a scale word ("one million"), as the pattern below reads it. */
const WORD_NUMBERS: Record<string, number> = Object.fromEntries(Object.entries(NUMBER_WORD_LEXICON.record).filter(([w]) => w !== 'one'));
const alternation = (words: Iterable<string>) => [...words].join('|');
const UNITS_DIGIT = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(WORD_NUMBERS).join('|');
/** Nouns whose plural is the singular ("26 aircraft"), and "head" only as livestock is counted ("2,000 head of sheep"). */
const SAME_PLURAL = String.raw`${alternation(SAME_PLURAL_LEXICON.words)}|head(?=\s+of\s+(?:${alternation(LIVESTOCK_LEXICON.words)}))`;
/** Plural-looking words that are no unit ("11 other news outlets" counts outlets, not news). */
const NOT_UNIT_WORDS = alternation(NOT_UNIT_LEXICON.words);
/**
 * A count: a number (digits, words, "one" or "half a" before a scale word), up to two modifiers ("U.S. military",
 * or up to four in a name: "Afghan Special Immigrant Visa"), and a plural noun or a unit.
 */
const FIGURE_RE = new RegExp(
  String.raw`(?=[\dtfsenhdo])(?<![\w.,:$€£-])((?:${UNITS_DIGIT})(?:\s+(?:${SCALE_NAMES}))?|(?:${WORDS})(?:[- ](?:two|three|four|five|six|seven|eight|nine))?(?:\s+(?:million|billion|thousand))?|(?:one|half an?)\s+(?:million|billion|trillion))(?:\s+|-)((?:(?:[A-Za-z][a-z-]*|[A-Z]\.(?:[A-Z]\.)+)\s+){0,4}?)(?!(?:${NOT_UNIT_WORDS})\b)([a-z]+s|men|people|personnel|staff|police|children|women|percent|per cent|km|kilometres|kilometers|miles|${SAME_PLURAL})\b`,
  'gi',
);
/** The plural noun right after a capitalised word read as the unit ("31 Abrams tanks"): the real unit. */
const NAMED_MODIFIER_TAIL = /^\s+([a-z]+s)\b/;
/** Plural nouns of people and sides, which "two" pairs rather than counts. */
const PAIRED_NOUNS = PAIRED_NOUN_LEXICON.words;
/**
 * Up to two modifiers ("U.S. military", "other news"), or a name of up to four capitalised words after an
 * optional one ("Afghan Special Immigrant Visa"), or adjectives joined ("largest and most dominant") or
 * graded by an adverb ("new heavily armoured").
 */
const MODIFIERS = /^(?:(?:[A-Za-z-]+|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:[A-Za-z-]+|[A-Z]\.(?:[A-Z]\.)+))?|(?:[A-Za-z-]+\s+)?[A-Z][a-z-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z-]+){1,3}|[a-z-]+\s+(?:and|or)\s+(?:(?:most|more|less|least|very)\s+)?[a-z-]+|(?:[a-z-]+\s+)?[a-z]+ly\s+[a-z-]+)$/;
/** A fraction's denominator right after its number: "two-thirds", "three quarters". */
const FRACTION_AFTER = /^[-\s](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves)\b/i;
/** A prison term: "sentenced to five years in prison", "jailed for three years", "ten years behind bars". */
const TERM_BEFORE = /\b(?:sentenced\s+(?:him|her|them|\w+)?\s*to|jailed\s+for|imprisoned\s+for|term\s+of|sentence\s+of)\s+$/i;
const TERM_AFTER = /^\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+(?:imprisonment|house\s+arrest|probation))\b/i;
/** Verbs that take a duration as their object: "waiting ten years", "spent three days". */
const DURATIVE_BEFORE = new RegExp(String.raw`\b(?:${alternation(DURATIVE_VERB_LEXICON.words)})\s+$`, 'i');
const RELATIVE_RE = new RegExp(String.raw`\b(${alternation(Object.keys(MULTIPLIER_LEXICON.record))})\s+(?:that|this|the)\s+(?:number|figure|amount|size)\b`, 'gi');
const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;
const TIME_UNITS: ReadonlySet<string> = new Set(Object.keys(MEASURE_UNIT_LEXICON.record).filter((u) => MEASURE_UNIT_LEXICON.record[u] === 'span'));
/** Units a measure can hold a part of ("2.5 miles", "1.5 hours"); any other plural counts whole things. */
const MEASURE_UNITS: ReadonlySet<string> = new Set(Object.keys(MEASURE_UNIT_LEXICON.record));
/** A scale word ending a written number: "4.5 million". */
const SCALE_SUFFIX = new RegExp(String.raw`\s*(${SCALE_NAMES})$`);
/** Plural-looking words the count pattern would otherwise take for a unit ("24-year-old is expected"). */
const NOT_UNITS = new Set(NOT_UNIT_WORDS.split('|'));
/** A scale word anywhere in a figure's text: "between 3 and 5 million". */
const SCALE_IN = new RegExp(String.raw`(?:\b|\d)(${SCALE_ABBREVIATIONS}|${SCALE_NAMES})\b`, 'i');
/** Each qualifier with the words that give it, ending the text before a number; the last that matches wins. */
const QUALIFIERS: [RegExp, FigureQualifier][] = [...new Set(Object.values(FIGURE_QUALIFIER_LEXICON.record))].map((q) => [
  new RegExp(String.raw`\b(?:${alternation(Object.keys(FIGURE_QUALIFIER_LEXICON.record).filter((w) => FIGURE_QUALIFIER_LEXICON.record[w] === q))})\s*$`, 'i'),
  q,
]);
const STANDBY_RE = /\bon\s+(?:high\s+)?(standby|alert|stand-by)\b|\bready to deploy\b|\bput\b[^.]{0,40}\bon\s+(?:standby|alert)/i;
const DEPLOYED_RE = new RegExp(String.raw`\b(${alternation(DEPLOY_VERB_LEXICON.words)})\b`, 'i');

function parseValue(raw: string): number | null {
  const lower = raw.toLowerCase();
  const scale = SCALE_SUFFIX.exec(lower)?.[1];
  const mult = scale ? (SCALE_WORDS[scale] ?? 1) : 1;
  const digits = lower.replace(SCALE_SUFFIX, '');
  if (/^\d/.test(digits)) {
    const n = Number(digits.replace(/[,\u00a0\u202f ]/g, ''));
    // toPrecision: 9.8 × 1e5 is 980000.0000000001 in floating point.
    return Number.isFinite(n) ? Number((n * mult).toPrecision(12)) : null;
  }
  if (/^half an?$/.test(digits.trim())) return 0.5 * mult;
  const parts = digits.split(/[- ]/);
  let n = 0;
  for (const p of parts) n += WORD_NUMBERS[p] ?? (p === 'one' ? 1 : 0);
  return n > 0 ? n * mult : null;
}

/** Whether [start, end) overlaps a stretch another pattern already read. */
function isClaimed(claims: [number, number][], start: number, end: number): boolean {
  return claims.some(([a, b]) => a < end && start < b);
}

function qualifierOf(before: string): FigureQualifier {
  let qualifier: FigureQualifier = null;
  for (const [re, q] of QUALIFIERS) if (re.test(before)) qualifier = q;
  return qualifier;
}

function statusNear(text: string, from: number, to: number): string | null {
  const near = text.slice(Math.max(0, from - 50), Math.min(text.length, to + 40));
  return STANDBY_RE.test(near) ? 'on standby' : DEPLOYED_RE.exec(near)?.[1]?.toLowerCase() ?? null;
}

/**
 * Figures in one article: value, unit, what is counted, qualifier and status ("on standby" vs "deployed").
 * Money, percentages, magnitudes and compound counts come from figure-amounts.ts; counts of a noun
 * ("100,000 troops", "thirty allies") from the pattern here. A range ("between 3,000 and 5,000 people")
 * gives two figures, both with the qualifier "between" and the unit of the second.
 *
 * @example
 * extractFigures(analyzeArticle({ id: 'a', title: 'T', body: 'Revenue rose 12% to $4.5bn.', bodyStart: 0 }))
 *   .map((f) => [f.value, f.unit, f.raw]) // [[12, 'percent', '12%'], [4.5e9, 'US dollars', '$4.5bn']]
 */
export function extractFigures(a: AnalyzedArticle, tokens: Token[] = articleTokens(a)): RawFigure[] {
  const body = a.article.body;
  const out: RawFigure[] = [];
  let recentCount: RecentCount | null = null;
  let k = 0;
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    for (const s of a.sentences[p.index] ?? []) {
      if (recentCount && s.start - recentCount.at > ELIDED_REACH) recentCount = null;
      // No digit and no number word: no pattern below can find a figure, so none is run.
      while (k < tokens.length && (tokens[k] as Token).end <= s.start) k++;
      if (!mayHoldFigure(tokens, k, s.start, s.end)) continue;
      const text = body.slice(s.start, s.end);
      const sentence = { start: s.start, end: s.end };
      const found: RawFigure[] = [];
      const claims: [number, number][] = [];
      for (const h of scanAmounts(text)) {
        const before = text.slice(0, h.start);
        claims.push([h.start, h.claimEnd]);
        const raw = text.slice(h.start, h.end);
        found.push({
          value: h.value, unit: h.unit, about: h.about, raw, valueStart: s.start + h.start, valueEnd: s.start + h.end,
          qualifier: qualifierOf(before), status: statusNear(text, h.start, h.claimEnd), sentence,
        });
      }
      // Money, percentages and compounds come first; only the counts after them lend their noun to a sibling.
      const amounts = found.length;
      FIGURE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = FIGURE_RE.exec(text))) {
        const raw = m[1] as string;
        // A match turned down for its modifiers ("two of its seven members") must not hide the next number.
        FIGURE_RE.lastIndex = m.index + raw.length;
        const mods = (m[2] ?? '').trim();
        const unitWord = (m[3] as string).toLowerCase();
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + m[0].length);
        if (isClaimed(claims, m.index, m.index + raw.length)) continue;
        if (MONTH_BEFORE.test(before)) continue;
        // "two-thirds of respondents", "three quarters of the seats": a fraction, not a count of two or three.
        if (FRACTION_AFTER.test(text.slice(m.index + raw.length))) continue;
        // A year, or a year before a name ("the 2019 Department of Defense Warrior Games").
        if (/^(19|20)\d\d$/.test(raw) && (!mods || /^[A-Z]/.test(mods))) continue;
        // "Nord Stream 2", "Boeing 737 jets", "Article 5 guarantees": a number that is part of a name.
        if (/\S\s+[A-Z][\w-]*\s+$/.test(before) && /^\d+$/.test(raw) && !MONTH_BEFORE.test(before)) continue;
        if (/^\s*[A-Z][a-z]+\s+$/.test(before) && /^\d+$/.test(raw) && Number(raw) < 10) continue;
        if (NOT_UNITS.has(unitWord) || /year-old/.test(mods)) continue;
        const isWord = /^[a-z]/i.test(raw);
        // "the Group of Seven", "the Big Four": a capitalised number word inside a sentence is part of a name.
        if (isWord && /^[A-Z]/.test(raw) && /[\p{L}\d,;]\s+$/u.test(before)) continue;
        const qualifier = qualifierOf(before);
        // "two" is how prose says "a pair" of people ("two diplomats", "two people familiar"); two of
        // anything else ("two goals", "two fatalities") or a qualified two ("more than two hours") is a count.
        if (/^two$/i.test(raw) && qualifier === null && PAIRED_NOUNS.has(unitWord)) continue;
        if (/\b(?:several|a few|many|some)\s+$/i.test(before) && /^hundred|^thousand/i.test(raw)) continue; // vague
        if (TIME_UNITS.has(unitWord) && !isDuration(isWord, before, after, qualifier)) continue;
        // "the two sides" points back at a pair; "the eight countries of the convention" counts a set.
        if (isWord && /\bthe\s+$/i.test(before) && !/^[a-z]+-[a-z]+$/.test(mods) && /^(?:one|two)$/i.test(raw)) continue;
        if (/-/.test(text.slice(m.index + raw.length, m.index + raw.length + 1)) && TIME_UNITS.has(unitWord)) continue;
        if (mods && !MODIFIERS.test(mods)) continue;
        if (/^(?:of|and|or|to|in|on|the|a|through|with|for|from|by|at|per)\b/i.test(mods)) continue;
        const value = parseValue(raw);
        if (value === null) continue;
        // "4.1 millon registered citizens": a fraction of a thing counted whole means a scale word went unread.
        if (!Number.isInteger(value) && !MEASURE_UNITS.has(unitWord)) continue;
        // "31 Abrams tanks", "12 Patriot batteries": a name before the plural noun modifies it; the noun is the unit.
        const named = /^\p{Lu}/u.test(m[3] as string) ? NAMED_MODIFIER_TAIL.exec(after) : null;
        const unit = named ? (named[1] as string) : unitWord === 'per cent' ? 'percent' : unitWord;
        const valueStart = s.start + m.index;
        const valueEnd = valueStart + raw.length;
        const tailMatch = /^[^,.;:“”"()]{0,60}/.exec(after);
        let tail = (tailMatch?.[0] ?? '').split(/\s+(?:with|and|but|which|that|who|it|to|as|while|if|because|so)\s+/)[0] ?? '';
        tail = tail.split(/\s+/).slice(0, 6).join(' ').trim();
        // "five days’ notice": the possessive stays on its noun.
        const about = `${mods ? `${mods} ` : ''}${named ? `${m[3] as string} ` : ''}${named ? unit : unitWord}${tail && !named ? ` ${tail}` : ''}`.trim().replace(/^([\w\s-]+) ([’'])(?=\s)/, '$1$2').replace(/\s+['’]$/, '');
        claims.push([m.index, m.index + m[0].length]);
        found.push({
          value, unit, about, raw, valueStart, valueEnd, qualifier,
          status: statusNear(text, m.index, m.index + m[0].length), sentence,
        });
      }
      // A part is of a count the sentence gives too ("24 people …, 21 of them", "12 of the 101 seats").
      addPartitives(text, s.start, found, claims);
      if (/\b(?:one|single)\s/i.test(text)) addSingleCounts(text, s.start, found, claims);
      addElided(text, s.start, found, claims, recentCount);
      if (found.length > amounts) addSiblings(text, s.start, found.slice(amounts), found, claims);
      if (text.includes(' of whom ')) {
        addOfWhom(text, s.start, found, claims);
        addPartOfWhom(text, s.start, found, claims);
      }
      for (const f of found) if (COUNT_UNIT.test(f.unit) && f.value > 2) recentCount = { unit: f.unit, about: f.about, at: s.start };
      addRangeStarts(text, s.start, found);
      // "double that number": relative to the figure just before it in the sentence.
      RELATIVE_RE.lastIndex = 0;
      while ((m = RELATIVE_RE.exec(text))) {
        const base = found.filter((f) => f.valueStart < s.start + m!.index).pop();
        if (!base) continue;
        const word = (m[1] as string).toLowerCase();
        const factor = MULTIPLIER_LEXICON.record[word] ?? 2;
        const valueStart = s.start + m.index;
        found.push({
          value: base.value * factor, unit: base.unit, about: base.about, raw: m[0], valueStart,
          valueEnd: valueStart + m[0].length, qualifier: null, status: null, sentence,
        });
      }
      out.push(...found.sort((x, y) => x.valueStart - y.valueStart));
    }
  }
  return out;
}

/**
 * Casualty and case reports count one as they count many: "one Palestinian death", "a single civilian
 * casualty", "one soldier was wounded". Only nouns such reports count (not "one person familiar with …").
 */
const SINGLE_COUNT_RE = new RegExp(String.raw`(?<![\w.,:$€£-])(one|a single)\s+((?:[A-Za-z][a-z-]+\s+)?)(${alternation(SINGLE_COUNT_NOUN_LEXICON.words)})\b(?!\s+of\b)`, 'gi');

function addSingleCounts(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
  SINGLE_COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SINGLE_COUNT_RE.exec(text))) {
    const raw = m[1] as string;
    const mods = (m[2] as string).trim();
    // "no one", "every one", "one more": not a count; a modifier that is itself a number word is another figure.
    if (/\b(?:no|every|any|which|each)\s+$/i.test(text.slice(0, m.index)) || /^(?:more|other|of|in|at|the)$/i.test(mods)) continue;
    if (isClaimed(claims, m.index, m.index + m[0].length)) continue;
    const noun = (m[3] as string).toLowerCase();
    const unit = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : noun === 'child' ? 'children' : `${noun}s`;
    const valueStart = offset + m.index;
    claims.push([m.index, m.index + m[0].length]);
    found.push({
      value: 1, unit, about: `${mods ? `${mods} ` : ''}${noun}`, raw, valueStart, valueEnd: valueStart + raw.length,
      qualifier: null, status: statusNear(text, m.index, m.index + m[0].length), sentence: { start: offset, end: offset + text.length },
    });
  }
}

/** "the past two years", "within five years": a span back or forward from now, which the text states as a length. */
const SPAN_BEFORE = /\b(?:(?:the|its|their)\s+(?:past|next|last|coming|previous|first|final)|within|(?:over|of)\s+the)\s+$/i;
/** "during the ten years since 2013": a stretch of time by its preposition, whatever follows. */
const DURING_BEFORE = /\b(?:during|throughout)\s+the\s+$/i;
/** "the third time in eight days", "its weakest level in 11 months": a record set over a span. */
const RECORD_IN_BEFORE = /\b(?:time|level|high|low|pace)\s+in\s+$|\b(?:first|only)\s+(?:[\w-]+\s+){1,2}in\s+$/i;
/** "everything we have built in six weeks", "sold out in two days": how long something took. */
const DONE_IN_BEFORE = /\b(?:built|done|made|finished|completed|achieved|raised|sold(?: out)?|won|lost|spent|grown|gained|written|covered|travelled|traveled)\s+(?:(?:it|them|everything|all|this|that)\s+)?in\s+$/i;

/**
 * Whether "N days/weeks/years" at this place is a length of time stated as one, not relative time
 * ("two days later", "every two years", "in six months", "the three weeks before the vote").
 */
function isDuration(isWord: boolean, before: string, after: string, qualifier: FigureQualifier): boolean {
  if (/^['’]\s+time\b/i.test(after)) return false; // "in two years’ time": a point ahead
  // "its weakest level in 11 months after the decision": the record's span, whatever follows.
  if (RECORD_IN_BEFORE.test(before) || DONE_IN_BEFORE.test(before) || DURING_BEFORE.test(before)) return true;
  if (/^\s*(?:later|earlier|ago|before|after|from now|since|old|running)\b/i.test(after) || /\bevery\s+$/i.test(before)) return false;
  if (SPAN_BEFORE.test(before) || TERM_BEFORE.test(before) || TERM_AFTER.test(after)) return true;
  if (/\b(?:in|next|past|last|coming|previous)\s+$/i.test(before)) return false;
  if (!isWord) return true;
  // A duration in words needs a cue: "three days of talks", "five days’ notice", "for three days",
  // "more than two hours", "waiting ten years"; after "the" it names a stretch ("the three weeks before").
  if (/^\s+of\s/i.test(after) || /^['’]\s+[a-z]/.test(after)) return true;
  if (/\bthe\s+$/i.test(before)) return false;
  return /\b(?:for|over|after|lasting|spanning)\s+$/i.test(before) || qualifier !== null || DURATIVE_BEFORE.test(before);
}

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
function addPartitives(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
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
interface RecentCount { unit: string; about: string; at: number }
/** How far back (in characters) a bare "fewer than 200,000." may borrow its noun. */
const ELIDED_REACH = 400;
const COUNT_UNIT = /^(?!percent|percentage|basis|magnitude|years old|days|weeks|months|years|decades|hours|minutes)[a-z]/;
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
function addElided(text: string, offset: number, found: RawFigure[], claims: [number, number][], recent: RecentCount | null): void {
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
function addSiblings(text: string, offset: number, counts: RawFigure[], found: RawFigure[], claims: [number, number][]): void {
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
function addOfWhom(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
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
function addPartOfWhom(text: string, offset: number, found: RawFigure[], claims: [number, number][]): void {
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

const RANGE_RE = new RegExp(
  String.raw`(?:\b(between|from)\s+|(?<![\w.,:$€£-]))(${UNITS_DIGIT}|${WORDS})(\s+(?:${SCALE_NAMES}))?\s+(?:and|to)\s+(?=\S)`,
  'gi',
);
/** "50 to 52 percent": a range without "between" or "from", two numbers joined by "to". */
const BARE_RANGE_CUE = /(?:^|[^\w.,])\d+(?:\.\d+)?\s+to\s+\d/;

/**
 * "between 3,000 and 5,000 people": the second number has the unit and was found; the first gets
 * the same unit and about, and both get the qualifier "between".
 */
function addRangeStarts(text: string, offset: number, found: RawFigure[]): void {
  if (found.length === 0 || !(/\b(?:between|from)\s/i.test(text) || BARE_RANGE_CUE.test(text))) return;
  RANGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE_RE.exec(text))) {
    const end = found.find((f) => f.valueStart === offset + m!.index + m![0].length);
    if (!end) continue;
    // Without "between"/"from", only digits joined by "to" ("50 to 52 percent"), never "and" ("3 and 5 people").
    if (!m[1] && (!/^\d/.test(m[2] as string) || !/\sto\s+$/.test(m[0]))) continue;
    const rawStart = m.index + m[0].indexOf(m[2] as string, (m[1] ?? '').length);
    const raw = `${m[2] as string}${m[3] ?? ''}`;
    if (found.some((f) => f.valueStart === offset + rawStart)) {
      for (const f of found) if (f === end || f.valueStart === offset + rawStart) f.qualifier = 'between';
      continue;
    }
    const value = parseValue(raw.replace(/[$€£]/g, ''));
    if (value === null) continue;
    end.qualifier = 'between';
    found.push({
      value: m[3] ? value : value * (end.value >= 1e3 && value < 1e3 && /million|billion|bn|m\b/i.test(end.raw) ? scaleOf(end.raw) : 1),
      unit: end.unit, about: end.about, raw, valueStart: offset + rawStart, valueEnd: offset + rawStart + raw.length,
      qualifier: 'between', status: end.status, sentence: end.sentence,
    });
  }
}

/** The multiplier a scale word gives ("between 3 and 5 million" reads the first as 3 million). */
function scaleOf(raw: string): number {
  const word = SCALE_IN.exec(raw)?.[1]?.toLowerCase();
  return word ? (SCALE_WORDS[word] ?? 1) : 1;
}
