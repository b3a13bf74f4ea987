import { appositiveEnd as endOfAppositive, findAppositives as appositivesIn } from '../appositive';
import { nameAfterDescriptor } from '../descriptor';
import { SPEECH_VERBS as SPEECH_VERB_LIST } from '../lexicon';
import { type Mention } from '../mentions';
import { expandTitleAbbreviation } from '../name-words';
import { type Token } from '../tokens';
import type { QuoteSpan } from '../text';
import { WordShapes } from '../word-shapes';
import type { AttributionMethod, Span } from '../types';
import { isGroupName } from './group-name';
import { ownerOfPostnominal, postnominalEnd } from './postnominal';
import { speakerServing } from './speaks-for';
import { methodOfMention, type Attribution } from './types';
import type { ArticleView } from './view';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const SHORT_CAPITALISED_END = /(\p{Lu}\p{Ll}{1,4})$/u;
const STOP_THEN_CAPITAL = /^\.\s\p{Lu}/u;

/*
 * Word lists and functions read per token, held in module constants: under the CommonJS transform that tsx
 * and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const SPEECH_VERBS = SPEECH_VERB_LIST;
/** `isSpeech` runs on most tokens of a quotation's surroundings: most fail on their length and first letter. */
const SPEECH_VERB_SHAPES = new WordShapes(SPEECH_VERBS);
const appositiveEnd = endOfAppositive;
const findAppositives = appositivesIn;

