import { SCALE_ABBREVIATIONS, SCALE_NAMES, SCALE_WORDS } from './lexicons/scales';
import { NUMBER_WORD_LEXICON } from './lexicons/number-words';
/**
 * Figures that carry their own unit in the way they are written: sums of money ("$4.5bn", "€85 million",
 * "USD 300m", "Rs 3,500 crore", "five yen"), percentages ("4.25%", "90 percent"), percentage points and
 * basis points, measures with an abbreviated unit ("256GB", "90km/h", "a 7.9-inch screen"), exchange
 * rates ("158.71 per dollar"), earthquake magnitudes, compound counts ("the 27-nation bloc", "a five-year
 * contract", "the 24-year-old"), "a dozen" and casualty counts without a noun ("more than 3,400 injured").
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

/** "$4.5bn", "€85 million", "Rs 3,500 crore" (Indian lakh and crore) and "$240-million" (Canadian style). */
const SCALE = String.raw`(?:\s?(?:${SCALE_ABBREVIATIONS})(?![\p{L}\d])|\s+(?:${SCALE_NAMES})\b|-(?:million|billion|trillion)\b)`;

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
  String.raw`(?=\d)(?<![\p{L}\d.,:-])(${NUM})(\s+(?:${SCALE_NAMES}))?\s+(euros?|dollars?|pounds(?: sterling)?|yen|yuan|rupees|pesos|francs|krona|kronor|kroner|crowns|roubles|rubles|reais|rand|lei|zlotys?|forints?|liras?|lire|shillings|naira|dirhams|riyals|rials|dinars|baht|rupiah|hryvnias?|kwacha|cedis)\b`,
  'gu',
);
/** "Five yen in a week", "ten euros a head": a small sum in words, in a currency no weight or other unit shares (not pounds). */
const MONEY_IN_WORDS_RE = /(?<![\p{L}-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(euros|dollars|yen|yuan|rupees|pesos|roubles|rubles)\b/giu;
const CURRENCY_WORD_CUE = /\b(?:euros|dollars|yen|yuan|rupees|pesos|roubles|rubles)\b/i;
const PERCENT_RE = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\d.,:-])(${NUM})(?:\s?%|pc\b|\s+(?:percent|per cent)\b|(\s+percentage points?\b)|(\s+basis points?\b|\s?bps\b))`,
  'gu',
);
/** "a quarter of a percentage point", "half a percentage point", "half a percent". */
const FRACTION_POINT_RE = /\b(a quarter of an?|half an?|three quarters of an?)\s+(percentage point|percent|per cent|point|mile|kilometre|kilometer|metre|meter|foot|inch|tonne|ton|pound|gallon|litre|liter|hour)\b/gi;
const FRACTIONS: Record<string, number> = { 'a quarter of a': 0.25, 'half a': 0.5, 'three quarters of a': 0.75, 'a quarter of an': 0.25, 'half an': 0.5, 'three quarters of an': 0.75 };
const MAGNITUDE_RE = /\bmagnitude(?:\s+of)?[- ](\d(?:\.\d)?)(?![\d.]*\d)|(?<![\d.])(\d\.\d)[- ]magnitude\b|(?<![\d.])(\d\.\d)\s+on the Richter scale\b/gi;

/**
 * A unit glued to its number or abbreviated ("256GB", "4,800mAh", "90km/h", "5 GHz"), or a decimal
 * size joined to its noun ("a 7.9-inch screen"; whole numbers are the compound patterns' below).
 */
const MEASURE_RE = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\d.,:$€£-])(?:(${NUM})(\s?(?:GB|TB|MB|GHz|MHz|mAh|kWh|MWh|GWh|kW|MW|GW|km\/h|kph|mph|℃|℉|°\s?[CF])|(?:km|kg|mm|cm))(?![\p{L}\d/])|(\d+\.\d+)-(inch|foot|metre|meter|centimetre|millimetre|kilometre|mile|litre|tonne|kilogram|gram|megapixel)(?!-)(?:\s+([a-z][a-z-]+))?)`,
  'gu',
);
const MEASURE_UNITS: Record<string, string> = {
  GB: 'gigabytes', TB: 'terabytes', MB: 'megabytes', kWh: 'kilowatt-hours', MWh: 'megawatt-hours', GWh: 'gigawatt-hours',
  kW: 'kilowatts', MW: 'megawatts', GW: 'gigawatts', kph: 'km/h', kg: 'kilograms', mm: 'millimetres', cm: 'centimetres',
  '℃': 'degrees Celsius', '°C': 'degrees Celsius', '° C': 'degrees Celsius', '℉': 'degrees Fahrenheit', '°F': 'degrees Fahrenheit', '° F': 'degrees Fahrenheit',
};
/**
 * "158.71 per dollar", "Past 158 Per Dollar": an exchange rate, in the currency the sentence names when it
 * names one. Never "per pound", which is as often a price by weight.
 */
