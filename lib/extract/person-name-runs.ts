/** Where a run of name words starts and ends, and the runs of capitals that name no one. */
import { ORG_LEADS, ORG_TAILS as ORG_TAIL_LIST } from './roles';
import { startsUpper as upperStart } from './chars';
import { isSurnameAfterGivenName, isSurnameAfterInitial } from './middle-initial';
import { isGivenName } from './given-name-gender';
import { isCaptionVerb } from './caption-verbs';
import { HOLIDAY_NOUN_LEXICON } from './lexicons/non-names';
import * as nameWords from './name-words';
import { isBeforeName } from './thing-runs';
import type { Token } from './tokens';

/*
 * Word lists and tests read per token, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const startsUpper = upperStart;
const ORG_TAILS = ORG_TAIL_LIST;
const HOLIDAY_NOUNS = HOLIDAY_NOUN_LEXICON.words;
const {
  NAME_SUFFIXES, PARTICLES, PATRONYMIC_PARTICLES, SAINTS, hasDottedInitial, isInitial, isInsideBodyName, isMultiwordPlace, isNameWord, isPluralRoleHead, isRoleHead,
  isSyllableGivenName, isRoleishWord, isTitleAbbreviation,
} = nameWords;

/** The last token of the run of name words from i: name words, particles and initials separated by single spaces only. */
export function growNameRun(body: string, tokens: Token[], i: number): number {
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
export function trimTitleWords(tokens: Token[], i: number, j: number): number {
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
export function remitEnd(tokens: Token[], runStart: number, i: number, j: number): number {
  // "South" is no name word, so the run may start after the remit's first words.
  let b = runStart - 1;
  while (b > runStart - 3 && b > 0 && startsUpper((tokens[b] as Token).word)) b--;
  const prep = tokens[b];
  const head = tokens[b - 1];
  // "Ambassador to Burma Andrew Heyn": "to" after an envoy's title names the remit as "for" does.
  if (j - i < 2 || (prep?.lower !== 'for' && prep?.lower !== 'to') || !head || !isRoleHead(head.lower)) return i;
  // "Minister for Defence Najib bin Abdul Razak": the word before "bin" is the given name, "bin Abdul Razak" the
  // father's; "Abdul", a given name too, is no start of his name.
  for (let x = i; x < j; x++) if ((x > i && isGivenName((tokens[x] as Token).word)) || PATRONYMIC_PARTICLES.has((tokens[x + 1] as Token).lower)) return x;
  return i;
}

/** Runs of capitals that name a title, a body, a saint's church, a place, or something an article modifies: no person. */
export function namesNoOne(body: string, tokens: Token[], i: number, j: number, runStart: number): boolean {
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
