/** Organisations and buildings that speak ("UNICEF said", "the Kremlin said"). */
import { NATIONALITIES } from './lexicon';
import { ORG_TAILS as ORG_TAIL_LIST, ROLE_ACRONYMS } from './roles';
import { NAME_SUFFIXES } from './name-words';
import { startsUpper as upperStart } from './chars';
import { VENUE_VOICE_LEXICON } from './lexicons/places';
import type { Mention } from './mention-types';
import type { Token } from './tokens';
import { WordShapes } from './word-shapes';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const ORG_TAILS = ORG_TAIL_LIST;
/** Read per token: a function through an imported binding is such a getter call too. */
const startsUpper = upperStart;
const VENUE_VOICES = VENUE_VOICE_LEXICON.words;

const ORG_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'warned', 'announced', 'stated']);
/** Read on every token of the article: most fail on their length and first letter before the look-up. */
const ORG_VERB_SHAPES = new WordShapes(ORG_VERBS);

/**
 * An organisation speaking: "UNICEF said", "The German Airports Association (ADV) said". Only when a
 * speech verb follows, so that a name in passing never becomes a speaker. Read from the tokens
 * backwards from each speech verb, which keeps it linear.
 */
export function findOrgMentions(body: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let v = 1; v < tokens.length; v++) {
    const lower = (tokens[v] as Token).lower;
    if (!ORG_VERB_SHAPES.mayList(lower) || !ORG_VERBS.has(lower)) continue;
    let k = v - 1;
    let gapEnd = (tokens[v] as Token).start;
    if ((tokens[k] as Token).lower === 'also' || (tokens[k] as Token).lower === 'later') {
      gapEnd = (tokens[k] as Token).start;
      k--;
    }
    const last = tokens[k];
    if (!last) continue;
    const gap = body.slice(last.end, gapEnd);
    // "Lloyd Austin III said", "the PM said": a name's suffix and a title's acronym are no organisation.
    const isAcronym = ACRONYM.test(last.word) && !(last.lower in NATIONALITIES) && !NAME_SUFFIXES.has(last.lower) &&
      !Object.hasOwn(ROLE_ACRONYMS, last.lower);
    // "Association (ADV) said": the acronym in brackets names the organisation before it.
    if (isAcronym && gap === ') ' && k > 0 && body.slice((tokens[k - 1] as Token).end, last.start) === ' (') k--;
    else if (gap !== ' ') continue;
    else if (isAcronym) {
      out.push(orgMention(body, last.start, last.end));
      continue;
    }
    const tail = tokens[k] as Token;
    const voice = venueVoiceBefore(body, tokens, k);
    if (voice) {
      out.push(voice);
      continue;
    }
    if (!startsUpper(tail.word) || !ORG_TAILS.has(tail.lower)) continue;
    let first = k;
    while (first > 0 && k - first < 5) {
      const r = tokens[first - 1] as Token;
      if (body.slice(r.end, (tokens[first] as Token).start) !== ' ' || !startsUpper(r.word) || r.possessive) break;
      first--;
    }
    if (first === k) continue;
    out.push(orgMention(body, (tokens[first] as Token).start, tail.end));
  }
  return out;
}

/** "The White House said", "the Kremlin said": a building that speaks for a government, ending at token k. */
function venueVoiceBefore(body: string, tokens: Token[], k: number): Mention | null {
  const last = tokens[k] as Token;
  if (!startsUpper(last.word)) return null;
  let key = last.lower;
  let first = last;
  for (let n = 1; n <= 2; n++) {
    if (n === 2) {
      const prev = tokens[k - 1];
      if (!prev || !startsUpper(prev.word) || body.slice(prev.end, last.start) !== ' ') return null;
      first = prev;
      key = `${prev.lower}-${key}`;
    }
    if (!VENUE_VOICES.has(key)) continue;
    // "the Kremlin said": the article belongs to the name, as in "the bank said".
    const the = tokens[k - n];
    const start = the && the.lower === 'the' && body.slice(the.end, first.start) === ' ' ? the.start : first.start;
    return orgMention(body, start, last.end);
  }
  return null;
}

export function orgMention(body: string, start: number, end: number): Mention {
  return {
    kind: 'description', start, end, nameStart: start, nameEnd: end, name: [], role: null, text: body.slice(start, end),
    gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false, isOrg: true,
  };
}
