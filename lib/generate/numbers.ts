/**
 * Numbers written the way the article writes them ("100,000", "40 000", "eight", "$4.5bn", "4.25%",
 * "3.5 per cent"). Near misses written the same way are in near-numbers.ts, a typed answer's tolerance
 * in typed-tolerance.ts.
 */
import { containsWords, escapeRegExp } from './text';

export type NumberStyle =
  | { kind: 'grouped'; separator: string }
  | { kind: 'plain' }
  | { kind: 'word' }
  | { kind: 'decimal'; places: number };

/** What a sum of money, a percentage or a scaled number writes around its digits. */
export interface NumberForm {
  /** The digits' own value: 4.5 in "$4.5bn", 4.25 in "4.25%", 162 in "$162 million". */
  amount: number;
  /** Currency sign or code as written ("$", "US$", "€", "USD "), '' for none. */
  currency: string;
  /** Scale word as written, with its spacing ("bn", " million", "m"), '' for none. */
  scale: string;
  /** What the scale multiplies by: 1e9 for "bn", 1 without one. */
  factor: number;
  /** Percent sign or words as written ("%", " per cent", " percent"), '' for none. */
  percent: string;
}

/** A number as read from an article: its value, how its digits are written and, for money or percentages, what surrounds them. */
export interface WrittenNumber {
  value: number;
  style: NumberStyle;
  form?: NumberForm;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
const SCALE_NAMES: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };
/** Currency signs and ISO codes as the extractor reads them (lib/extract/figure-amounts.ts). */
const CURRENCY = String.raw`(?:US|A|C|NZ|HK|S|R)?\$|[€£¥₹₱]|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|PHP|CHF|AUD|CAD|NZD|HKD|SGD|BRL)\s?|Rs\.?\s?`;
const DIGITS = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:\.\d+)?`;
const NUMBER_WORD = [...WORDS.slice(1), ...Object.keys(TENS)].join('|');
/** "$20-billion arms package": a scale word joined by a hyphen, as some papers print a sum before its noun. */
const FORMED_RE = new RegExp(
  String.raw`^(${CURRENCY})?(${DIGITS}|${NUMBER_WORD})(\s?(?:bn|mn|mln|tn|m|b|k)|(?:\s+|-)(?:thousand|million|billion|trillion))?(\s?%|\s+per\s?cent)?$`,
  'i',
);

/** The digits alone: "100,000", "40 000", "4.25", "eight". */
function parseDigits(t: string): { value: number; style: NumberStyle } | null {
  const grouped = /^\d{1,3}(([,\u00a0\u202f ])\d{3})+$/.exec(t);
  if (grouped) return { value: Number(t.replace(/\D/g, '')), style: { kind: 'grouped', separator: grouped[2] ?? ',' } };
  if (/^\d+$/.test(t)) return { value: Number(t), style: { kind: 'plain' } };
  const decimal = /^\d+\.(\d+)$/.exec(t);
  if (decimal) return { value: Number(t), style: { kind: 'decimal', places: (decimal[1] as string).length } };
  const lower = t.toLowerCase();
  const w = WORDS.indexOf(lower);
  if (w >= 0) return { value: w, style: { kind: 'word' } };
  if (lower in TENS) return { value: TENS[lower] as number, style: { kind: 'word' } };
  return null;
}

/**
 * Reads a number as written and how it is written; null for vague amounts ("tens of thousands")
 * and for what is not one number ("2-1", a score).
 *
 * @example
 * parseWritten('100,000'); // → { value: 100000, style: { kind: 'grouped', separator: ',' } }
 * parseWritten('eight'); // → { value: 8, style: { kind: 'word' } }
 * parseWritten('$4.5bn'); // → { value: 4.5e9, style: { kind: 'decimal', places: 1 }, form: { amount: 4.5, currency: '$', scale: 'bn', factor: 1e9, percent: '' } }
 * parseWritten('2-1'); // → null
 */
export function parseWritten(raw: string): WrittenNumber | null {
  const t = raw.trim();
  const bare = parseDigits(t);
  if (bare) return bare;
  const m = FORMED_RE.exec(t);
  if (!m) return null;
  const [, currency = '', digits = '', scale = '', percent = ''] = m;
  const parsed = parseDigits(digits);
  if (!parsed || (currency && percent) || (scale && percent)) return null;
  // A number in words takes a scale ("five million") but no sign: "$five" is not how anyone writes.
  if (parsed.style.kind === 'word' && (currency || percent || !scale)) return null;
  const factor = scale ? SCALES[scale.replace(/^[\s-]+/, '').toLowerCase()] ?? 0 : 1;
  if (!factor) return null;
  return { value: parsed.value * factor, style: parsed.style, form: { amount: parsed.value, currency, scale, factor, percent } };
}

/**
 * Whether a text gives away the number written as `raw`: its digits standing alone, in any dress
 * ("4.5" or "4.5 billion" for "$4.5bn"), never a longer number that starts or ends the same ("4.25%"
 * does not give away "4%", "0.5" does not give away "5"). Words ("eight") must match as a whole word.
 *
 * @example
 * mentionsNumber('revenue of 4.5 billion', '$4.5bn'); // → true
 * mentionsNumber('from 4.25% to _____', '4%'); // → false
 */
export function mentionsNumber(text: string, raw: string): boolean {
  const digits = /\d(?:[\d,.\u00a0\u202f ]*\d)?/.exec(raw)?.[0];
  if (!digits) return containsWords(text, raw);
  const core = escapeRegExp(digits).replace(/[,\u00a0\u202f ]/g, '[,\\u00a0\\u202f ]?');
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${core}(?!\\p{N}|[.,]\\p{N})`, 'u').test(text);
}

