/**
 * Numbers written the way the article writes them ("100,000", "40 000", "eight", "$4.5bn", "4.25%",
 * "3.5 per cent"), and near misses written the same way.
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
function isSpelled(value: number): boolean {
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
function roundSig(x: number, sig: number): number {
  if (x <= 0) return 0;
  const exp = Math.floor(Math.log10(x)) - sig + 1;
  const n = Math.round(x / Math.pow(10, exp));
  return exp >= 0 ? n * Math.pow(10, exp) : n / Math.pow(10, -exp);
}

/** Significant digits of a written integer: 8,500 → 2; 100,000 → 1. */
function significantDigits(value: number): number {
  return Math.max(1, String(value).replace(/0+$/, '').length);
}

/**
 * Numbers near the answer's magnitude and as round as it is; small counts move by a few units.
 *
 * @example
 * nearbyNumbers(100000); // → [50000, 60000, 75000, 80000, 130000, 150000, 200000]
 */
export function nearbyNumbers(value: number): number[] {
  const out = new Set<number>();
  if (value <= 12) {
    for (const d of [-3, -2, -1, 1, 2, 3, 4]) if (value + d > 0) out.add(value + d);
  } else {
    const sig = Math.max(2, significantDigits(value));
    for (const f of [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2]) {
      const v = Math.round(roundSig(value * f, sig));
      if (v > 0 && v !== value) out.add(v);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function trailingZeros(n: number): number {
  let z = 0;
  for (let x = n; x > 0 && x % 10 === 0; x /= 10) z++;
  return z;
}

/** 1, 5, 10, 25, 50, 100, 250, 500, …: the steps a writer rounds to. */
function roundingStep(n: number): number {
  let best = 1;
  for (let p = 1; p <= n / 4; p *= 10) {
    for (const s of [p, p * 2.5, p * 5]) if (Number.isInteger(s) && s <= n / 4 && n % s === 0) best = Math.max(best, s);
  }
  return best;
}

/** Within about 30 % either way, so a distractor reads as a plausible figure, not a different story. */
const NEAR_FACTORS = [0.7, 0.8, 0.9, 1.1, 1.25, 1.4];

/**
 * Amounts near `amount`, written to the same decimals and rounded the way it is: 4.25 (quarter
 * points) gives 3.75, 4.75…; 4.5 gives 3.5, 5.5…; 28.0 gives 25.0, 31.0…; 70 gives 50, 60, 80….
 * Values at or above `below` are left out (a share of 90 % has no 110 % neighbour), and so are the
 * `avoid` amounts (other figures of the article); further neighbours make up for them.
 *
 * @example
 * nearbyAmounts(4.25, 2); // → [2.75, 3.25, 3.75, 4.75, 5.25, 5.75]
 */
export function nearbyAmounts(amount: number, places: number, below = Infinity, avoid: readonly number[] = []): number[] {
  const unit = Math.pow(10, places);
  const n = Math.round(amount * unit);
  if (n <= 0) return [];
  const step = roundingStep(n);
  const shape = trailingZeros(n);
  const limit = below * unit;
  // Only an exact match is avoided: 5.5 % rules out 5.5 %, not 6 %.
  const avoided = new Set(avoid.map((a) => a * unit).filter((a) => Math.abs(a - Math.round(a)) < 1e-6).map(Math.round));
  // Half to twice the answer, or a few steps up for small amounts ("$2 billion" → "$5 billion").
  const low = n / 2;
  const high = Math.max(2 * n, n + 4 * step);
  // "$944 million" against "$943 million" is a trick, not a rival figure: options differ by 5 % or more.
  const minGap = n * 0.05;
  const ok = (c: number, strict: boolean) =>
    c >= low && c <= high && Math.abs(c - n) >= minGap && c < limit && !avoided.has(c) && (!strict || trailingZeros(c) === shape);
  const collect = (strict: boolean) => {
    const out = new Set<number>();
    for (const f of NEAR_FACTORS) {
      const target = n * f;
      const base = Math.round(target / step) * step;
      // The grid point nearest the target that keeps the answer's shape (its trailing zeros).
      for (let d = 0; d <= 24; d++) {
        const pair = Math.abs(base - d * step - target) <= Math.abs(base + d * step - target) ? [base - d * step, base + d * step] : [base + d * step, base - d * step];
        const hit = pair.find((c) => ok(c, strict));
        if (hit !== undefined) {
          out.add(hit);
          break;
        }
      }
    }
    // Small amounts have few neighbours by factor: add the next steps either side.
    for (let d = 1; out.size < 4 && d <= 12; d++) for (const c of [n - d * step, n + d * step]) if (ok(c, strict)) out.add(c);
    return out;
  };
  let found = collect(true);
  if (found.size < 4) found = new Set([...found, ...collect(false)]);
  // A ceiling can leave only smaller options (90 % has no 100 %): half a step up keeps one larger.
  const halfStep = step / 2;
  if (![...found].some((c) => c > n) && Number.isInteger(halfStep) && ok(n + halfStep, false)) found.add(n + halfStep);
  // Nor are two options a trick pair ("$660 million" beside "$661 million"): the one nearer the answer's shape stays.
  const spaced: number[] = [];
  for (const c of [...found].sort((a, b) => trailingZeros(b) - trailingZeros(a) || Math.abs(a - n) - Math.abs(b - n))) {
    if (spaced.every((k) => Math.abs(k - c) >= minGap)) spaced.push(c);
  }
  return spaced.sort((a, b) => a - b).map((c) => c / unit);
}

/**
 * Near misses written like `w`, with their values (in full: 3.5e9 for "$3.5bn"), none equal to an
 * `avoid` value: counts as `nearbyNumbers` gives them; money, percentages and decimals (or `asAmount`,
 * for "90" in "90 percent") through `nearbyAmounts`, in the answer's own scale and decimals.
 *
 * @example
 * nearbyWritten(parseWritten('$4.5bn')!).map((x) => x.text); // → ['$2.5bn', '$3.5bn', '$5.5bn', '$6.5bn']
 */
export function nearbyWritten(
  w: WrittenNumber,
  options: { below?: number; asAmount?: boolean; avoid?: readonly number[] } = {},
): { value: number; text: string }[] {
  const factor = w.form?.factor ?? 1;
  const amount = w.form?.amount ?? w.value;
  const avoid = options.avoid ?? [];
  const below = options.below ?? Infinity;
  const isAvoided = (v: number) => avoid.some((a) => Math.abs(a - v) <= 1e-9 * Math.max(Math.abs(a), Math.abs(v), 1));
  let amounts: number[];
  if (!w.form && w.style.kind === 'word') {
    // "thirty" among "sixty", "45": every option spelled out, so only numbers one spells as a word.
    amounts = [...new Set([...nearbyNumbers(amount), ...[10, 20, 30, 40, 50, 60, 70, 80, 90].filter((t) => t >= amount / 2 && t <= amount * 2)])]
      .filter((v) => v !== amount && v < below && !isAvoided(v) && isSpelled(v))
      .sort((a, b) => a - b);
  } else if (!options.asAmount && !w.form && w.style.kind !== 'decimal') {
    amounts = nearbyNumbers(amount).filter((v) => v < below && !isAvoided(v));
  } else {
    // "$1340 million" is not how anyone writes $1.34bn: a scaled amount stays under the next scale.
    const ceiling = Math.min(below / factor, factor > 1 && amount < 1000 ? 1000 : Infinity);
    amounts = nearbyAmounts(amount, decimalPlaces(w.style), ceiling, avoid.map((a) => a / factor));
  }
  return amounts.map((a) => ({ value: a * factor, text: formatWritten(a, w) }));
}

/** Below this a count stated plainly is known exactly: 30 allies, 59 captives, 123 bidders. */
const SMALL_COUNT = 1000;

/**
 * The typed-answer tolerance for a count: a tenth of a hedged figure ("an estimated 100,000"); else exact
 * for counts under a thousand and for round figures ("8,500 troops" is remembered as 8,500), else 5 %.
 *
 * @example
 * toleranceFor(100000, true); // → 10000
 * toleranceFor(8500, false); // → 0
 * toleranceFor(30, true); // → 0
 */
export function toleranceFor(value: number, hedged: boolean): number {
  if (value < 100) return 0;
  if (hedged) return roundSig(value * 0.1, 1);
  if (value < SMALL_COUNT || significantDigits(value) <= 2) return 0;
  return roundSig(value * 0.05, 1);
}

/**
 * The typed-answer tolerance, in the unit the student types (billions for "$4.5bn", percent for "4.25%").
 * Percentages are exact to their stated decimals unless the article hedges them ("about 5.5%": half a
 * point; "about 8%": one). Sums of money and scaled numbers follow counts: whole amounts under 20 exact,
 * otherwise a tenth when round or hedged, else 5 %, never finer than the written decimals.
 *
 * @example
 * typedTolerance(parseWritten('4.25%')!, 'percent', false); // → 0
 * typedTolerance(parseWritten('$4.5bn')!, 'money', false); // → 0.2
 */
export function typedTolerance(w: WrittenNumber, kind: 'count' | 'money' | 'percent', hedged: boolean): number {
  const places = decimalPlaces(w.style);
  if (kind === 'percent') return hedged ? (places === 0 ? 1 : 5 / Math.pow(10, places)) : 0;
  if (kind === 'count' && !w.form && places === 0) return toleranceFor(w.value, hedged);
  const amount = w.form?.amount ?? w.value;
  if (places === 0 && amount < 20 && !hedged) return 0;
  // "$90 billion" stated plainly is typed as 90: round amounts are remembered as written.
  if (places === 0 && !hedged && significantDigits(amount) <= 2) return 0;
  const round = places === 0 && significantDigits(amount) === 1;
  const tolerance = roundSig(amount * (hedged || round ? 0.1 : 0.05), 1);
  return places > 0 ? Math.max(tolerance, 1 / Math.pow(10, places)) : tolerance;
}

/**
 * The next smaller tolerance a teacher would state: 0.5 → 0.2 → 0.1 → 0 at one written decimal.
 *
 * @example
 * smallerTolerance(0.5, 1); // → 0.2
 */
export function smallerTolerance(tolerance: number, places: number): number {
  const next = roundSig(tolerance / 2, 1);
  return next < 1 / Math.pow(10, places) ? 0 : next;
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
