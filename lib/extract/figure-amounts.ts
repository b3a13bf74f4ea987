/**
 * Figures that carry their own unit in the way they are written: sums of money ("$4.5bn", "€85 million",
 * "USD 300m"), percentages ("4.25%", "90 percent"), percentage points and basis points, earthquake
 * magnitudes, compound counts ("the 27-nation bloc", "a five-year contract", "the 24-year-old"),
 * "a dozen" and casualty counts without a noun ("more than 3,400 injured").
 *
 * Each scanner works on one sentence's text and reports offsets into it; figures.ts turns them into
 * figures and keeps its noun-counting pattern off the characters these claim.
 */

/** A number found by a scanner, offsets relative to the scanned text. */
export interface AmountHit {
  value: number;
  unit: string;
  /** What is counted, from the words around the number. */
  about: string;
  /** Where the number as written starts and ends (currency sign and scale word included). */
  start: number;
  end: number;
  /** End of everything the pattern consumed (unit words too), so other patterns leave it alone. */
  claimEnd: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE_WORDS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
const SCALE = String.raw`(?:\s?(?:bn|mn|mln|tn|m|b|k)(?![\p{L}\d])|\s+(?:thousand|million|billion|trillion)\b)`;

/** Currency signs and codes to the unit a reader would say. A bare "$" is read as US dollars, as wire copy does. */
const CURRENCY_UNITS: [RegExp, string][] = [
  [/^(?:US\$|USD|\$)$/, 'US dollars'],
  [/^(?:A\$|AUD)$/, 'Australian dollars'],
  [/^(?:C\$|CAD)$/, 'Canadian dollars'],
  [/^(?:NZ\$|NZD)$/, 'New Zealand dollars'],
  [/^(?:HK\$|HKD)$/, 'Hong Kong dollars'],
  [/^(?:S\$|SGD)$/, 'Singapore dollars'],
  [/^(?:R\$|BRL)$/, 'reais'],
  [/^(?:€|EUR)$/, 'euros'],
  [/^(?:£|GBP)$/, 'pounds'],
  [/^(?:¥|JPY)$/, 'yen'],
  [/^(?:CNY|RMB)$/, 'yuan'],
  [/^(?:₹|INR|Rs\.?)$/, 'rupees'],
  [/^(?:₱|PHP)$/, 'pesos'],
  [/^CHF$/, 'Swiss francs'],
];
const MONEY_RE = new RegExp(
  String.raw`(?=[$€£¥₹₱A-Z])(?<![\p{L}\d$€£¥₹₱.,-])((?:US|A|C|NZ|HK|S|R)?\$|[€£¥₹₱]|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|PHP|CHF|AUD|CAD|NZD|HKD|SGD|BRL)\s?|Rs\.?\s?)(${NUM})(${SCALE})?(?![\p{L}\d])`,
  'gu',
);
/** "85 million euros", "2 billion pesos": a number, a scale word and a currency named in words. */
const MONEY_WORDS_RE = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\d.,:-])(${NUM})(\s+(?:thousand|million|billion|trillion))?\s+(euros?|dollars?|pounds(?: sterling)?|yen|yuan|rupees|pesos|francs|krona|kronor|kroner|crowns|roubles|rubles|reais|rand|lei|zlotys?|forints?|liras?|lire|shillings|naira|dirhams|riyals|rials|dinars|baht|rupiah|hryvnias?|kwacha|cedis)\b`,
  'gu',
);
const PERCENT_RE = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\d.,:-])(${NUM})(?:\s?%|\s+(?:percent|per cent)\b|(\s+percentage points?\b)|(\s+basis points?\b|\s?bps\b))`,
  'gu',
);
/** "a quarter of a percentage point", "half a percentage point". */
const FRACTION_POINT_RE = /\b(a quarter of a|half a|three quarters of a)\s+(percentage point|point)\b/gi;
const FRACTIONS: Record<string, number> = { 'a quarter of a': 0.25, 'half a': 0.5, 'three quarters of a': 0.75 };
const MAGNITUDE_RE = /\bmagnitude(?:\s+of)?[- ](\d(?:\.\d)?)(?![\d.]*\d)|(?<![\d.])(\d\.\d)[- ]magnitude\b|(?<![\d.])(\d\.\d)\s+on the Richter scale\b/gi;

