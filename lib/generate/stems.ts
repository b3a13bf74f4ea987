/**
 * Whether the extractor's description of a figure ("people were killed") can be put after "How many"
 * and read as a question a teacher would sign. A description cut at the wrong place ("people have died
 * of cholera in", "percent of the deaths we are", "jobs in his country depended on") or one that is
 * only a noun ("tonnes of medical supplies") makes a broken question; the caller then shows the
 * sentence with the figure blanked instead.
 */
import { containsWords, normalise } from './text';

const PREPOSITIONS = [
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below',
  'beside', 'between', 'beyond', 'by', 'despite', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off',
  'on', 'onto', 'out', 'over', 'per', 'since', 'than', 'through', 'to', 'toward', 'towards', 'under', 'until', 'up',
  'upon', 'via', 'with', 'within', 'without',
];
const DETERMINERS = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'any', 'each', 'every', 'no', 'such'];
const AUXILIARIES = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'shall', 'should', 'may', 'might', 'must',
];
const CONJUNCTIONS = ['and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'because', 'although', 'though', 'if', 'when', 'where', 'who', 'which', 'whom', 'whose'];
/** A question in the third person about a report: "we", "our", "you" belong to a speaker's own words. */
const FIRST_SECOND_PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours']);
const IRREGULAR_PAST = new Set([
  'said', 'sent', 'held', 'fled', 'lost', 'left', 'took', 'made', 'came', 'went', 'fell', 'rose', 'got', 'gave', 'won',
  'ran', 'saw', 'met', 'paid', 'built', 'spent', 'kept', 'brought', 'bought', 'sold', 'told', 'found', 'became', 'began',
  'grew', 'drew', 'struck', 'stood', 'led', 'fought', 'sought', 'broke', 'spoke', 'chose', 'wrote', 'drove', 'flew',
  'threw', 'knew', 'taken', 'given', 'shown', 'seen', 'done', 'gone', 'known', 'grown', 'drawn', 'flown', 'written',
  'chosen', 'spoken', 'broken', 'driven', 'risen', 'fallen', 'begun', 'won', 'hurt', 'cut', 'put', 'hit', 'set', 'shut',
]);
/** Past forms that need nothing after them: "How many people died?" is a whole question; "How many members wanted?" is not. */
const INTRANSITIVE = new Set([
  'died', 'fled', 'survived', 'arrived', 'resigned', 'abstained', 'protested', 'disappeared', 'drowned', 'starved',
  'rose', 'fell', 'remained', 'stayed', 'returned', 'voted', 'massed', 'gathered', 'marched', 'escaped', 'collapsed',
  'happened', 'occurred', 'participated', 'competed', 'graduated', 'retired', 'emigrated', 'went', 'came', 'left',
]);
/** "-ed" words that are not verbs. */
const NOT_VERBS = new Set(['hundred', 'red', 'bed', 'shed', 'seed', 'speed', 'need', 'feed', 'breed', 'weed', 'sacred', 'kindred', 'naked', 'wicked']);

/** Words that need what follows them: "fewer Australians were unemployed last month compared" lost its "with …". */
const NEEDS_COMPLEMENT = ['compared', 'according', 'including', 'versus', 'than', 'like', 'such', 'due', 'owing'];

const DANGLING = new Set([...PREPOSITIONS, ...DETERMINERS, ...AUXILIARIES, ...CONJUNCTIONS, ...NEEDS_COMPLEMENT]);
const AUX = new Set(AUXILIARIES);

function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_VERBS.has(word));
}

/**
 * Whether a description reads as the rest of a "How many …?" question: a clause with a verb, ending
 * on a word that completes it, with no speaker's "we"/"you" in it.
 *
 * @example
 * isAskableClause('people were killed'); // → true
 * isAskableClause('people have died of cholera in'); // → false (dangling preposition)
 * isAskableClause('percent of the deaths we are'); // → false (a speaker's "we")
 * isAskableClause('tonnes of medical supplies'); // → false (no verb: asks nothing)
 * isAskableClause('members wanted'); // → false (a verb with its object cut off)
 * isAskableClause('weekly users in the United States'); // → false ("United" is a name, not a verb)
 */
