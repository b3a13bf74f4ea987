/**
 * A figure asked in its source's own words: the hedge as written ("Nearly 30", never "about 30"), the event
 * its clause counts ("killed in the unrest", not a toll of the coup the headline names), the counted noun
 * without a verb swept in ("troops", never "troops considered"), and never a second form of a count the
 * lede already gives ("more than 5,000" refugees, then "an estimated 5,600"). Blind-25/26 sent back each.
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { normalise } from './text';
import type { WrittenNumber } from './numbers';

/** Hedges and bounds as news copy writes them before a number, longest first. */
const HEDGE_BEFORE = /\b((?:(?:an?|the)\s+)?(?:estimated|nearly|almost|about|around|roughly|approximately|some|more than|fewer than|less than|at least|at most|up to|over|under|close to|just over|just under|upwards of|as many as|as few as|no fewer than|no more than|a total of|well over|more than an estimated)(?:\s+an?\s+estimated)?)\s+$/i;

/**
 * The hedge the source puts before the figure, exactly as written ("Nearly", "an estimated"), or null.
 *
 * @example
 * hedgeAsWritten(article, nearlyThirtyKilled); // → 'Nearly'
 */
export function hedgeAsWritten(article: ArticleInput, f: Figure): string | null {
  const before = article.body.slice(Math.max(f.sentence.start, f.valueStart - 40), f.valueStart);
  return HEDGE_BEFORE.exec(before)?.[1] ?? null;
}

/** Hedges that make a figure an estimate, with room on both sides: "around five thousand", "nearly 30", "some 400". */
const APPROXIMATE_HEDGE = /^(?:(?:an?|the)\s+)?(?:estimated|nearly|almost|about|around|roughly|approximately|some|close to)\b/i;

/**
 * Whether the article gives a figure as approximate: hedged ("around", "about", "nearly", "some", "an
 * estimated") or a round number spelled out ("five thousand", "two million"), which no one counted to the unit.
 * Its true value may lie a fair way off: "around five thousand" was about 5,500 (blind-34).
 *
 * @example
 * isApproximate(article, aroundFiveThousandVotes); // → true
 */
export function isApproximate(article: ArticleInput, f: Figure, parsed: WrittenNumber): boolean {
  if (f.qualifier === 'about' || f.qualifier === 'estimated') return true;
  if (parsed.style.kind === 'word' && (parsed.form?.factor ?? 1) >= 1000) return true;
  return APPROXIMATE_HEDGE.test(hedgeAsWritten(article, f) ?? '');
}

/**
 * The figure with its hedge as the explanation gives it: "nearly 30", "an estimated 5,600", "more than 13,000".
 *
 * @example
 * givenAs(article, nearlyThirtyKilled); // → 'nearly 30'
 */
export function givenAs(article: ArticleInput, f: Figure): string {
  const hedge = hedgeAsWritten(article, f) ?? f.qualifier;
  return hedge ? `${hedge.charAt(0).toLowerCase()}${hedge.slice(1)} ${f.raw}` : f.raw;
}

/** A phrase after a count that says in what event it happened: "in the unrest", "during the protests", "since 2014". */
const EVENT_PHRASE = /^\s+((?:in|during|amid|since|after)\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)(?=\s*[,.;:—–)]|\s*$)/u;
/** Words that make a phrase a new clause or a comparison, not the event: "in the region", "in which …". */
const NOT_EVENT = /\b(?:which|who|that|where|when|region|area|country|past|last|recent|first|previous)\b/i;

/**
 * The description with the event its sentence gives right after it: "people have been killed" → "people have
 * been killed in the unrest". A stem without it asks a story's toll as the headline's event's (a coup's).
 *
 * @example
 * withEventPhrase('Nearly 30 people have been killed in the unrest.', 'people have been killed'); // → 'people have been killed in the unrest'
 */
