/** The titles and descriptions around a person's name: before it, in apposition, and after a possessive name. */
import { HONORIFICS, SPEECH_VERBS as SPEECH_VERB_LIST } from './lexicon';
import { startsUpper as upperStart } from './chars';
import { isGivenName } from './given-name-gender';
import type { Mention } from './mention-types';
import * as nameWords from './name-words';
import type { Token } from './tokens';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const LOWER_WORD_OF_FOUR = /^\p{Ll}{4,}$/u;
const TWO_CAPITALISED_END = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;

/*
 * Word lists and tests read per token, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const SPEECH_VERBS = SPEECH_VERB_LIST;
const startsUpper = upperStart;
const {
  DETERMINERS, PHRASE_BREAKERS, PLURAL_HEADS, expandTitleAbbreviation, isAbbreviationLetter, isNameWord, isRoleHead, isRoleishWord,
  isTitleAbbreviation, isTitleCapital,
} = nameWords;

/** Prepositions the title-word check lets through when capitalised at a sentence's start. */
const OPENING_PREPOSITIONS = new Set(['under', 'against', 'among', 'amid', 'without', 'through', 'throughout', 'toward', 'towards', 'via', 'like', 'unlike', 'upon', 'into', 'over', 'across', 'within', 'beyond', 'behind', 'beside', 'alongside']);

/** A title before the name ("NATO Secretary General", "Mr Blinken’s deputy"), read back from token k: the role and where it starts. */
export function titleBefore(body: string, tokens: Token[], k: number, start: number): { role: string; start: number } | null {
  let roleStart = -1;
  let hasHead = false;
  for (let steps = 0; k >= 0 && steps < 8; steps++, k--) {
    const r = tokens[k] as Token;
    const gapAfter = body.slice(r.end, (tokens[k + 1] as Token).start);
    const isAbbrev = isAbbreviationLetter(body, tokens, k);
    if (!/^\s+$/.test(gapAfter) && !(r.dotted && /^\.\s+$/.test(gapAfter)) && !(isAbbrev && gapAfter === '.')) break;
    // "… into the world economy. Australian Prime Minister Tony Abbot": a lower-case word before a full stop ends a sentence, not an abbreviation.
    if (r.dotted && gapAfter !== ' ' && LOWER_WORD_OF_FOUR.test(r.word)) break;
    if (r.possessive && isNameWord(r) && roleStart >= 0) {
      roleStart = r.start;
      let q = k - 1;
      while (q >= 0 && isNameWord(tokens[q] as Token)) q--;
      const h = tokens[q];
      if (h && HONORIFICS[h.lower] !== undefined) roleStart = h.start;
      else if (q + 1 < k) roleStart = (tokens[q + 1] as Token).start;
      break;
    }
    // "Under President Castro, Cuba …": a preposition opening the sentence heads its phrase, no title; "Under
    // Secretary" is the one office such a word opens.
    if (OPENING_PREPOSITIONS.has(r.lower) && !(r.lower === 'under' && /^secretary/i.test((tokens[k + 1] as Token).word))) break;
    // "Senator John Cornyn of Texas": "of" after a given name and a surname ties the state to the person, no title runs on through it.
    if (r.lower === 'of' && k >= 2 && isPersonName(tokens[k - 2] as Token, tokens[k - 1] as Token)) break;
    const isTitleAbbrev = isTitleAbbreviation(r);
    // "Sgt. 1st Class": an ordinal inside a military title.
    const isOrdinal = /^\d{1,2}(?:st|nd|rd|th)$/.test(r.word);
    // "Minister for South Asia Jeremy Browne": "for" after a title's head names the office's remit, when the
    // remit's words stand between it and the name ("a spokesperson for Severnside Water" names a body, no one).
    const titleHead = tokens[k - 1];
    const isRemit = r.lower === 'for' && roleStart >= 0 && titleHead !== undefined && startsUpper(titleHead.word) && isRoleHead(titleHead.lower);
    if (!isRoleishWord(r) && !(/^\s+$/.test(gapAfter) && isTitleCapital(r)) && !isAbbrev && !isTitleAbbrev && !isOrdinal && !isRemit) break;
    if (isRoleHead(r.lower) || isTitleAbbrev) hasHead = true;
    roleStart = r.start;
  }
  if (roleStart >= 0 && k >= 0) roleStart = gluedTitleStart(body, tokens[k] as Token, roleStart) ?? roleStart;
  if (roleStart < 0 || !hasHead) return null;
  const text = body.slice(roleStart, start).trim().replace(/^(?:(?:the|to|of|his|her|their|its|and)\s+)+/i, '').replace(/\s+(?:the|of|to|and)$/i, '');
  if (!text || ![...text.toLowerCase().split(/[\s-]+/)].some((w) => isRoleHead(w) || isRoleHead(expandTitleAbbreviation(w)))) return null;
  return { role: text, start: body.indexOf(text, roleStart) };
}

/** "John Cornyn": a given name of the lexicon, then a capitalised word that is no title word. */
function isPersonName(given: Token, surname: Token): boolean {
  return isGivenName(given.word) && startsUpper(surname.word) && !isRoleishWord(surname) && !isRoleHead(surname.lower);
}

/** A title word glued to the word before by a lost space: "copyrightPrime" in a caption credit run into the text. */
const GLUED_CAPITAL = /^\p{Ll}{3,}(\p{Lu}\p{Ll}+)$/u;

/**
 * Where a title starts when its first word is glued to the word before ("Crown copyrightPrime Minister
 * David Cameron"): the capitalised tail, when it is a title word and the title goes on right after it.
 */