export const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SMALL_WORDS = Object.keys(WORD_VALUES).filter((w) => w !== 'one').join('|');
/** "the 27-nation bloc", "a nine-member committee", "a five-year contract": never "a 13-year-old". */
const COMPOUND_RE = new RegExp(
  String.raw`(?=[\dA-Za-z])(?<![\p{L}\d.,:-])(\d{1,3}(?:,\d{3})*|${SMALL_WORDS})-(member|nation|country|state|seat|year|month|week|day|hour|minute|mile|kilometre|kilometer|km|point|game|match|storey|story|page|bed|vehicle|person)(?!-)\s+([a-z][a-z-]+(?:\s+[A-Z][\w-]*){0,3})`,
  'giu',
);
const COMPOUND_CUE = /-(?:member|nation|country|state|seat|year|month|week|day|hour|minute|mile|kilomet|km|point|game|match|stor|page|bed|vehicle|person)/i;
/**
 * Any other "number-noun noun" ("a 40-space car park", "a three-judge panel"): the first noun, singular
 * and not a participle, counts things. Not "two-way", "one-off" or "two-thirds".
 */
const COMPOUND_ANY_RE = new RegExp(
  String.raw`(?=[\dtfsenhTFSENH])(?<![\p{L}\d.,:$€£-])(\d{1,3}(?:,\d{3})*|${SMALL_WORDS})-([a-z]{3,}?)(?<!s|ed|ing|ish|ly|th|old)(?!-)\s+([a-z][a-z-]+)`,
  'giu',
);
const COMPOUND_ANY_CUE = new RegExp(String.raw`(?:\d|\b(?:${SMALL_WORDS}))-[a-z]`, 'i');
const COMPOUND_ANY_SKIP = new Set(['way', 'fold', 'off', 'time', 'odd', 'one', 'all', 'nil', 'tier', 'run', 'top', 'man']);
/** "a crowd of 4,812", "an attendance of 30,000": people counted without the word. */
const CROWD_RE = new RegExp(
  String.raw`\b(crowd|attendance|audience|gathering|congregation)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?(${NUM})(?![\d%]|\s*(?:percent|per cent|%))`,
  'gi',
);
/** "the number of confirmed cases this year passed 9,400": the number counts the noun named before it. */
const NUMBER_OF_RE = new RegExp(
  String.raw`\bnumber of ((?:[a-z-]+\s+){0,2}?[a-z]+s)\b[^.,;:]{0,40}?\b(?:passed|reached|rose to|climbed to|hit|topped|exceeded|surpassed|stood at|fell to|dropped to|jumped to)\s+(?:about\s+|nearly\s+|more than\s+|almost\s+|over\s+|some\s+|roughly\s+)?(${NUM})(?![\d%]|\s*(?:percent|per cent|%))`,
  'gi',
);
/** "the 24-year-old", "a 34-year-old engineer": an age, which a reader can be asked. */
const AGE_RE = /(?=\d)(?<![\p{L}\d.,:-])(\d{1,3})-year-old\b(\s+[a-z]+)?/gu;
const DOZEN_RE = /\b(a|half a)\s+dozen\b(?!s)(?:\s+([a-z]+s)\b)?/gi;
/** "more than 3,400 injured", "1,200 dead": a casualty count whose noun, people, is left out. */
const CASUALTY_RE = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\d.,:$€£-])(${NUM})(?:\s+(?:were|have been|had been|was|are))?\s+(injured|wounded|killed|dead|missing|displaced|hurt|arrested|detained|evacuated|rescued)\b`,
  'gu',
);

const DIGIT_RE = /\d/;
const PLURALS: Record<string, string> = {
  country: 'countries', story: 'stories', person: 'people', km: 'km', match: 'matches', storey: 'storeys', man: 'men', woman: 'women',
  child: 'children', inch: 'inches', foot: 'feet', box: 'boxes', bus: 'buses', branch: 'branches',
};

/** The plural of a count noun as news copy writes it. */
function pluralOf(base: string): string {
  if (PLURALS[base]) return PLURALS[base] as string;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

function numberOf(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

function currencyUnit(sign: string): string {
  const s = sign.trim();
  for (const [re, unit] of CURRENCY_UNITS) if (re.test(s)) return unit;
  return 'money';
}

const CLAUSE_BREAK = /\s+(?:with|and|but|which|that|who|it|as|while|if|because|so|after|before|when|from|up|down|than|to)\s/;

/** Up to five words after the number that say what it is ("of its own shares", "in add-ons"), within the clause. */
export function tailWords(text: string, from: number): string {
  const clause = /^[^,.;:“”"()–—]{0,70}/.exec(text.slice(from))?.[0] ?? '';
  const cut = clause.split(CLAUSE_BREAK)[0] ?? '';
  return cut.trim().split(/\s+/).slice(0, 5).join(' ');
}

/** The noun phrase a money or percentage figure is said of: "revenue" in "revenue of $4.5bn", "inflation" in "inflation rose to 3.6%". */
function headBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const m = /((?:[\p{L}’'-]+\s+){1,3}?)(?:of|at|to|worth|by|was|were|is|rose to|fell to|reached|hit|totalled|totaled|totalling|totaling|stood at|from)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|less than\s+|up to\s+|just\s+|over\s+|under\s+)?$/u.exec(before);
  if (!m) return '';
  // The noun phrase is the last words before the preposition, up to a verb ("agreed a fee of" → "fee").
  const words = (m[1] as string).trim().split(/\s+/);
  const kept: string[] = [];
  for (const w of words.reverse()) {
    if (/^(?:the|a|an|its|their|his|her|our|and|of|has|have|had|would|will|could|been|is|was|be|to|down|up|rise|fall|peak|recover|grow|point|by|from|at)$/i.test(w) || /ed$/.test(w)) break;
    kept.unshift(w);
  }
  return kept.slice(-2).join(' ');
}

/** "revenue (US dollars)" when the words before name it, else "US dollars of its own shares", else the unit alone. */
function describe(text: string, start: number, claimEnd: number, unit: string): string {
  const head = headBefore(text, start);
  if (head) return `${head} (${unit})`;
  const tail = tailWords(text, claimEnd);
  if (/^(?:of|for|a|an|per|worth)\b/i.test(tail) || /^in\s+[a-z]/.test(tail) || /^[a-z]+s\b/.test(tail)) return `${unit} ${tail}`.trim();
  return unit;
}

/** The first match of a global pattern from the start of the text, or null at once when its gate is shut. */
function startScan(re: RegExp, text: string, isOpen: boolean): RegExpExecArray | null {
  re.lastIndex = 0;
  return isOpen ? re.exec(text) : null;
}

/** Every amount the scanners recognise in one sentence, left to right, overlaps resolved in favour of the first. */
export function scanAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  const push = (h: AmountHit) => {
    if (!hits.some((o) => o.start < h.claimEnd && h.start < o.claimEnd)) hits.push(h);
  };
  let m: RegExpExecArray | null;
  // Cheap gates first: most sentences have no digit, and every pattern below needs a digit or a cue word.
  const hasDigit = DIGIT_RE.test(text);
  const hasHyphen = text.includes('-');
  if (!hasDigit && !hasHyphen && !/dozen|percentage point/i.test(text)) return hits;

  for (m = startScan(MONEY_RE, text, hasDigit); m; m = MONEY_RE.exec(text)) {
    const sign = m[1] as string;
    const scale = (m[3] ?? '').trim().toLowerCase();
    // "Rs" is only money before digits; "S$" etc. must not swallow a capital S that ends a word (guarded by the lookbehind).
    const value = numberOf(m[2] as string) * (SCALE_WORDS[scale] ?? 1);
    const start = m.index;
    const end = m.index + m[0].length;
    push({ value, unit: currencyUnit(sign), about: describe(text, start, end, currencyUnit(sign)), start, end, claimEnd: end });
  }
  for (m = startScan(MONEY_WORDS_RE, text, hasDigit); m; m = MONEY_WORDS_RE.exec(text)) {
    const scale = (m[2] ?? '').trim().toLowerCase();
    const value = numberOf(m[1] as string) * (SCALE_WORDS[scale] ?? 1);
    const word = (m[3] as string).toLowerCase().replace(/ sterling$/, '');
    const unit = word.endsWith('s') || /^(?:yen|yuan|rand|kronor|kroner|reais|lei|lire|naira|baht|rupiah|kwacha)$/.test(word) ? word : `${word}s`;
    const start = m.index;
    const end = start + (m[1] as string).length + (m[2] ?? '').length;
    const claimEnd = m.index + m[0].length;
    push({ value, unit, about: describe(text, start, claimEnd, unit), start, end, claimEnd });
  }
  for (m = startScan(PERCENT_RE, text, hasDigit); m; m = PERCENT_RE.exec(text)) {
    const unit = m[2] ? 'percentage points' : m[3] ? 'basis points' : 'percent';
    const start = m.index;
    const claimEnd = m.index + m[0].length;
    // "4.25%" keeps its sign; "90 percent" is written as the number alone, as the count figures are.
    const end = /%$/.test(m[0]) ? claimEnd : start + (m[1] as string).length;
    push({ value: numberOf(m[1] as string), unit, about: describe(text, start, claimEnd, unit), start, end, claimEnd });
  }
  for (m = startScan(FRACTION_POINT_RE, text, true); m; m = FRACTION_POINT_RE.exec(text)) {
    const unit = 'percentage points';
    const start = m.index;
    const end = m.index + m[0].length;
    push({ value: FRACTIONS[(m[1] as string).toLowerCase()] ?? 0, unit, about: describe(text, start, end, unit), start, end, claimEnd: end });
  }
  for (m = startScan(MAGNITUDE_RE, text, hasDigit); m; m = MAGNITUDE_RE.exec(text)) {
    const digits = (m[1] ?? m[2] ?? m[3]) as string;
    const start = m.index + m[0].indexOf(digits);
    push({ value: Number(digits), unit: 'magnitude', about: 'magnitude of the earthquake', start, end: start + digits.length, claimEnd: m.index + m[0].length });
  }
  for (m = startScan(COMPOUND_RE, text, hasHyphen && COMPOUND_CUE.test(text)); m; m = COMPOUND_RE.exec(text)) {
    const raw = m[1] as string;
    const lower = raw.toLowerCase();
    const value = /^\d/.test(raw) ? numberOf(raw) : WORD_VALUES[lower] ?? 0;
    const base = (m[2] as string).toLowerCase();
    const unit = PLURALS[base] ?? `${base}s`;
    const noun = (m[3] as string).trim();
    push({ value, unit, about: `${base} ${noun}`, start: m.index, end: m.index + raw.length, claimEnd: m.index + m[0].length });
  }
  for (m = startScan(COMPOUND_ANY_RE, text, hasHyphen && COMPOUND_ANY_CUE.test(text)); m; m = COMPOUND_ANY_RE.exec(text)) {
    const raw = m[1] as string;
    const base = (m[2] as string).toLowerCase();
    if (COMPOUND_ANY_SKIP.has(base) || (m[2] as string) !== base || WORD_VALUES[base] !== undefined) continue;
    const value = /^\d/.test(raw) ? numberOf(raw) : WORD_VALUES[raw.toLowerCase()] ?? 0;
    if (value === 0 || /^(?:19|20)\d\d$/.test(raw)) continue;
    push({ value, unit: pluralOf(base), about: `${base} ${(m[3] as string).trim()}`, start: m.index, end: m.index + raw.length, claimEnd: m.index + m[0].length });
  }
  for (m = startScan(CROWD_RE, text, hasDigit); m; m = CROWD_RE.exec(text)) {
    const raw = m[2] as string;
    const start = m.index + m[0].length - raw.length;
    push({ value: numberOf(raw), unit: 'people', about: `people in the ${(m[1] as string).toLowerCase()}`, start, end: start + raw.length, claimEnd: start + raw.length });
  }
  for (m = startScan(NUMBER_OF_RE, text, hasDigit && text.includes('number of')); m; m = NUMBER_OF_RE.exec(text)) {
    const raw = m[2] as string;
    const noun = (m[1] as string).trim();
    const start = m.index + m[0].length - raw.length;
    push({ value: numberOf(raw), unit: noun.split(/\s+/).pop() as string, about: noun, start, end: start + raw.length, claimEnd: start + raw.length });
  }
  for (m = startScan(AGE_RE, text, hasDigit && text.includes('-year-old')); m; m = AGE_RE.exec(text)) {
    const noun = (m[2] ?? '').trim();
    const about = /^(?:is|was|has|had|will|would|said|says|and|who)$/.test(noun) || !noun ? 'age' : `age of the ${noun}`;
    push({ value: Number(m[1]), unit: 'years old', about, start: m.index, end: m.index + (m[1] as string).length, claimEnd: m.index + m[0].length });
  }
  for (m = startScan(DOZEN_RE, text, true); m; m = DOZEN_RE.exec(text)) {
    const noun = m[2]?.toLowerCase();
    // "a dozen have been closed": the unit is the noun the sentence counted just before ("23 chapters").
    const unit = noun ?? /(\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty))\s+([a-z]+s)\b[^.]*$/i.exec(text.slice(0, m.index))?.[2]?.toLowerCase();
    if (!unit) continue;
    const value = (m[1] as string).toLowerCase() === 'half a' ? 6 : 12;
    const end = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0);
    push({ value, unit, about: noun ? describe(text, m.index, m.index + m[0].length, unit) : unit, start: m.index, end, claimEnd: m.index + m[0].length });
  }
  for (m = startScan(CASUALTY_RE, text, hasDigit); m; m = CASUALTY_RE.exec(text)) {
    const raw = m[1] as string;
    if (/^(?:19|20)\d\d$/.test(raw)) continue;
    push({ value: numberOf(raw), unit: 'people', about: `people ${m[2] as string}`, start: m.index, end: m.index + raw.length, claimEnd: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
