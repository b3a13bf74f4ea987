import { NAME_CUE } from './introduced';
import { SPEECH_VERBS } from './lexicon';
import type { Mention } from './mention-types';
import { firstTokenFrom, type Token } from './tokens';
import { isEnglishWord, tagSpan } from './pos';
import { ORG_TAILS } from './roles';

/** Words that may sit between a subject and its speech verb: "Hicks also said", "it was Dr. Johnson who said". */
const BRIDGING = new Set(['also', 'later', 'then', 'again', 'previously', 'earlier', 'has', 'had', 'once', 'further', 'who']);
/** Pronoun-like quantifiers, capitalised only because they open a sentence: "Others said …". */
const QUANTIFIERS = new Set(['others', 'everyone', 'everybody', 'many', 'most', 'some', 'several', 'both', 'all', 'few', 'none', 'someone', 'somebody', 'nobody', 'anyone']);

function opensSentence(body: string, pos: number): boolean {
  return /(?:^|[.!?:]["”’]?\s+|\n\s*)["“‘']?$/.test(body.slice(Math.max(0, pos - 5), pos));
}

/** Whether the article also writes the word in lower case ("campaigners"): then it is a common word, not a name. */
function writesInLowerCase(body: string, lower: string): boolean {
  for (let i = body.indexOf(lower); i >= 0; i = body.indexOf(lower, i + 1)) {
    if (!/[\p{L}]/u.test(body[i - 1] ?? ' ') && !/[\p{L}]/u.test(body[i + lower.length] ?? ' ')) return true;
  }
  return false;
}

/** A short phrase before the subject: "Meanwhile, ", "In Cairo, ". */
const OPENER = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3},\s+)?$/u;
/** The rest of the sentence, then a next one opening with "He" or "She". */
const THEN_HE_OR_SHE = /^[^.!?\n]{0,200}[.!?]["”’]?[^\S\n]+(?:He|She)\b/;

/**
 * "Meanwhile, Nabeel wonders why people are upset. He asks: …": a lone word, no English word, that opens
 * its sentence as the subject of a verb (any the tagger reads as one), the next sentence going on with
 * "he" or "she": bodies and places are "it", so it names a person known by one name.
 */
function isTakenUpAsHeOrShe(body: string, m: Mention, lower: string): boolean {
  if (isEnglishWord(lower) || !OPENER.test(body.slice(Math.max(0, m.start - 40), m.start)) || !THEN_HE_OR_SHE.test(body.slice(m.end, m.end + 260))) return false;
  const next = tagSpan(body, m.start, Math.min(body.length, m.end + 40)).find((w) => w.start >= m.end);
  return next?.pos === 'VERB';
}

/** Longest appositive stepped over to the verb: "Hicks, a farmer from Leon, said". */
const MAX_APPOSITIVE_CHARS = 160;

/**
 * Whether the article itself shows that a lone capitalised word names a person: a title or courtesy
 * title ("Dr Hicks", "Mr Hicks"), a cue ("a nurse named Carla"), or grammar: it is the subject of a
 * speech verb ("Hicks said", "Hicks, a farmer, told …"), the name after it closing the clause ("…,” said Hicks."), or the source after
 * "according to". Read from the text alone, so that the people index is the same whatever asks first.
 *
 * @example
 * // 'Hicks said he would appeal.' → true for the mention of Hicks; 'Hicks is a town.' → false
 */
export function showsPerson(body: string, tokens: Token[], m: Mention): boolean {
  const lower = m.text.toLowerCase();
  // "Millbrook General Hospital", "the Romanian Society": the last word of a body's name is no person, titled or not.
  if (ORG_TAILS.has(lower)) return false;
  if (m.role !== null || m.gender !== null) return true;
  if (NAME_CUE.test(body.slice(Math.max(0, m.start - 30), m.start))) return true;
  const k = firstTokenFrom(tokens, m.start);
  const before = tokens[k - 1];
  // "…,” said Hicks." but not "Albers said Verdi would decide": the name must close the clause.
  if (before && SPEECH_VERBS.has(before.lower) && /^[^\S\n]+$/.test(body.slice(before.end, m.start)) && /^\s*(?:[.,;:!?)—–]|$)/.test(body.slice(m.end, m.end + 3))) return true;
  if (before?.lower === 'to' && tokens[k - 2]?.lower === 'according') return true;
  // "Teachers said …", "Others told …": a common word opening a sentence is no name for speaking.
  if (opensSentence(body, m.start) && (QUANTIFIERS.has(lower) || isEnglishWord(lower) || writesInLowerCase(body, lower))) return false;
  if (isTakenUpAsHeOrShe(body, m, lower)) return true;
  let j = firstTokenFrom(tokens, m.end);
  if (body[m.end] === ',') {
    const close = body.indexOf(',', m.end + 1);
    if (close < 0 || close - m.end > MAX_APPOSITIVE_CHARS || /[.;:!?“”"]/.test(body.slice(m.end + 1, close))) return false;
    j = firstTokenFrom(tokens, close);
  } else if (!/^\s+$/.test(body.slice(m.end, tokens[j]?.start ?? m.end))) {
    return false;
  }
  for (let n = 0; n < 2 && tokens[j] && BRIDGING.has((tokens[j] as Token).lower); n++) j++;
  return tokens[j] !== undefined && SPEECH_VERBS.has((tokens[j] as Token).lower);
}