/** The end of a clause that puts the next name in a place: "from", "in", "at" … */
const PLACE_PREPOSITION_BEFORE = /\b(?:from|in|at|near|outside|inside|across|via|to|toward|towards|into)\s+$/i;
/** Words that may sit between a subject and its speech verb: "X also said", "X has said". */
export const ADVERBS = new Set(['also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'once', 'has', 'had', 'have', 'would', 'will', 'was', 'is', 'on', 'in', 'last', 'this', 'yesterday', 'today', 'repeatedly', 'reportedly', 'recently', 'separately', 'simply', 'bluntly', 'flatly']);
const MAX_SUBJECT_GAP_TOKENS = 7;
const COMMA = 0x2c;

/** A speech verb, or "put" of "as X put it". */
export function isSpeech(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  if (SPEECH_VERB_SHAPES.mayList(t.lower) && SPEECH_VERBS.has(t.lower)) return true;
  return t.lower === 'put' && next?.lower === 'it';
}

/** The word right before position i ("Sgt" in "Tech. Sgt."), when it is a dotted title abbreviation that comes before a name. */
function titleAbbreviationBefore(body: string, from: number, i: number): boolean {
  const word = SHORT_CAPITALISED_END.exec(body.slice(Math.max(from, i - 6), i))?.[1];
  return word !== undefined && (expandTitleAbbreviation(word) !== word || word === 'Prof');
}

/** The end of an attribution clause: the sentence end or the next quotation mark. */
export function nextStop(body: string, from: number, limit: number): number {
  // "Rep. Ana Ruiz (D-Mo.) said": a dot inside brackets ends no clause.
  let bracket = false;
  for (let i = from; i < limit; i++) {
    const c = body[i] as string;
    if (c === '“' || c === '"' || c === '”' || c === ';' || c === '!' || c === '?') return i;
    if (c === '(') bracket = true;
    else if (c === ')') bracket = false;
    if (c === '.' && !bracket && !/\b(?:Mr|Ms|Mrs|Dr|St|[A-Z])$/.test(body.slice(Math.max(from, i - 3), i)) &&
      !(titleAbbreviationBefore(body, from, i) && STOP_THEN_CAPITAL.test(body.slice(i, i + 3)))) return i;
  }
  return limit;
}

/**
 * "said X", "X said", "X told reporters", "as X put it" over [a, b). With `strictTail`, a verb must
 * close the clause or be followed by little: "Blinken said he hoped …" after a closing quotation is a
 * new sentence, not this quotation's attribution.
 */
export function parseClause(view: ArticleView, a: number, b: number, strictTail: boolean): Attribution | null {
  const toks = view.tokensIn(a, b).filter((t) => t.end <= b);
  let i = 0;
  while (toks[i]?.lower === 'and' || toks[i]?.lower === 'as') i++;
  const first = toks[i];
  if (!first) return null;
  const inRange = view.mentionsIn(first.start, b).filter((m) => m.kind !== 'description' || m.start >= first.start);
  if (isSpeech(first, toks[i + 1])) return verbFirst(view, toks, i, inRange);
  return subjectFirst(view, toks.slice(i), inRange, b, strictTail);
}

/** Form A, verb first: "said Mr. Stoltenberg", "demanded the British foreign minister, Liz Truss". */
function verbFirst(view: ArticleView, toks: Token[], i: number, inRange: Mention[]): Attribution | null {
  const first = toks[i] as Token;
  const second = toks[i + 1];
  if (second && (second.lower === 'that' || (second.lower === 'it' && first.lower !== 'put'))) return null;
  const m = inRange.find((x) => x.start > first.start && (x.kind === 'person' || x.kind === 'pronoun')) ??
    inRange.find((x) => x.start > first.start);
  if (!m) return null;
  const between = view.body.slice(first.end, m.start);
  if (/[.;!?]/.test(between.replace(/\b(?:Mr|Ms|Mrs|Dr)\./g, ''))) return null;
  // "said in a video message from Sagamihara": a name governed by a preposition is where, not who.
  if (PLACE_PREPOSITION_BEFORE.test(between)) return null;
  return { mention: m, method: methodOfMention(m, 'inverted'), end: m.end };
}

/** Form B, subject first: "Stoltenberg said", "an administration official told NBC", "X, the mayor, said". */
function subjectFirst(view: ArticleView, toks: Token[], inRange: Mention[], b: number, strictTail: boolean): Attribution | null {
  const { body } = view;
  const first = toks[0] as Token;
  const opening = inRange.find((x) => x.start <= first.start + 1 && x.end > first.start);
  // "…,” Verdi board member Stefan Kuehn said": a one-word name that opens a descriptor is its owner, not the subject.
  const owned = opening?.kind === 'person' && opening.name.length === 1 && !opening.isPossessive
    ? nameAfterDescriptor(body, toks.filter((t) => t.start >= opening.end), inRange.filter((x) => x !== opening)) : null;
  const m = owned ?? opening ?? nameAfterDescriptor(body, toks, inRange);
  if (!m || m.isPossessive) return null;
  const aside = bracketAfter(body, m.end, b);
  const subject = m.kind === 'description' && !aside ? withAffiliation(view, m, b) : m;
  // "Ana Ruiz of the University of Ohio said": the person stays the subject, the place of work is stepped over.
  const subjectEnd = aside ?? (m.kind === 'person' ? appositiveEnd(body, m.end, b, (x, y) => view.mentionsIn(x, y)) ?? postnominalEnd(view, m, inRange) ?? withAffiliation(view, m, b).end : null) ?? subject.end;
  const after = toks.filter((t) => t.start >= subjectEnd);
  let k = 0;
  // "an Indian negotiator who asked not to be named told Reuters": step over the relative clause
  // (its own verb first) to the next speech verb not governed by "to".
  if (after[0]?.lower === 'who' && after.length > 2) {
    let r = 2;
    while (r < after.length && r < 14 && !(isSpeech(after[r], after[r + 1]) && after[r - 1]?.lower !== 'to')) r++;
    if (r >= after.length || r >= 14 || /[.;!?]/.test(body.slice(m.end, (after[r] as Token).start))) return null;
    k = r;
  }
  const k0 = k;
  while (after[k] && ADVERBS.has((after[k] as Token).lower) && k < k0 + 3) k++;
  const verb = after[k];
  if (!verb || !isSpeech(verb, after[k + 1])) return null;
  if (/[.;!?]/.test(body.slice(subjectEnd, verb.start))) return null;
  if (strictTail) {
    const rest = after.slice(k + 1).filter((t) => t.end <= b);
    const tail = body.slice(verb.end, b);
    const shortTail = rest.length <= 4 && !/^\s+(?:he|she|they|it|that|the)\b/i.test(tail);
    if (!/^\s*[,.;:!?]/.test(tail) && !shortTail && verb.lower !== 'told' && !isPlaceAndTime(tail, rest)) return null;
  }
  const method: AttributionMethod = verb.lower === 'put' ? 'put-it' : verb.lower === 'told' ? 'told' : methodOfMention(subject, 'explicit');
  return { mention: subject, method, end: verb.end };
}

/** Prepositions that open where and when something was said: "said in a news conference at NATO headquarters here today". */
const ADJUNCT_OPENERS = /^\s+(?:in|at|on|during|after|before|from|while|via|over)\s/i;
/** Longest tail of where and when after the verb that still closes the attribution. */
const MAX_ADJUNCT_WORDS = 12;

/** A tail after the verb that says only where and when: a preposition first, no clause of its own ("that", a pronoun, a verb of saying). */
function isPlaceAndTime(tail: string, rest: Token[]): boolean {
  return ADJUNCT_OPENERS.test(tail) && rest.length <= MAX_ADJUNCT_WORDS && !/[,;:]/.test(tail.trim().replace(/[.]$/, '')) &&
    !rest.some((t) => /^(?:that|he|she|they|who|which|whether|if|because)$/.test(t.lower) || isSpeech(t));
}

/** A short aside in brackets right after the subject: "Rep. Ana Ruiz (D-Mo.) said", "the directorate (Ipid) said". Where it ends. */
function bracketAfter(body: string, from: number, b: number): number | null {
  const aside = /^\s*\([^()]{1,24}\)/.exec(body.slice(from, Math.min(b, from + 30)));
  return aside ? from + aside[0].length : null;
}

/** A capitalised name, "the" before it if any, with "of", "for", "and" inside: "the University of Ohio". */
const PROPER_NAME = /^(?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}’'&-]*)*/u;

/**
 * An anonymous source with the body it speaks for: "a spokesperson for the Department of Health said";
 * for a person, where they work: "Ana Ruiz of the University of Ohio said". The subject runs through
 * the preposition and the name or description after it, when the verb comes next.
 */
function withAffiliation(view: ArticleView, m: Mention, b: number): Mention {
  const prepositions = m.kind === 'person' ? /^\s+(?:of|at|from)\s+(?=\S)/ : /^\s+(?:for|at|with|from|of)\s+(?=\S)/;
  const pp = prepositions.exec(view.body.slice(m.end, Math.min(b, m.end + 8)));
  if (!pp) return m;
  const at = m.end + pp[0].length;
  const named = PROPER_NAME.exec(view.body.slice(at, b));
  const owner = view.mentionsIn(at, b).find((x) => x.start === at || view.body.slice(at, x.start) === 'the ');
  const end = Math.max(named ? at + named[0].length : 0, owner && owner.kind !== 'pronoun' && !owner.isPossessive ? owner.end : 0);
  if (end === 0) return m;
  return { ...m, end, nameEnd: end, text: view.body.slice(m.start, end) };
}

/**
 * The subject of a speech verb among a sentence's mentions: a name whose appositive runs up to the verb
 * ("Helen Oakes, a Republican who chairs the panel, said"), which a mention inside the appositive
 * must not take from it, else the nearest mention before the verb, not too far from it. Nobody when
 * the appositive names someone else ("X, whose son Tom Reed died, said"): either might be meant.
 */
export function subjectBefore(view: ArticleView, verb: Token, sMentions: Mention[], toks: Token[]): Mention | null {
  let nearest: Mention | null = null;
  for (const m of sMentions) if (m.end <= verb.start) nearest = m;
  if (!nearest) return null;
  for (let j = sMentions.length - 1; j >= 0; j--) {
    const m = sMentions[j] as Mention;
    if (m.end > verb.start || m.kind !== 'person' || view.body.charCodeAt(m.end) !== COMMA) continue;
    const ap = findAppositives(view.body, m.end, verb.start, (x, y) => view.mentionsIn(x, y));
    if (ap === null) continue;
    const gap = toks.filter((x) => x.start >= ap.end && x.end <= verb.start);
    if (gap.length <= 2 && gap.every((x) => ADVERBS.has(x.lower))) return ap.namesSomeone ? null : m;
  }
  // "addressed those Afghans who are fighting, saying": a group is no speaker a name could resolve to.
  if (isGroupName(view, nearest)) return null;
  nearest = ownerOfPostnominal(view, nearest, sMentions) ?? headOfPostModifier(view, nearest, sMentions) ?? speakerServing(view, nearest, sMentions) ?? nearest;
  const gapTokens = toks.filter((x) => x.start >= (nearest as Mention).end && x.end <= verb.start).length;
  return gapTokens > MAX_SUBJECT_GAP_TOKENS ? null : nearest;
}

/** "of", "from" or "at", then an optional "the" and unit number, right before an organisation: "… of 204 Signal Squadron". */
const POST_MODIFIER_GAP = /^\s+(?:of|from|at)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)?\s+)?$/;