const RATE_RE = new RegExp(String.raw`(?=\d)(?<![\p{L}\d.,:$€£-])(${NUM})\s+(?:per|to the|against the)\s+(dollar|euro)\b`, 'giu');
const RATE_CURRENCY = /\b(yen|yuan|rupees?|roubles?|rubles?|pesos?|lira|won|rand|ringgit|baht|rupiah)\b/i;
/** "… to 158.71 per dollar before trimming losses to 158.20": a later level of the same rate, after a preposition. */
const RATE_LEVEL_RE = new RegExp(String.raw`\b(?:to|at|from|past|above|below|near|beyond)\s+(${NUM})(?![\p{L}\d%]|[.,]\d|\s*(?:%|per\b|percent|million|billion|[a-z]+s\b))`, 'giu');

/** Number words of compounds and counts ("a nine-member committee"); never "a dozen-member". */
export const WORD_VALUES: Record<string, number> = Object.fromEntries(Object.entries(NUMBER_WORD_LEXICON.record).filter(([w]) => w !== 'dozen'));
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
/** Between a cue and its number: a qualifier, which figures.ts reads from the words before the number. */
const LEAD = String.raw`(?:(?:about|around|some|nearly|almost|more than|over|roughly|at least|up to)\s+)?`;
/** "put the toll at about 150,000", "the death toll rose to 312": people killed, in a sentence about deaths. */
const TOLL_RE = new RegExp(String.raw`\b(death\s+)?toll\s+(?:at|of|to|reached|stands at|stood at|rose to|climbed to|passed)\s+${LEAD}(${NUM}(?:\s+(?:thousand|million))?)(?![\d%]|[.,]\d|\s*(?:%|percent|per cent|[a-z]+s\b))`, 'giu');
const DEATH_CUE = /\b(?:killed|dead|died|deaths?|fatalities)\b/i;
/** "driven more than 12 million from their homes": people uprooted, whose noun is left out. */
const UPROOTED_RE = new RegExp(String.raw`\b(driven|drove|forced|displaced|uprooted)\s+${LEAD}(${NUM}(?:\s+(?:thousand|million))?)\s+(?:people\s+)?from\s+(?:their|its|his|her)\s+homes?\b`, 'giu');

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

/**
 * Adds a hit to `hits` unless it overlaps one found before. Returned by a function rather than declared
 * as a named constant in `scanAmounts`: under tsx's keepNames each named closure is renamed by a
 * property definition every time it is made, once per sentence here.
 */
function firstOfOverlapping(hits: AmountHit[]): (h: AmountHit) => void {
  return (h) => {
    if (!hits.some((o) => o.start < h.claimEnd && h.start < o.claimEnd)) hits.push(h);
  };
}

/** Every amount the scanners recognise in one sentence, left to right, overlaps resolved in favour of the first. */
export function scanAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  const push = firstOfOverlapping(hits);
  // Cheap gates first: most sentences have no digit, and every pattern below needs a digit or a cue word.
  const hasDigit = DIGIT_RE.test(text);
  const hasHyphen = text.includes('-');
  if (!hasDigit && !hasHyphen && !/dozen|percentage point|quarter of an? |half an? /i.test(text) && !CURRENCY_WORD_CUE.test(text)) return hits;
  addMoney(text, hasDigit, push);
  addPercentsAndMeasures(text, hasDigit, push);
  addRates(text, hasDigit, push);
  addFractionsAndMagnitudes(text, hasDigit, push);
  addCompounds(text, hasHyphen, push);
  addCounts(text, hasDigit, push);
  addUnnamedPeople(text, hasDigit, push);
  return hits.sort((a, b) => a.start - b.start);
}

