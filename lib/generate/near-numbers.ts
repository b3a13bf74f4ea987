/**
 * Near misses for a number question: counts near the answer's magnitude and as round as it is, and sums,
 * percentages and decimals in the answer's own scale, decimals and rounding, written the way the article
 * writes the answer (numbers.ts).
 */
import { decimalPlaces, formatWritten, isSpelled, roundSig, significantDigits, type WrittenNumber } from './numbers';

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
