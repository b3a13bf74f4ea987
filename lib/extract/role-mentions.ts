/** Role nouns and anonymous sources ("the minister", "Western officials"), found from the head noun backwards. */
import { NATIONALITIES, ROLE_WORDS as ROLE_WORD_LIST, SPEECH_VERBS as SPEECH_VERB_LIST } from './lexicon';
import { ORG_HEADS } from './roles';
import { isSpaceUnit as spaceUnit, startsUpper } from './chars';
import type { Mention, MentionKind } from './mention-types';
import { PHRASE_BREAKERS, PLURAL_HEADS } from './name-words';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const SPACE_CAPITAL = /^ \p{Lu}/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;
const PROPER_NAME_REST = /^\s+(?:of|for|on)(?:\s+the)?(?:\s+\p{Lu}[\p{L}’'-]*)+/u;

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const ROLE_WORDS = ROLE_WORD_LIST;
/** Read per character, walking back over words: a function through an imported binding is such a getter call too. */
const isSpaceUnit = spaceUnit;
const SPEECH_VERBS = SPEECH_VERB_LIST;

/** Organisation nouns that speak as "the bank", "the company": the organisation table, not a list of their own. */
const ORG_HEAD_ALTERNATION = [...ORG_HEADS].filter((w) => !['ministry', 'agency', 'department'].includes(w)).join('|');
const ROLE_HEAD_RE =
  new RegExp(String.raw`\b(secretary of state|secretary[- ]general|secretary|director[- ]general|chief of staff|chief executive|foreign minister|prime minister|vice[- ]president|president|minister|spokesman|spokeswoman|spokesperson|ambassador|chancellor|premier|treasurer|taoiseach|tánaiste|governor|commissioner|director|chairman|chairwoman|executive|economist|cfo|ceo|coo|pm|mayor|coach|captain|manager|lieutenant|sergeant|colonel|admiral|prosecutor|judge|senator|official|diplomat|leader|envoy|adviser|advisor|aide|source|negotiator|person|people|ministry|agency|department|${ORG_HEAD_ALTERNATION}|officials|diplomats|sources|aides|lawmakers|analysts|negotiators|executives|chief|general)\b`, 'gi');
const PLURAL_LEAD = /^(?:[A-Z][a-z]+|senior|top|other|some|several|many|western|two|three)$/;
const MODIFIER_RE = /^(?:senior|top|former|administration|government|military|western|other|some|several|many|two|three|state|department|foreign|defence|defense|chief|deputy|russian|ukrainian|american|kremlin|white|house)$/i;

/** The role noun after an organisation's name that makes it a description of someone: "Foreign Office spokesperson". */
const ORG_VOICE_AFTER = /^ (?:spokes(?:person|man|woman)|officials?|sources?|representatives?)\b/;

const POSSESSED_RE = /['’]s\s+(office|ministry|department|government|administration|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|team|campaign|lawyer|lawyers)\b/y;
const QUALIFIER_RE = /\s+(familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in)\s+((?:the|a|an)\s+)?([a-z-]+)(\s+[a-z-]+)?/y;

/** Words the role walk reads back over at most (five modifiers and a determiner). */
const WORDS_BACK = 7;

/**
 * The last words of body[from, to), split at whitespace as `.split(/\s+/).filter(Boolean)` would split
 * them, in order: the role walk reads only the last few, so the rest are never sliced.
 */
function lastWords(body: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = to;
  while (i > from && out.length < WORDS_BACK) {
    while (i > from && isSpaceUnit(body.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && !isSpaceUnit(body.charCodeAt(i - 1))) i--;
    if (end > i) out.push(body.slice(i, end));
  }
  return out.reverse();
}

/** Whether the text after a word closes its noun phrase: a mark, or a verb of saying with at most one adverb before it. */
function endsNounPhrase(after: string): boolean {
  if (/^[,.;:”"’)]/.test(after)) return true;
  const next = /^\s+(?:[a-z]+ly\s+)?([a-z]+)\b/.exec(after);
  return next !== null && SPEECH_VERBS.has(next[1] as string);
}

/**
 * Role nouns and anonymous sources: "the minister" (to resolve), "an administration official",
 * "Western officials" (kept as written). Found from the head noun backwards, which keeps the scan linear.
 */
export function findRoleMentions(body: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // Run over the paragraph alone: from the body, a paragraph without a head read on to the next one.
  // The same matches: the paragraph is trimmed and no head spans a line break, so none runs past its end.
  const text = body.slice(from, to);
  ROLE_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_HEAD_RE.exec(text))) {
    const at = m.index + from;
    const end = at + m[0].length;
    if (end > to) break;
    const head = m[0].toLowerCase();
    // "the PM" of British copy, never "pm" of a clock time.
    if (head === 'pm' && m[0] !== 'PM') continue;
    // "the general said": a noun only where its phrase ends, at a mark or a verb of saying ("the general public",
    // "the General Assembly", "in general" are nobody).
    if (head === 'general' && !endsNounPhrase(body.slice(end, Math.min(to, end + 24)))) continue;
    // "Government Clerks": a capitalised head inside a longer proper name heads nothing by itself.
    if (startsUpper(m[0]) && SPACE_CAPITAL.test(body.slice(end, end + 2))) continue;
    // "A Foreign Office spokesperson": the office names whose spokesperson speaks, the role noun after it heads.
    if (ORG_HEADS.has(head) && ORG_VOICE_AFTER.test(body.slice(end, Math.min(to, end + 16)))) continue;
    // Glued to the word before ("non-official"): no head; checked before the words before are split.
    if (/\S$/.test(body.slice(Math.max(from, at - 1), at))) continue;
    const isPlural = PLURAL_HEADS.has(head);
    const words = lastWords(body, Math.max(from, at - 60), at);
    // Walk back over modifiers to a determiner ("the", "an") or, for plurals, to a leading adjective.
    let k = words.length - 1;
    let det: string | null = null;
    const mods: string[] = [];
    while (k >= 0 && mods.length <= 4) {
      // A word ending a clause stops the walk, but a dotted abbreviation ("the U.N. envoy") does not.
      const isAbbrev = DOTTED_CAPITALS.test(words[k] as string);
      const w = isAbbrev ? (words[k] as string) : (words[k] as string).replace(/[,;:.]$/, '');
      if (w !== words[k]) break;
      if (/^(?:the|an?)$/i.test(w)) {
        det = w.toLowerCase();
        break;
      }
      const plain = /^[a-z][a-z-]*$/.test(w) && !PHRASE_BREAKERS.has(w) && !SPEECH_VERBS.has(w);
      const lw = w.toLowerCase();
      // "&" inside a proper name: "A Foreign & Commonwealth Office spokesperson".
      const isAmpersand = w === '&' && /^[A-Z]/.test(mods[0] ?? '');
      if (!(ROLE_WORDS.has(lw) || lw in NATIONALITIES || /^[A-Z]/.test(w) || MODIFIER_RE.test(w) || plain || isAmpersand)) break;
      mods.unshift(w);
      k--;
    }
    if (!det && !(isPlural && mods.length > 0 && PLURAL_LEAD.test(mods[0] as string))) continue;
    const phrase = [...(det ? [words[k] as string] : []), ...mods, m[0]].join(' ');
    const start = end - phrase.length;
    if (body.slice(start, end) !== phrase) continue;
    const isDefinite = det === 'the';
    // "the president's office": the office speaks, not the president; "the minister's aide" is someone else.
    let fullEnd = end;
    let isOrg = ORG_HEADS.has(head);
    let kind: MentionKind = isDefinite && !isPlural ? 'role' : 'description';
    if (body[end] === '’' || body[end] === "'") {
      POSSESSED_RE.lastIndex = end;
      const pm = POSSESSED_RE.exec(body);
      if (!pm || end + pm[0].length > to) continue;
      fullEnd = end + pm[0].length;
      isOrg = ORG_HEADS.has((pm[1] as string).toLowerCase());
      kind = 'description';
    }
    // "The Federation of Government Clerks": a capitalised head goes on through the rest of its proper name.
    if (startsUpper(m[0]) && fullEnd === end) {
      const rest = PROPER_NAME_REST.exec(body.slice(end, to));
      if (rest) fullEnd = end + rest[0].length;
    }
    // "a person familiar with the talks", "a source close to the negotiations": the qualifier is part of who it is.
    QUALIFIER_RE.lastIndex = end;
    const qm = QUALIFIER_RE.exec(body);
    if (qm && qm.index + qm[0].length <= to) {
      const extra = qm[4] ?? '';
      const w = extra.trim().toLowerCase();
      fullEnd = end + qm[0].length - (w && (SPEECH_VERBS.has(w) || PHRASE_BREAKERS.has(w)) ? extra.length : 0);
    }
    out.push({
      kind,
      start,
      end: fullEnd,
      nameStart: start,
      nameEnd: fullEnd,
      name: [],
      role: isPlural ? phrase : `${mods.length ? `${mods.join(' ')} ` : ''}${head}`,
      text: body.slice(start, fullEnd),
      gender: null,
      isPlural,
      isPossessive: false,
      isNested: false,
      isObject: false,
      isOrg,
    });
  }
  return out;
}
