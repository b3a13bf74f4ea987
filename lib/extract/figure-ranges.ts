import { SCALE_ABBREVIATIONS, SCALE_NAMES, SCALE_WORDS } from './lexicons/scales';
import { parseValue, UNITS_DIGIT, WORDS, type RawFigure } from './figure-numbers';

/**
 * The first number of a range ("between 3,000 and 5,000 people", "50 to 52 percent"), which takes the
 * unit and description of the second, found already by figures.ts.
 */

/** A scale word anywhere in a figure's text: "between 3 and 5 million". */
const SCALE_IN = new RegExp(String.raw`(?:\b|\d)(${SCALE_ABBREVIATIONS}|${SCALE_NAMES})\b`, 'i');

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
export function addRangeStarts(text: string, offset: number, found: RawFigure[]): void {
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
