/** People named in the text: runs of name words with the title before and the appositive after them. */
import { HONORIFICS, SPEECH_VERBS as SPEECH_VERB_LIST } from './lexicon';
import { ORG_LEADS, ORG_TAILS as ORG_TAIL_LIST } from './roles';
import { startsUpper as upperStart } from './chars';
import { isSurnameAfterGivenName, isSurnameAfterInitial } from './middle-initial';
import { isEnglishWord } from './pos';
import { isGivenName } from './given-name-gender';
import { isCaptionVerb } from './caption-verbs';
import { HOLIDAY_NOUN_LEXICON } from './lexicons/non-names';
import type { Mention } from './mention-types';
import * as nameWords from './name-words';
import { orgMention } from './org-mentions';
import { nameEndBeforeRepeat } from './label-name-repeat';
import { isBeforeName, namesThing } from './thing-runs';
import type { Token } from './tokens';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const LOWER_WORD_OF_FOUR = /^\p{Ll}{4,}$/u;
const TWO_CAPITALISED_END = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const SPEECH_VERBS = SPEECH_VERB_LIST;
/** Read per token: a function through an imported binding is such a getter call too. */
const startsUpper = upperStart;
const ORG_TAILS = ORG_TAIL_LIST;
const HOLIDAY_NOUNS = HOLIDAY_NOUN_LEXICON.words;
/** The name-word tests and lists, read on every token: one getter call each at load, none per token. */
const {
  CAPITAL_PARTICLES, DETERMINERS, NAME_SUFFIXES, PARTICLES, PHRASE_BREAKERS, PLURAL_HEADS, PREPOSITIONS, SAINTS, expandTitleAbbreviation,
  hasDottedInitial, isAbbreviationLetter, isAfterPrepositionAndDescriptor, isInitial, isInsideBodyName, isMultiwordPlace, isNameWord,
  isPluralRoleHead, isRoleHead, isSyllableGivenName, isRoleishWord, isTitleAbbreviation, isTitleCapital,
} = nameWords;

/** Finds the runs of capitalised words that name people, with their title and appositive. */
export function findPersonMentions(body: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i] as Token;
    if (!isNameWord(t0) && !(t0.word.length === 1 && CAPITAL_PARTICLES.has(t0.word) && tokens[i + 1] !== undefined &&
      isNameWord(tokens[i + 1] as Token) && body.slice(t0.end, (tokens[i + 1] as Token).start) === ' ')) {
      i++;
      continue;
    }
    // The headline verb that ended a name or a title ("Bush Meets with …", "Defense Secretary Meets …") starts no
    // name, nor do the capitalised words of the headline after it ("Says Diplomatic Solution Still Possible").
    if (i > 0 && startsUpper((tokens[i - 1] as Token).word) && body.slice((tokens[i - 1] as Token).end, t0.start) === ' ' && isCaptionVerb(body, t0)) {
      i = skipHeadlineWords(body, tokens, i);
      continue;
    }
    const runEnd = growNameRun(body, tokens, i);
    const j = nameEndBeforeRepeat(tokens, i, runEnd);
    const runStart = i;
    i = remitEnd(tokens, runStart, trimTitleWords(tokens, i, j), j);
    // Before the words below are let go: "the Convention Against Torture" is a thing by its first word.
    const thingStart = i;
    if (i === runStart && j - i >= 2 && isOccupationOpener(body, tokens[i] as Token)) i++;
    const before1 = tokens[i - 1];
    if (j - i >= 2 && i === runStart && before1 && (before1.lower === 'the' || before1.lower === 'of')) i++;
    if (namesNoOne(body, tokens, i, j, runStart) || namesThing(tokens, thingStart, j)) {
      i = runEnd + 1;
      continue;
    }
    // "Government Employees", "Save the Wenn": a lone word inside the capitalised name of a body.
    if (j === i && isInsideBodyName(body, tokens, i)) {
      const org = bodyNamedAfterThe(body, tokens, i);
      if (org) out.push(org.mention);
      i = Math.max(org?.last ?? j, runEnd) + 1;
      continue;
    }
    out.push(...personAt(body, tokens, i, j, appositiveClaimedUntil(out)));
    i = runEnd + 1;
  }
  return out;
}