export function isAskableClause(about: string): boolean {
  const words = normalise(about).split(' ').filter(Boolean);
  if (words.length < 2) return false;
  if (words.some((w) => FIRST_SECOND_PERSON.has(w))) return false;
  const last = words[words.length - 1] as string;
  const beforeLast = words[words.length - 2] as string;
  if (DANGLING.has(last)) return false;
  // "destroyed or badly": a coordination cut after its first word.
  if (CONJUNCTIONS.includes(beforeLast)) return false;
  const hasAux = words.some((w) => AUX.has(w));
  // "the United States" has no verb in it: a capitalised word is a name, whatever it ends in.
  const names = new Set(about.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map(normalise));
  const hasVerb = hasAux || words.slice(1).some((w) => isPastForm(w) && !names.has(w));
  if (!hasVerb) return false;
  // A past form left at the end with no auxiliary is a finite verb missing its object.
  if (!hasAux && isPastForm(last) && !INTRANSITIVE.has(last)) return false;
  // "seniors have now received": a perfect tense left at its participle is missing its object too
  // ("were killed", a passive, is whole).
  const perfect = words.findLastIndex((w) => w === 'have' || w === 'has' || w === 'had');
  if (perfect >= 0 && perfect >= words.length - 3 && isPastForm(last) && !INTRANSITIVE.has(last) && !words.slice(perfect).includes('been')) return false;
  return true;
}

const PERCENT_UNIT = /^(percent|per cent|%|percentage points?)$/i;
/** Units of measure: a number of them is a length, a time or a weight, rarely a count the sentence asks about. */
const MEASURE_UNIT = /^(metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|yards?|inches?|cm|mm|hectares?|acres?|square \w+|seconds?|minutes?|hours?|days?|weeks?|months?|years?|degrees?|kg|kilograms?|grams?|tonnes?|tons?|litres?|liters?|gallons?|barrels?|km\/h|mph|knots?|points?|basis points?)$/i;
const CURRENCY_UNIT = /^(dollars?|euros?|pounds?|pesos?|yen|yuan|renminbi|rupees?|francs?|krona|kronor|kroner|crowns?|roubles?|rubles?|rand|reais|real|won|lira|shillings?|naira|dirhams?|riyals?)$/i;

/**
 * The "How many …?" or "What percentage …?" question body for a figure, or null when only the
 * blanked sentence reads well. Money is always asked as the blanked sentence ("How many pesos"
 * reads as a conversion exercise).
 *
 * @example
 * figureStemBody('people were killed', 'people'); // → 'How many people were killed?'
 * figureStemBody('percent of voters backed the deal', 'percent'); // → 'What percentage of voters backed the deal?'
 * figureStemBody('people have died of cholera in', 'people'); // → null
 * figureStemBody('metres are essentially finished', 'metres'); // → null (a measure, not a count)
 */
export function figureStemBody(about: string, unit: string, raw = ''): string | null {
  const what = about.trim().replace(/[.?!,;:]+$/, '');
  if (CURRENCY_UNIT.test(unit.trim()) || /[$£€¥₹]/.test(raw + what)) return null;
  if (PERCENT_UNIT.test(unit.trim())) {
    const rest = /^(?:percent|per cent|%)\s+of\s+(.+)$/i.exec(what)?.[1];
    return rest && isAskableClause(rest) ? `What percentage of ${rest}?` : null;
  }
  // "How many metres are essentially finished?" reads a threshold ("glaciers below 3,000 metres") as a count.
  if (MEASURE_UNIT.test(unit.trim())) return null;
  if (!unit.trim() || !containsWords(what, unit) || !isAskableClause(what)) return null;
  return `How many ${what}?`;
}
