/** Numbers written the way the article writes them ("100,000", "40 000", "eight"), and near misses. */

export type NumberStyle = { kind: 'grouped'; separator: string } | { kind: 'plain' } | { kind: 'word' };

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Reads a number as written and how it is written; null for vague amounts ("tens of thousands").
 *
 * @example
 * parseWritten('100,000'); // → { value: 100000, style: { kind: 'grouped', separator: ',' } }
 * parseWritten('eight'); // → { value: 8, style: { kind: 'word' } }
 */
export function parseWritten(raw: string): { value: number; style: NumberStyle } | null {
  const t = raw.trim();
  const grouped = /^\d{1,3}(([,\u00a0\u202f ])\d{3})+$/.exec(t);
  if (grouped) return { value: Number(t.replace(/\D/g, '')), style: { kind: 'grouped', separator: grouped[2] ?? ',' } };
  if (/^\d+$/.test(t)) return { value: Number(t), style: { kind: 'plain' } };
  const lower = t.toLowerCase();
  const w = WORDS.indexOf(lower);
  if (w >= 0) return { value: w, style: { kind: 'word' } };
  if (lower in TENS) return { value: TENS[lower] as number, style: { kind: 'word' } };
  return null;
}

/**
 * Writes a number in a style; word style falls back to digits past what it can spell.
 *
 * @example
 * formatLike(80000, { kind: 'grouped', separator: ',' }); // → '80,000'
 */
export function formatLike(value: number, style: NumberStyle): string {
  if (style.kind === 'word') {
    const w = WORDS[value];
    if (w) return w;
    const tens = Object.entries(TENS).find(([, v]) => v === value);
    return tens ? tens[0] : String(value);
  }
  if (style.kind === 'plain') return String(value);
  const digits = String(value);
  if (digits.length <= 3) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, style.separator);
}

function roundSig(x: number, sig: number): number {
  if (x <= 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)) - sig + 1);
  return Math.round(x / p) * p;
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

/**
 * The typed-answer tolerance: exact for small counts, a tenth for round or hedged figures, else 5 %.
 *
 * @example
 * toleranceFor(100000, 'about'); // → 10000
 */
export function toleranceFor(value: number, hedged: boolean): number {
  if (value < 20) return 0;
  const round = /000$/.test(String(value));
  return roundSig(value * (hedged || round ? 0.1 : 0.05), 1);
}
