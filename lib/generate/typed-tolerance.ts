/**
 * How far a typed answer to a number question may be from the article's figure: exact for small or round
 * counts and stated percentages, a tenth for a hedged figure, else 5 %, in the unit the student types.
 */
import { decimalPlaces, roundSig, significantDigits, type WrittenNumber } from './numbers';

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
