import { LIVESTOCK_LEXICON, SAME_PLURAL_LEXICON, SINGLE_COUNT_NOUN_LEXICON } from './lexicons/count-nouns';
import { MULTIPLIER_LEXICON } from './lexicons/number-words';
import { MEASURE_UNIT_LEXICON } from './lexicons/units';
import { SCALE_NAMES } from './lexicons/scales';
import { articleTokens, type AnalyzedArticle } from './analyze';
import { scanAmounts } from './figure-amounts';
import { addElided, addOfWhom, addPartitives, addPartOfWhom, addSiblings, ELIDED_REACH, type RecentCount } from './figure-borrowed-nouns';
import { mayHoldFigure } from './figure-cues';
import { isDuration } from './figure-durations';
import {
  alternation, COUNT_UNIT, isClaimed, MONTH_BEFORE, NOT_UNIT_WORDS, NOT_UNITS, PAIRED_NOUNS, parseValue, UNITS_DIGIT, WORDS,
  type RawFigure,
} from './figure-numbers';
import { qualifierOf, statusNear } from './figure-qualifiers';
import { addRangeStarts } from './figure-ranges';
import type { Token } from './tokens';
import { startsUpper } from './chars';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const WORD_THEN_SPACE_END = /[\p{L}\d,;]\s+$/u;

/** Nouns whose plural is the singular ("26 aircraft"), and "head" only as livestock is counted ("2,000 head of sheep"). */
const SAME_PLURAL = String.raw`${alternation(SAME_PLURAL_LEXICON.words)}|head(?=\s+of\s+(?:${alternation(LIVESTOCK_LEXICON.words)}))`;
/**
 * A count: a number (digits, words, "one" or "half a" before a scale word), up to two modifiers ("U.S. military",
 * or up to four in a name: "Afghan Special Immigrant Visa"), and a plural noun or a unit.
 */
const FIGURE_RE = new RegExp(
  String.raw`(?=[\dtfsenhdo])(?<![\w.,:$€£-])((?:${UNITS_DIGIT})(?:\s+(?:${SCALE_NAMES}))?|(?:${WORDS})(?:[- ](?:two|three|four|five|six|seven|eight|nine))?(?:[\s-]+(?:million|billion|thousand))?|(?:one|half an?)\s+(?:million|billion|trillion))(?:\s+|-)((?:(?:[A-Za-z][a-z-]*|[A-Z]\.(?:[A-Z]\.)+)\s+){0,4}?)(?!(?:${NOT_UNIT_WORDS})\b)([a-z]+s|men|people|personnel|staff|police|children|women|percent|per cent|km|kilometres|kilometers|miles|${SAME_PLURAL})\b`,
  'gi',
);
/** The plural noun right after a capitalised word read as the unit ("31 Abrams tanks"): the real unit. */
const NAMED_MODIFIER_TAIL = /^\s+([a-z]+s)\b/;
/**
 * Up to two modifiers ("U.S. military", "other news"), or a name of up to four capitalised words after an
 * optional one ("Afghan Special Immigrant Visa"), or adjectives joined ("largest and most dominant") or
 * graded by an adverb ("new heavily armoured").
 */
const MODIFIERS = /^(?:(?:[A-Za-z-]+|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:[A-Za-z-]+|[A-Z]\.(?:[A-Z]\.)+))?|(?:[A-Za-z-]+\s+)?[A-Z][a-z-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z-]+){1,3}|[a-z-]+\s+(?:and|or)\s+(?:(?:most|more|less|least|very)\s+)?[a-z-]+|(?:[a-z-]+\s+)?[a-z]+ly\s+[a-z-]+)$/;
/** A fraction's denominator right after its number: "two-thirds", "three quarters". */
const FRACTION_AFTER = /^[-\s](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves)\b/i;
const RELATIVE_RE = new RegExp(String.raw`\b(${alternation(Object.keys(MULTIPLIER_LEXICON.record))})\s+(?:that|this|the)\s+(?:number|figure|amount|size)\b`, 'gi');
const TIME_UNITS: ReadonlySet<string> = new Set(Object.keys(MEASURE_UNIT_LEXICON.record).filter((u) => MEASURE_UNIT_LEXICON.record[u] === 'span'));
/** Units a measure can hold a part of ("2.5 miles", "1.5 hours"); any other plural counts whole things. */
const MEASURE_UNITS: ReadonlySet<string> = new Set(Object.keys(MEASURE_UNIT_LEXICON.record));

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
    if (p.isJunk || p.isCaption) continue;
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
        if (isWord && /^[A-Z]/.test(raw) && WORD_THEN_SPACE_END.test(before)) continue;
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
        const named = startsUpper(m[3] as string) ? NAMED_MODIFIER_TAIL.exec(after) : null;
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