/**
 * The person an organisation's name modifies: in "Captain Stuart Thomas of 204 Signal Squadron said", the
 * squadron is where the captain serves, and the subject of "said" is the noun phrase's head, the captain.
 */
function headOfPostModifier(view: ArticleView, org: Mention, sMentions: Mention[]): Mention | null {
  if (org.kind === 'person') return null;
  const i = sMentions.indexOf(org);
  const head = i > 0 ? sMentions[i - 1] : undefined;
  if (!head || head.kind !== 'person' || head.isPlural) return null;
  return POST_MODIFIER_GAP.test(view.body.slice(head.end, org.start)) ? head : null;
}

/** A speech verb in its plain form ("say", not "says" or "said"). */
const PLAIN_SPEECH_VERBS = new Set(['say', 'tell', 'ask', 'add']);

/**
 * "Use Ana Ruiz / Lee Min-jun, and say in the stem that “…”": a plain-form verb after a name, a comma and "and"
 * is a command or a plural subject's verb, not what the person named said (a person says or said).
 */
function isCommandAfterName(body: string, subj: Mention, verb: Token): boolean {
  return PLAIN_SPEECH_VERBS.has(verb.lower) && /^,\s+and\s+$/.test(body.slice(subj.end, verb.start));
}

/** Conjunctions that open a clause without a subject ("when asked", "if pressed", "after being told"). */
const REDUCED_CLAUSE_OPENERS = new Set(['when', 'if', 'once', 'unless', 'after', 'until', 'whenever']);