/** Whether a number has a one-word spelling ("eight", "thirty"). */
export function isSpelled(value: number): boolean {
  return (Number.isInteger(value) && value >= 0 && value < WORDS.length) || Object.values(TENS).includes(value);
}

/**
 * Writes a number in a style; word style falls back to digits past what it can spell.
 *
 * @example
 * formatLike(80000, { kind: 'grouped', separator: ',' }); // → '80,000'
 * formatLike(3.5, { kind: 'decimal', places: 2 }); // → '3.50'
 */
export function formatLike(value: number, style: NumberStyle): string {
  if (style.kind === 'word') {
    const w = WORDS[value];
    if (w) return w;
    const tens = Object.entries(TENS).find(([, v]) => v === value);
    return tens ? tens[0] : String(value);
  }
  if (style.kind === 'decimal') return value.toFixed(style.places);
  if (style.kind === 'plain') return String(value);
  const digits = String(value);
  if (digits.length <= 3) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, style.separator);
}

/**
 * Writes an amount (in the scale of `like`: billions for "$4.5bn") with the same sign, digits, scale
 * word and percent sign.
 *
 * @example
 * formatWritten(3.8, parseWritten('$4.5bn')!); // → '$3.8bn'
 * formatWritten(4.75, parseWritten('4.25%')!); // → '4.75%'
 */
export function formatWritten(amount: number, like: WrittenNumber): string {
  const f = like.form;
  const digits = formatLike(amount, like.style);
  return f ? `${f.currency}${digits}${f.scale}${f.percent}` : digits;
}

/** Digits after the point as written: 1 for "4.5", 0 for "162" or "eight". */
export function decimalPlaces(style: NumberStyle): number {
  return style.kind === 'decimal' ? style.places : 0;
}

/**
 * The scale word of a written number ("billion" for "$4.5bn"), or null without one.
 *
 * @example
 * scaleName(parseWritten('£40m')!); // → 'million'
 */
export function scaleName(w: WrittenNumber): string | null {
  return w.form && w.form.factor > 1 ? SCALE_NAMES[w.form.factor] ?? null : null;
}

/** x rounded to `sig` significant digits, without binary noise (0.3, not 0.30000000000000004). */
export function roundSig(x: number, sig: number): number {
  if (x <= 0) return 0;
  const exp = Math.floor(Math.log10(x)) - sig + 1;
  const n = Math.round(x / Math.pow(10, exp));
  return exp >= 0 ? n * Math.pow(10, exp) : n / Math.pow(10, -exp);
}

/** Significant digits of a written integer: 8,500 → 2; 100,000 → 1. */
export function significantDigits(value: number): number {
  return Math.max(1, String(value).replace(/0+$/, '').length);
}

/**
 * The numbers a text states, in figures or as small number words ("double counting three people", "Revised
 * Down to 32"): what a student reading a stem can add or subtract.
 *
 * @example
 * statedNumbers('Revised Down to 32; three people counted twice'); // → [32, 3]
 */
export function statedNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\d[\d,]*\d|\d|\b(?:${NUMBER_WORD})\b`, 'gi'))) {
    const value = /\d/.test(m[0]) ? Number(m[0].replace(/,/g, '')) : parseWritten(m[0])?.value;
    if (value !== undefined && Number.isFinite(value)) out.push(value);
  }
  return out;
}

/**
 * Whether every two of the values stand at least `ratio` apart (the larger over the smaller): options for an
 * approximate figure, none of which its hedge could also cover ("around five thousand" beside four and six
 * thousand is not; beside 2,500 and 10,000 it is).
 *
 * @example
 * spacedApart([5000, 4000, 6000], 1.5); // → false
 * spacedApart([5000, 2500, 10000], 1.5); // → true
 */
export function spacedApart(values: readonly number[], ratio: number): boolean {
  return values.every((a, i) => values.every((b, j) => i === j || Math.max(a, b) >= ratio * Math.min(a, b)));
}