/** Money: "$5 billion", "40 million euros", "five dollars". */
function addMoney(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
  for (m = startScan(MONEY_RE, text, hasDigit); m; m = MONEY_RE.exec(text)) {
    const sign = m[1] as string;
    const scale = (m[3] ?? '').trim().toLowerCase().replace(/^-/, '');
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
  for (m = startScan(MONEY_IN_WORDS_RE, text, CURRENCY_WORD_CUE.test(text)); m; m = MONEY_IN_WORDS_RE.exec(text)) {
    const word = (m[1] as string).toLowerCase();
    const unit = (m[2] as string).toLowerCase();
    const end = m.index + word.length;
    const head = headBefore(text, m.index);
    push({ value: WORD_VALUES[word] ?? 0, unit, about: head ? `${head} (${unit})` : unit, start: m.index, end, claimEnd: m.index + m[0].length });
  }
}

/** Percentages, basis points and measures: "4.25%", "90 percent", "256GB", "a 7.9-inch screen". */
function addPercentsAndMeasures(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
  for (m = startScan(PERCENT_RE, text, hasDigit); m; m = PERCENT_RE.exec(text)) {
    const unit = m[2] ? 'percentage points' : m[3] ? 'basis points' : 'percent';
    const start = m.index;
    const claimEnd = m.index + m[0].length;
    // "4.25%" keeps its sign; "90 percent" is written as the number alone, as the count figures are.
    const end = /%$/.test(m[0]) ? claimEnd : start + (m[1] as string).length;
    push({ value: numberOf(m[1] as string), unit, about: describe(text, start, claimEnd, unit), start, end, claimEnd });
  }
  for (m = startScan(MEASURE_RE, text, hasDigit); m; m = MEASURE_RE.exec(text)) {
    const claimEnd = m.index + m[0].length;
    if (m[3]) {
      // "a 7.9-inch inner screen": the size describes the noun after it, as the compound counts do.
      const base = (m[4] as string).toLowerCase();
      const about = m[5] ? `${base} ${m[5]}` : pluralOf(base);
      push({ value: Number(m[3]), unit: pluralOf(base), about, start: m.index, end: m.index + m[3].length, claimEnd });
      continue;
    }
    const glued = (m[2] as string).trim();
    const unit = MEASURE_UNITS[glued] ?? glued;
    // "256GB" is written as one token and kept whole; "5 GHz" as the number alone.
    const end = /^\s/.test(m[2] as string) ? m.index + (m[1] as string).length : claimEnd;
    push({ value: numberOf(m[1] as string), unit, about: describe(text, m.index, claimEnd, unit), start: m.index, end, claimEnd });
  }
}

/** Fractions of a point ("a quarter of a percentage point") and earthquake magnitudes. */
function addFractionsAndMagnitudes(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
  for (m = startScan(FRACTION_POINT_RE, text, true); m; m = FRACTION_POINT_RE.exec(text)) {
    // "half a mile", "half an hour": a fraction of a measure counts in that measure ("less than half a mile" → 0.5 miles).
    const noun = (m[2] as string).toLowerCase();
    const unit = noun.endsWith('point') ? 'percentage points' : noun.startsWith('per') ? 'percent' : noun === 'foot' ? 'feet' : noun === 'inch' ? 'inches' : `${noun}s`;
    const start = m.index;
    const end = m.index + m[0].length;
    push({ value: FRACTIONS[(m[1] as string).toLowerCase()] ?? 0, unit, about: describe(text, start, end, unit), start, end, claimEnd: end });
  }
  for (m = startScan(MAGNITUDE_RE, text, hasDigit); m; m = MAGNITUDE_RE.exec(text)) {
    const digits = (m[1] ?? m[2] ?? m[3]) as string;
    const start = m.index + m[0].indexOf(digits);
    push({ value: Number(digits), unit: 'magnitude', about: 'magnitude of the earthquake', start, end: start + digits.length, claimEnd: m.index + m[0].length });
  }
}

/**
 * "a 40‑strong team of criminal investigators" (any hyphen): the number counts the members, named after
 * "of" or else left as members of the group.
 */
const STRONG_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,:$€£-])(\d{1,3}(?:,\d{3})*|${SMALL_WORDS})[-\u2010\u2011]strong\s+([a-z]+)(?:\s+of\s+((?:[a-z]+\s+){0,2}?[a-z]+s)\b)?`,
  'giu',
);

/** Hyphenated counts: "a 12-member panel", "three-day talks". */
function addCompounds(text: string, hasHyphen: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
  for (m = startScan(STRONG_RE, text, text.includes('strong')); m; m = STRONG_RE.exec(text)) {
    const raw = m[1] as string;
    const value = /^\d/.test(raw) ? numberOf(raw) : WORD_VALUES[raw.toLowerCase()] ?? 0;
    const members = m[3] as string | undefined;
    const unit = members ? (members.split(/\s+/).pop() as string) : 'members';
    push({ value, unit, about: members ? `${m[2] as string} of ${members}` : `members of the ${m[2] as string}`, start: m.index, end: m.index + raw.length, claimEnd: m.index + m[0].length });
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
    // "two-thousand prisoners": a scale word after the hyphen is the number's own, read by figures.ts.
    if (COMPOUND_ANY_SKIP.has(base) || (m[2] as string) !== base || WORD_VALUES[base] !== undefined || SCALE_WORDS[base] !== undefined) continue;
    const value = /^\d/.test(raw) ? numberOf(raw) : WORD_VALUES[raw.toLowerCase()] ?? 0;
    if (value === 0 || /^(?:19|20)\d\d$/.test(raw)) continue;
    push({ value, unit: pluralOf(base), about: `${base} ${(m[3] as string).trim()}`, start: m.index, end: m.index + raw.length, claimEnd: m.index + m[0].length });
  }
}

/** Counts without a unit noun of their own: crowds, "the number of …", ages, dozens, casualties. */
function addCounts(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
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
}


/** "about 150,000", "2.3 million": a count with its scale word applied. */
function scaledCount(raw: string): number {
  return numberOf(raw.replace(/\s+\D+$/, '')) * (SCALE_WORDS[/\D+$/.exec(raw)?.[0]?.trim() ?? ''] ?? 1);
}

/** People counted without the word: a death toll ("put the toll at about 150,000") and people driven from their homes. */
function addUnnamedPeople(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  let m: RegExpExecArray | null;
  for (m = startScan(TOLL_RE, text, hasDigit && text.includes('toll') && DEATH_CUE.test(text)); m; m = TOLL_RE.exec(text)) {
    const raw = m[2] as string;
    const start = m.index + m[0].length - raw.length;
    push({ value: scaledCount(raw), unit: 'people', about: 'death toll', start, end: start + raw.length, claimEnd: start + raw.length });
  }
  for (m = startScan(UPROOTED_RE, text, hasDigit && /\bhomes?\b/.test(text)); m; m = UPROOTED_RE.exec(text)) {
    const raw = m[2] as string;
    const start = m.index + m[0].indexOf(raw, (m[1] as string).length);
    push({ value: scaledCount(raw), unit: 'people', about: `people ${(m[1] as string).toLowerCase()} from their homes`, start, end: start + raw.length, claimEnd: m.index + m[0].length });
  }
}

/** Exchange rates ("158.71 per dollar") and, after one, later levels of it in the sentence within a tenth of its value. */
function addRates(text: string, hasDigit: boolean, push: (h: AmountHit) => void): void {
  const rates: AmountHit[] = [];
  let m: RegExpExecArray | null;
  for (m = startScan(RATE_RE, text, hasDigit && /\b(?:per|to the|against the)\s+(?:dollar|euro)\b/i.test(text)); m; m = RATE_RE.exec(text)) {
    // "the rupee fell to 84.3 per dollar": rupees per dollar.
    const currency = RATE_CURRENCY.exec(text)?.[1]?.toLowerCase().replace(/^(rupee|peso|rouble|ruble)$/, '$1s');
    const unit = `${currency ? `${currency} ` : ''}per ${(m[2] as string).toLowerCase()}`;
    const end = m.index + (m[1] as string).length;
    const hit = { value: numberOf(m[1] as string), unit, about: 'exchange rate', start: m.index, end, claimEnd: m.index + m[0].length };
    rates.push(hit);
    push(hit);
  }
  if (rates.length === 0) return;
  for (m = startScan(RATE_LEVEL_RE, text, true); m; m = RATE_LEVEL_RE.exec(text)) {
    const raw = m[1] as string;
    const start = m.index + m[0].length - raw.length;
    const rate = rates.filter((r) => r.start < start).pop();
    const value = numberOf(raw);
    if (!rate || rates.some((r) => r.start === start) || Math.abs(value - rate.value) > rate.value / 10) continue;
    push({ value, unit: rate.unit, about: rate.about, start, end: start + raw.length, claimEnd: start + raw.length });
  }
}