/** Where the last person's appositive ends ("Ehud Olmert, the Israeli Prime Minister"), or -1 when it has none. */
function appositiveClaimedUntil(mentions: Mention[]): number {
  const last = mentions.findLast((m) => m.kind === 'person');
  return last && last.end > last.nameEnd ? last.end : -1;
}

/** The index after a headline's verb and the capitalised words that follow it without a break. */
function skipHeadlineWords(body: string, tokens: Token[], verb: number): number {
  let k = verb + 1;
  while (k < tokens.length && startsUpper((tokens[k] as Token).word) && body.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) === ' ') k++;
  return k;
}

/** Agent-noun endings of occupations: striker, comedian, actor, novelist, goalkeeper, defender, attendee. */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ee)$/;

/**
 * "Comedian Jon Stewart was …", "Striker Ana Ruiz scored …": an occupation noun capitalised only because it
 * opens the sentence, before a name of two words or more, is the person's role, not part of the name.
 */
function isOccupationOpener(body: string, t: Token): boolean {
  if (!AGENT_NOUN.test(t.lower) || t.lower.length < 5) return false;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(body.slice(Math.max(0, t.start - 4), t.start))) return false;
  return isEnglishWord(t.lower);
}

/** The last token of the run of name words from i: name words, particles and initials separated by single spaces only. */
function growNameRun(body: string, tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const cur = tokens[j] as Token;
    const nx = tokens[j + 1] as Token;
    if (cur.possessive) break;
    const gap = body.slice(cur.end, nx.start);
    // "J. Austin", "Jr. ", "Capt. Lee": an abbreviation's period; "Mobility Wing. Düsseldorf …" and "Thank you, Joe. Kerry
    // said" end a sentence: a given name is no abbreviation, however short.
    if (gap !== ' ' && !(cur.dotted && gap === '. ' && ((cur.word.length <= 3 && !isGivenName(cur.word)) || isTitleAbbreviation(cur)))) break;
    // "President Bush Meets with French President Chirac": a headline's verb, capitalised, ends the name.
    if (isNameWord(cur) && isCaptionVerb(body, nx)) break;
    if (isNameWord(nx) || isInitial(nx) || (isNameWord(cur) && isSyllableGivenName(nx))) {
      j++;
      continue;
    }
    // "Dana W. White": after a first name and an initial comes the surname, whatever else the word can be.
    if (isInitial(cur) && j > i && isNameWord(tokens[j - 1] as Token) && isSurnameAfterInitial(nx.word, nx.lower)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    // "Liam Fox said": after a first name standing alone, an outlet's or a building's word is the surname.
    if (j === i && isSurnameAfterGivenName(cur.word, nx.word, nx.lower, after && body.slice(nx.end, after.start) === ' ' ? after.word : undefined)) {
      j++;
      continue;
    }
    if (PARTICLES.has(nx.lower) && after && isNameWord(after) && body.slice(nx.end, after.start) === ' ') {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Where the name starts in the run [i, j]: "Executive Dana Whitfield", "Chancellor of the Exchequer Rachel
 * Reeves", "Majority Leader Raymond Kessler": title words the run swallowed belong to the title.
 */
function trimTitleWords(tokens: Token[], i: number, j: number): number {
  while (i < j && (isRoleishWord(tokens[i] as Token) || isRoleHead((tokens[i] as Token).lower) || isPluralRoleHead((tokens[i] as Token).lower) ||
    isTitleAbbreviation(tokens[i] as Token))) i++;
  for (let h = j - 1; h > i; h--) {
    const ht = tokens[h] as Token;
    if (!ht.possessive && isRoleHead(ht.lower) && !NAME_SUFFIXES.has((tokens[h + 1] as Token).lower)) return h + 1;
    // "External Affairs Jaswant Singh": after a remit's last word, or a base's, a name of two words or more.
    if (h + 1 < j && isBeforeName(ht.lower)) return h + 1;
  }
  return i;
}

/**
 * Where the name starts after an office's remit: "Minister for South Asia Jeremy Browne", "Secretary of
 * State for Northern Ireland Karen Bradley": after a title's head and "for" or "to", the capitalised words before a
 * given name and a surname are the remit, not the name.
 */
function remitEnd(tokens: Token[], runStart: number, i: number, j: number): number {
  // "South" is no name word, so the run may start after the remit's first words.
  let b = runStart - 1;
  while (b > runStart - 3 && b > 0 && startsUpper((tokens[b] as Token).word)) b--;
  const prep = tokens[b];
  const head = tokens[b - 1];
  // "Ambassador to Burma Andrew Heyn": "to" after an envoy's title names the remit as "for" does.
  if (j - i < 2 || (prep?.lower !== 'for' && prep?.lower !== 'to') || !head || !isRoleHead(head.lower)) return i;
  for (let x = i + 1; x < j; x++) if (isGivenName((tokens[x] as Token).word)) return x;
  return i;
}

/** Runs of capitals that name a title, a body, a saint's church, a place, or something an article modifies: no person. */
function namesNoOne(body: string, tokens: Token[], i: number, j: number, runStart: number): boolean {
  const lastTok = tokens[j] as Token;
  const follow = tokens[j + 1];
  const followGap = follow ? body.slice(lastTok.end, follow.start) : '';
  // "Climate Commissioner Wopke Hoekstra", "Newcastle United", "Red Cross chairman": a run followed by a title or an organisation word.
  let allTitle = true;
  for (let x = i; x <= j && allTitle; x++) allTitle = isRoleishWord(tokens[x] as Token) || isRoleHead((tokens[x] as Token).lower);
  if (allTitle || (follow && !lastTok.possessive && followGap === ' ' &&
      (isRoleHead(follow.lower) || (startsUpper(follow.word) && ORG_TAILS.has(follow.lower))))) return true;
  // "Haldon Rovers", "Calder Ridge Capital"; "St Mary", "Saint Luke's".
  if ((j > i && ORG_TAILS.has(lastTok.lower)) || SAINTS.has((tokens[i] as Token).lower)) return true;
  // "International Women’s Day", "Mother’s Day": a possessive before a capitalised holiday noun names the day.
  if (lastTok.possessive && follow && followGap === ' ' && startsUpper(follow.word) && HOLIDAY_NOUNS.has(follow.lower)) return true;
  if (j === i && isInsideBodyName(body, tokens, i)) return false;
  const run = tokens.slice(i, j + 1);
  const prev = tokens[i - 1];
  const prevGap = prev ? body.slice(prev.end, (tokens[i] as Token).start) : '';
  // "the Chief Minister of Punjab, …", "Governor of Kandahar": one word after a title and "of" is where the office is.
  const title = tokens[i - 2];
  if (j === i && prev?.lower === 'of' && prevGap === ' ' && title && startsUpper(title.word) && isRoleHead(title.lower) &&
    body.slice(title.end, prev.start) === ' ') return true;
  // "the Biden administration", "the Halo Fold": people take no article.
  if (prev && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') && /^\s$/.test(prevGap) &&
    (run.length === 1 || (run.length === 2 && i === runStart && !hasDottedInitial(run)))) return true;
  // "the United Arab Emirates", "United Auto Workers"; "Abu Dhabi", "Costa Rica".
  return (prev !== undefined && prevGap === ' ' && startsUpper(prev.word) && ORG_LEADS.has(prev.lower)) || isMultiwordPlace(run);
}

/** "Save the Wenn said": the body named after "the" is who speaks; its mention and last token. */
function bodyNamedAfterThe(body: string, tokens: Token[], i: number): { mention: Mention; last: number } | null {
  if (tokens[i + 1]?.word !== 'the' || !tokens[i + 2]) return null;
  let e = i + 2;
  while (!(tokens[e] as Token).possessive && tokens[e + 1] && isNameWord(tokens[e + 1] as Token) &&
    body.slice((tokens[e] as Token).end, (tokens[e + 1] as Token).start) === ' ') e++;
  const last = tokens[e] as Token;
  const org = orgMention(body, (tokens[i] as Token).start, last.possessive ? last.start + last.word.length : last.end);
  org.isPossessive = last.possessive;
  return { mention: org, last: e };
}

/**
 * The person named by tokens [i, j], with a title or appositive around the name, and the description a possessive name
 * opens. `claimedUntil` is where the person before ends, appositive included: "Ehud Olmert, the Israeli Prime
 * Minister, George Bush said" gives the role to Olmert, not to Bush as well (blind-42).
 */
function personAt(body: string, tokens: Token[], i: number, j: number, claimedUntil: number): Mention[] {
  const t = tokens[i] as Token;
  const last = tokens[j] as Token;
  const prev = tokens[i - 1];
  const prevGap = prev ? body.slice(prev.end, t.start) : '';
  const hon = prev ? HONORIFICS[prev.lower] : undefined;
  const hasHonorific = prev !== undefined && hon !== undefined && /^\.?\s$/.test(prevGap);
  let start = hasHonorific && prev ? prev.start : t.start;
  const gender = hasHonorific ? (hon ?? null) : null;
  let role: string | null = null;
  const before = titleBefore(body, tokens, hasHonorific ? i - 2 : i - 1, start);
  if (before) ({ role, start } = before);
  let end = last.end;
  if (!last.possessive) {
    const after = appositiveAfter(body, last);
    if (after) {
      role ??= after.role;
      end = after.end;
    }
    const ahead = !role && prevGap === ', ' && prev ? appositiveBefore(body, tokens, i, prev) : null;
    if (ahead && ahead.start >= claimedUntil) ({ role, start } = ahead);
  }
  const k = hasHonorific ? i - 2 : i - 1;
  const bt = tokens[k];
  const isObject = bt !== undefined && role === null &&
    (PREPOSITIONS.has(bt.lower) ? bt.end <= start : isAfterPrepositionAndDescriptor(body, tokens, k));
  const person: Mention = {
    kind: 'person', start, end, nameStart: t.start, nameEnd: last.end, name: tokens.slice(i, j + 1).map((r) => r.word), role,
    text: body.slice(t.start, last.end).replace(/['’]s$/, ''), gender, isPlural: false, isPossessive: last.possessive, isNested: false, isObject,
  };
  const owned = last.possessive ? possessiveDescription(body, tokens, j, start) : null;
  return owned ? [person, owned] : [person];
}

/** Prepositions the title-word check lets through when capitalised at a sentence's start. */
const OPENING_PREPOSITIONS = new Set(['under', 'against', 'among', 'amid', 'without', 'through', 'throughout', 'toward', 'towards', 'via', 'like', 'unlike', 'upon', 'into', 'over', 'across', 'within', 'beyond', 'behind', 'beside', 'alongside']);

/** A title before the name ("NATO Secretary General", "Mr Blinken’s deputy"), read back from token k: the role and where it starts. */
function titleBefore(body: string, tokens: Token[], k: number, start: number): { role: string; start: number } | null {
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
function appositiveAfter(body: string, last: Token): { role: string; end: number } | null {
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
function appositiveBefore(body: string, tokens: Token[], i: number, prev: Token): { role: string; start: number } | null {
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
function possessiveDescription(body: string, tokens: Token[], j: number, start: number): Mention | null {
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
