/** People named in the text: runs of name words with the title before and the appositive after them. */
import { HONORIFICS } from './lexicon';
import { startsUpper as upperStart } from './chars';
import { isEnglishWord } from './pos';
import { isCaptionVerb } from './caption-verbs';
import type { Mention } from './mention-types';
import * as nameWords from './name-words';
import { orgMention } from './org-mentions';
import { nameEndBeforeRepeat } from './label-name-repeat';
import { namesThing } from './thing-runs';
import { growNameRun, namesNoOne, remitEnd, trimTitleWords } from './person-name-runs';
import { appositiveAfter, appositiveBefore, possessiveDescription, titleBefore } from './person-titles';
import type { Token } from './tokens';

/*
 * Word lists and tests read per token, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
/** Read per token: a function through an imported binding is such a getter call too. */
const startsUpper = upperStart;
/** The name-word tests and lists, read on every token: one getter call each at load, none per token. */
const { CAPITAL_PARTICLES, PREPOSITIONS, isAfterPrepositionAndDescriptor, isInsideBodyName, isNameWord } = nameWords;

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