export function withEventPhrase(sentence: string, about: string): string {
  const at = sentence.indexOf(about);
  if (at < 0) return about;
  const m = EVENT_PHRASE.exec(sentence.slice(at + about.length));
  if (!m?.[1] || NOT_EVENT.test(m[1]) || m[1].split(/\s+/).length > 5) return about;
  return `${about} ${m[1]}`;
}

/** Words that end the phrase a number counts. */
const PHRASE_END = /^(?:of|in|on|at|to|for|from|by|with|and|or|but|that|who|which|were|was|are|is|have|has|had|will|would|could|should|can|between|since|during|across|over|under|after|before|around|near|along|against|through|into|onto|per|within|outside|inside|toward|towards|than|as|if|when|where|while|because|so|the|a|an|already|still|now|each|more)$/i;

/**
 * What a typed number counts, as the sentence words it, up to and including the counted noun: "previous
 * court appearances" for "He made 20 previous court appearances", "troops" for "15,000 troops considered to
 * be southerners" (a verb after the noun is what is said of them, not what they are). The extractor's unit
 * when the sentence's words after the number do not reach it.
 *
 * @example
 * countedNoun(article, fifteenThousandTroops); // → 'troops'
 */
export function countedNoun(article: ArticleInput, f: Figure): string {
  const head = normalise(f.unit).split(' ').pop() ?? '';
  const after = article.body.slice(f.valueEnd, f.sentence.end).replace(/^[\s-]+/, '');
  const words: string[] = [];
  for (const w of after.split(/\s+/)) {
    const bare = w.replace(/[^\p{L}\p{N}'’-]+$/u, '');
    if (!bare || PHRASE_END.test(bare) || words.length >= 4 || (words.length > 0 && /ing$/.test(bare))) break;
    words.push(bare);
    if (normalise(bare) === head || bare !== w) break;
  }
  return words.length && normalise(words[words.length - 1]!) === head ? words.join(' ') : f.unit.trim();
}

/** Qualifiers that make a figure a bound or an estimate: another form of the same count may stand beside it. */
const LOOSE: ReadonlySet<Figure['qualifier']> = new Set(['more than', 'less than', 'up to', 'at least', 'over', 'about', 'estimated']);
/** Counted nouns that say nothing of what happened to those counted. */
const GENERIC_HEAD = /^(?:people|persons|individuals|others|civilians|residents)$/;
/** Two forms of one count are within this ratio ("more than 5,000" and "an estimated 5,600"). */
const SAME_COUNT_RATIO = 1.5;

/**
 * Whether an earlier sentence of the same article (its lede, as a rule) gives the same count in another form:
 * the same counted noun, a value within half again, and one of the two a bound or an estimate ("more than
 * 5,000 refugees … have arrived in southern Chad", then "an estimated 5,600 refugees have fled to Chad"). A
 * student who read the lede types its figure and would be marked wrong: the later figure is not asked.
 *
 * @example
 * restatesEarlierCount(estimated5600Refugees, figuresOfTheArticle); // → true
 */
export function restatesEarlierCount(f: Figure, figures: readonly Figure[]): boolean {
  const head = normalise(f.unit).split(' ').pop() ?? '';
  // "people" counts anything: "300 people were killed … 400 people injured" are two counts unless the
  // descriptions share a word beyond it.
  const mine = new Set(normalise(f.about).split(' ').filter((w) => w.length >= 4 && w !== head));
  const sharesWord = (o: Figure) => normalise(o.about).split(' ').some((w) => mine.has(w));
  return figures.some((o) => {
    if (o.id === f.id || o.articleId !== f.articleId || o.sentence.start >= f.sentence.start || o.value <= 0 || o.value === f.value) return false;
    if ((normalise(o.unit).split(' ').pop() ?? '') !== head) return false;
    if (!LOOSE.has(o.qualifier) && !LOOSE.has(f.qualifier)) return false;
    if (GENERIC_HEAD.test(head) && !sharesWord(o)) return false;
    return Math.max(o.value, f.value) / Math.min(o.value, f.value) <= SAME_COUNT_RATIO;
  });
}