/** The speaker of a speech verb before pos in sentence s: "Stoltenberg said: “…", "he told reporters that “…". */
export function speechBefore(view: ArticleView, pos: number, s: Span, toks: Token[], sMentions: Mention[]): Attribution | null {
  const pre = toks.filter((t) => t.start >= s.start && t.end <= pos);
  for (let i = pre.length - 1; i >= 0; i--) {
    const t = pre[i] as Token;
    if (!isSpeech(t, pre[i + 1])) continue;
    // "told reporters when asked about the plan:": the verb of a reduced clause has no subject; the one before it speaks.
    if (REDUCED_CLAUSE_OPENERS.has(pre[i - 1]?.lower ?? '')) continue;
    const subj = subjectBefore(view, t, sMentions, pre);
    if (!subj || isCommandAfterName(view.body, subj, t)) return null;
    const preText = view.body.slice(t.end, pos);
    const method: AttributionMethod =
      t.lower === 'put' ? 'put-it' : t.lower === 'told' ? 'told' : /:\s*$/.test(preText) || t.lower === 'saying' ? 'colon' : methodOfMention(subj, 'explicit');
    return { mention: subj, method, end: t.end };
  }
  return null;
}

/**
 * Whether someone or a speech verb follows the quotation in its clause ("…,” she said" with a "she"
 * that could not be resolved): the quotation has an attribution, only not one understood, so it
 * must not pass for the previous speaker's.
 */
export function hasUnreadAttribution(view: ArticleView, q: QuoteSpan, limit: number, stop = nextStop(view.body, q.close, limit)): boolean {
  if (q.close >= limit) return false;
  const { body } = view;
  const toks = view.tokensIn(q.close, stop);
  const hasVerb = toks.some((t) => SPEECH_VERBS.has(t.lower));
  // After "….”" comes the next sentence ("Blinken said he hoped …", "Ana Ruiz disagreed."); only a short
  // one with a speech verb ("Ana Ruiz said.") may be this quotation's attribution.
  if (/[.!?]$/.test(body.slice(q.contentStart, q.contentEnd))) return hasVerb && toks.length <= 5;
  return hasVerb || view.mentionsIn(q.close, stop).length > 0;
}
