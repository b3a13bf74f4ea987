const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
// Words that may stand around a number without changing it ("about 100,000 troops").
const FILLER = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'up', 'to', 'and']);

/** "100,000", "100 000", "100.000" (grouped thousands), "1.5", "100k", "1.5 million". */
function parseDigits(tokens: string[]): number | null {
  const joined = tokens.join(' ');
  const match = /^(\d{1,3}(?:[ ,.]\d{3})+|\d+(?:\.\d+)?|\.\d+)(?:\s*(k|m|mn|bn|b|tn|thousand|million|billion|trillion))?$/.exec(joined);
  if (!match) return null;
  const digits = match[1]!;
  const grouped = /^\d{1,3}(?:[ ,.]\d{3})+$/.test(digits);
  const value = grouped ? Number(digits.replace(/[ ,.]/g, '')) : Number(digits);
  return Number.isFinite(value) ? value * (match[2] ? SCALES[match[2]]! : 1) : null;
}

/** "one hundred thousand", "forty-two", "thirty", "two and a half million" is out of scope. */
function parseWords(tokens: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    if (token === 'and') continue;
    if (token in UNITS) {
      current += UNITS[token]!;
      seen = true;
    } else if (token === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (token in SCALES && token.length > 2) {
      total += (current || 1) * SCALES[token]!;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/**
 * Reads a number as a student might type it, or null when the text is not one number.
 * `unit` ("troops") may follow the number and is ignored.
 *
 * @example
 * parseTypedNumber('100 000') // 100000
 * parseTypedNumber('100k') // 100000
 * parseTypedNumber('one hundred thousand troops', 'troops') // 100000
 */
export function parseTypedNumber(text: string, unit?: string): number | null {
  const unitWords = new Set((unit ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  const cleaned = text
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[~≈]/g, ' ')
    .replace(/(\d)\s*(k|m|mn|bn|b|tn)\b/g, '$1 $2')
    .replace(/(\d),(?=\d{3}\b)/g, '$1,')
    .replace(/-/g, ' ')
    .trim();
  const tokens = cleaned
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}.,]/gu, '').replace(/[.,]+$/, ''))
    .filter((t) => t && !FILLER.has(t) && !unitWords.has(t) && !unitWords.has(t.replace(/s$/, '')));
  if (tokens.length === 0) return null;
  // "100 000" arrives as two tokens; digits with a scale word ("1.5 million") as two as well.
  const digits = parseDigits(tokens);
  if (digits !== null) return digits;
  if (tokens.length === 2 && /^\d+(\.\d+)?$/.test(tokens[0]!) && tokens[1]! in SCALES) return Number(tokens[0]) * SCALES[tokens[1]!]!;
  return parseWords(tokens);
}