function gluedTitleStart(body: string, r: Token, roleStart: number): number | null {
  const m = GLUED_CAPITAL.exec(r.word);
  if (!m || !/^\s+$/.test(body.slice(r.end, roleStart))) return null;
  const tail = m[1] as string;
  const lower = tail.toLowerCase();
  return isRoleishWord({ ...r, word: tail, lower }) ? r.end - tail.length : null;
}

/** An appositive role after the name: "Dmitry Kozak, the Kremlin deputy chief of staff, said". */
export function appositiveAfter(body: string, last: Token): { role: string; end: number } | null {
  const ap = /^,\s+((?:the|a|an|his|her)\s+)?([^,.;:“”"]{2,120}?)(?=,|\.|;|$)/.exec(body.slice(last.end, last.end + 160));
  // ", and Benfica's president, X": a conjunction starts the next item of a list, not an appositive;
  // "While in Kolkata, he will meet the Chief Minister": a subject pronoun starts the main clause.
  if (!ap || /^,\s+(?:and|or|but|nor|he|she|they|we|I|it|you)\s/i.test(ap[0])) return null;
  const phrase = (ap[1] ?? '') + (ap[2] ?? '');
  // "Rahmon, President of Pakistan Asif Ali Zardari, and President of …": a titled name, the next item of a list.
  if (!ap[1] && TWO_CAPITALISED_END.test(phrase) && /^,\s+and\s/.test(body.slice(last.end + ap[0].length, last.end + ap[0].length + 6))) return null;
  const words = phrase.toLowerCase().split(/[\s’']+/);
  const headAt = words.findIndex((w) => isRoleHead(w));
  if (headAt < 0 || headAt >= 6 || words.some((w) => SPEECH_VERBS.has(w)) || words.length > 16) return null;
  const clause = RELATIVE_OR_NEXT.exec(phrase);
  const cut = clause ? phrase.slice(0, clause.index) : phrase;
  return { role: cut.trim(), end: last.end + ap[0].length };
}

/**
 * Where an appositive's role ends and a relative clause or the next item begins: "the minister who …".
 * Read with `exec` for the text before it, as `split(…)[0]` would give it: split copies the regex on every call.
 */
const RELATIVE_OR_NEXT = /\s+(?:who|which|that|and the|and a)\s+/;

/**
 * An appositive role before the name: "the head of US diplomacy, Tony Blinken", or an owner's title of
 * plain words, "Lufthansa's chief human resources officer, Jens Obermaier".
 */
export function appositiveBefore(body: string, tokens: Token[], i: number, prev: Token): { role: string; start: number } | null {
  let head = false;
  let first = -1;
  let owner = false;
  for (let q = i - 1, n = 0; q >= 0 && n < 8; q--, n++) {
    const r = tokens[q] as Token;
    const gapAfter = body.slice(r.end, (tokens[q + 1] as Token).start);
    const isAbbrev = isAbbreviationLetter(body, tokens, q);
    if (q < i - 1 && !/^\s+$/.test(gapAfter) && !(isAbbrev && /^\.\s*$/.test(gapAfter))) break;
    if (r.possessive && startsUpper(r.word) && first >= 0) {
      first = q;
      owner = true;
      break;
    }
    const plainWord = /^[a-z][a-z-]*$/.test(r.word) && !PHRASE_BREAKERS.has(r.lower) && !SPEECH_VERBS.has(r.lower);
    if (!(isRoleishWord(r) || isRoleHead(r.lower) || (head && plainWord) || (head && isAbbrev))) break;
    if (isRoleHead(r.lower) && q === i - 1) head = true;
    first = q;
    if (DETERMINERS.has(r.lower)) break;
  }
  const firstTok = tokens[first];
  if (!head || !firstTok || !(owner || DETERMINERS.has(firstTok.lower))) return null;
  return { role: body.slice(firstTok.start, prev.end).replace(/^(?:the|his|her|its|their)\s+/i, ''), start: firstTok.start };
}

/** "Emmanuel Macron’s chief of staff": a possessive name followed by a title with no name after it is an anonymous description. */
export function possessiveDescription(body: string, tokens: Token[], j: number, start: number): Mention | null {
  const last = tokens[j] as Token;
  // The longest run of up to five plain words ending in a title: "chief human resources officer".
  let h = -1;
  for (let q = j + 1; q <= j + 5 && q < tokens.length; q++) {
    const r = tokens[q] as Token;
    const isOfStaff = r.lower === 'of' && tokens[q + 1]?.lower === 'staff';
    if (!/^[a-z][a-z-]*$/.test(r.word) || (PHRASE_BREAKERS.has(r.lower) && !isOfStaff) || SPEECH_VERBS.has(r.lower)) break;
    if (body.slice((tokens[q - 1] as Token).end, r.start) !== ' ') break;
    if (isRoleHead(r.lower) || (r.lower === 'staff' && (tokens[q - 1] as Token).lower === 'of')) h = q;
  }
  const headTok = tokens[h];
  const nextTok = tokens[h + 1];
  if (!headTok) return null;
  if (nextTok !== undefined && isNameWord(nextTok) && /^,?\s$/.test(body.slice(headTok.end, nextTok.start))) return null;
  const dEnd = headTok.end;
  return {
    kind: 'description', start, end: dEnd, nameStart: start, nameEnd: dEnd, name: [], role: body.slice(last.end + 1, dEnd),
    text: body.slice(start, dEnd), gender: null, isPlural: PLURAL_HEADS.has(headTok.lower), isPossessive: false,
    isNested: false, isObject: false,
  };
}
