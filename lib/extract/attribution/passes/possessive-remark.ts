import { SPEECH_VERBS } from '../../lexicon';
import { type Mention } from '../../mentions';
import { isRoleHead } from '../../name-words';
import { PERSON_NOUNS, REPORTING_NOUNS } from '../../lexicons/speech-nouns';
import { describedAt } from '../as-written';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';
import type { ArticleView } from '../view';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const LAST_LOWER_WORD = /\s+(\p{Ll}+)$/u;

/** What may sit between the noun of saying and the opening mark: "that", a colon or a comma. */
const LINK_TO_QUOTE = /(?:\s+that)?\s*[:,]?\s*$/;
/** "… was blunt:", "… is simple:": a copula and one word before a colon. */
const COPULA_BEFORE_COLON = /\s+(?:was|is)\s+\p{Ll}+\s*:\s*$/u;
/** "'s" or "his"/"her", an optional modifier, then a noun of saying: "a reporter's comment", "Ana Ruiz's curt reply", "Her message". */
const REMARK_BEFORE = /(?:['’]s|\b([Hh]is|[Hh]er)\b)(?:\s+own)?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;
/** An unnamed possessor written out: "a reporter", "one local resident", "the opposition leader". */
const DESCRIBED_OWNER = /(?:^|[\s(])((?:a|an|one|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*))$/u;

/**
 * Whose remark the quotation is, when the sentence names it by its owner: "… chuckled at a reporter's
 * comment that “…”", "Ana Ruiz's reply: “…”", "Her message was clear: “…”", "In his words, “…”",
 * "The message from Ana Ruiz was simple: “…”". The
 * owner is the speaker: a description kept as written, a pronoun resolved like any other.
 */
export const possessiveRemark: CuePass = {
  name: 'possessive-remark',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const pre = withoutSpeechVerb(view.body.slice(s.start, q.open).replace(COPULA_BEFORE_COLON, '').replace(LINK_TO_QUOTE, ''));
    const rm = REMARK_BEFORE.exec(pre);
    let owner: Mention | null = null;
    if (rm && REPORTING_NOUNS.has(rm[2] as string)) {
      const at = s.start + rm.index;
      owner = rm[1] ? possessivePronoun(view, at, rm[1]) : ownerBefore(view, s.start, at);
    } else owner = ownerAfterNoun(view, s.start, s.start + pre.replace(POST_NOMINAL, '').length);
    return owner ? { mention: owner, method: methodOfMention(owner, 'explicit'), end: owner.end } : null;
  },
};

/** "Cornyn's statement added," : the remark says the words, so its owner is who speaks; the verb is stepped over. */
function withoutSpeechVerb(pre: string): string {
  const verb = LAST_LOWER_WORD.exec(pre);
  return verb && SPEECH_VERBS.has(verb[1] as string) && REMARK_BEFORE.test(pre.slice(0, verb.index)) ? pre.slice(0, verb.index) : pre;
}

/** Letters after a name, set off by a comma: "in the words of the prosecutor, Mark Tedeschi, QC, “…”". */
const POST_NOMINAL = /,\s+(?:QC|KC|MP|MEP|MSP|Jr\.?|Sr\.?)$/;

/** A noun of saying and "from"/"of" right before its owner: "The message from Ana Ruiz was simple: “…”". */
const NOUN_FROM = /\b(\p{Ll}+)\s+(?:from|of)\s+$/u;

/** The named owner ending the clause at `end`, after a noun of saying and "from"/"of". */
function ownerAfterNoun(view: ArticleView, from: number, end: number): Mention | null {
  const ms = view.mentionsIn(from, end).filter((x) => x.kind === 'person' || x.kind === 'role');
  const m = ms.at(-1);
  if (!m || m.end !== end || view.insideQuote(m.start)) return null;
  // "the words of the Crown prosecutor, Mark Tedeschi": the name in apposition to the title owns the words.
  const title = ms.at(-2);
  const ownerStart = title?.kind === 'role' && view.body.slice(title.end, m.start) === ', ' ? title.start : m.start;
  const nm = NOUN_FROM.exec(view.body.slice(from, m.start)) ?? NOUN_FROM.exec(view.body.slice(from, ownerStart));
  if (!nm || !REPORTING_NOUNS.has(nm[1] as string)) return null;
  // "the President of Kyrgyzstan Kurmanbek Bakiev": the title ends in the name of who holds it.
  return m.kind === 'role' ? view.doc.mentions.find((x) => x.kind === 'person' && x.end === m.end && x.start > m.start) ?? m : m;
}

/** The possessor ending at `apostrophe`: a named person, or a person noun with its determiner. */
function ownerBefore(view: ArticleView, from: number, apostrophe: number): Mention | null {
  if (view.insideQuote(apostrophe)) return null;
  // A name or a title the mention finder read ("Ana Ruiz's", "the minister's"): resolved like any other.
  const ends = (x: number) => x === apostrophe || x === apostrophe + 2;
  const named = view.mentionsIn(from, apostrophe + 2).find((m) => m.kind !== 'pronoun' && (ends(m.end) || ends(m.nameEnd)));
  if (named) return named;
  const dm = DESCRIBED_OWNER.exec(view.body.slice(from, apostrophe));
  if (!dm) return null;
  const head = dm[2] as string;
  if (!PERSON_NOUNS.has(head) && !isRoleHead(head)) return null;
  const start = apostrophe - (dm[1] as string).length;
  return describedAt(view.body, start, apostrophe, false);
}

/** "his"/"her" as a pronoun mention, for the loop to resolve ("their" may be a body's, and is left alone). */
function possessivePronoun(view: ArticleView, start: number, word: string): Mention | null {
  if (view.insideQuote(start)) return null;
  const end = start + word.length;
  return {
    kind: 'pronoun', start, end, nameStart: start, nameEnd: end, name: [], role: null, text: word,
    gender: word.toLowerCase() === 'his' ? 'm' : 'f', isPlural: false, isPossessive: true, isNested: false, isObject: false,
  };
}
