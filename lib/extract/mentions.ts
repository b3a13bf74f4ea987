/**
 * Everyone the text refers to, paragraph by paragraph: names (person-mentions.ts), pronouns, role nouns
 * (role-mentions.ts), speaking organisations (org-mentions.ts) and anonymous sources, nested ones marked.
 */
import { PRONOUNS, SPEECH_VERBS as SPEECH_VERB_LIST } from './lexicon';
import { NAME_CUE } from './introduced';
import { showsPerson } from './person-evidence';
import type { Paragraph } from './text';
import { isNeverAloneName, PHRASE_BREAKERS } from './name-words';
import { findPersonMentions } from './person-mentions';
import { findRoleMentions } from './role-mentions';
import { findOrgMentions } from './org-mentions';
import { tokenize, type Token } from './tokens';
import type { Mention } from './mention-types';

/** Kept here too: the attribution passes and the people index import the type from this module. */
export type { Mention, MentionKind } from './mention-types';

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const SPEECH_VERBS = SPEECH_VERB_LIST;

function findPronouns(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    // Most words are longer than "she": their length rules them out before any comparison.
    if (t.lower.length > 3 || (t.lower !== 'he' && t.lower !== 'she')) continue;
    out.push({
      kind: 'pronoun', start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, name: [], role: null,
      text: t.word, gender: PRONOUNS[t.lower] ?? null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/** "One teacher in Kayes, who asked not to be named, said": an anonymous source, by its head noun and the cue. */
const ANONYMOUS_RE =
  /\b(?:One|A|An)\s+((?:[\p{L}’'-]+\s+){0,3}?)([a-z]+)((?:\s+(?:in|from|of|at|with)\s+[^,.;:“”"]{1,60}?)?),\s+who\s+(?:asked|requested|declined|spoke|was granted|agreed|did not want|would not be|could not be)\b[^.;:“”"]{0,100}?\b(?:named|identified|anonymity|anonymously|quoted)\b[^,.;:“”"]{0,60},\s/gu;

/**
 * Anonymous sources introduced with a cue ("One teacher in Kayes, who asked not to be named, told …",
 * "A former category manager, who spoke on condition of anonymity, said …"): a description whose span
 * runs over the relative clause up to the verb, so the verb after it is theirs. None when the clause
 * gives a name ("who asked that only her first name, Alina, be used"): then the name is who speaks.
 */
function findAnonymousSources(body: string, p: Paragraph, persons: Mention[]): Mention[] {
  const out: Mention[] = [];
  ANONYMOUS_RE.lastIndex = p.start;
  let m: RegExpExecArray | null;
  while ((m = ANONYMOUS_RE.exec(body)) && m.index < p.end) {
    const start = m.index;
    const end = start + m[0].length - 2;
    if (end > p.end) break;
    const head = m[2] as string;
    // Only where a sentence starts: "One teacher …", never "… told one teacher, who …".
    if (PHRASE_BREAKERS.has(head) || SPEECH_VERBS.has(head) || !/(?:^|[.!?”"])\s*$/.test(body.slice(Math.max(p.start, start - 3), start))) continue;
    const npEnd = start + m[0].indexOf(',', (m[1] as string).length + head.length);
    // The name may sit in an appositive after the stretch matched: "… by her first name, Carla, recalled".
    if (persons.some((x) => x.start > npEnd && x.start < end + 40 && (x.name.length >= 2 || NAME_CUE.test(body.slice(x.start - 30, x.start))))) continue;
    out.push({
      kind: 'description', start, end, nameStart: start, nameEnd: npEnd, name: [], role: head, text: body.slice(start, npEnd),
      gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/**
 * "the teacher" after "One teacher in Kayes, who asked not to be named, …": the same anonymous source,
 * written as it was introduced. Not when a named person was given that title too.
 */
function findAnonymousAnaphors(body: string, p: Paragraph, sources: Mention[], seen: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const src of sources) {
    const head = src.role as string;
    if (seen.some((x) => x.kind === 'person' && x.role !== null && x.role.toLowerCase().split(/\s+/).includes(head))) continue;
    const re = new RegExp(`\\b[Tt]he ${head}\\b(?![’'-])`, 'g');
    re.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) && m.index < p.end) {
      if (m.index + m[0].length > p.end) break;
      out.push({
        kind: 'description', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + m[0].length, name: [],
        role: head, text: src.text, gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
      });
    }
  }
  return out;
}

/** A role that titles a named person is part of that person's mention; one inside a description is the description's. */
function coversRole(all: Mention[], from: number, r: Mention): boolean {
  for (let i = from; i < all.length; i++) {
    const x = all[i] as Mention;
    if (x.kind === 'person' && x.start <= r.start && r.end <= x.end) return true;
  }
  for (let i = from; i < all.length; i++) {
    const x = all[i] as Mention;
    if (x.kind === 'description' && x.start < r.end && r.start < x.end) return true;
  }
  return false;
}

/**
 * "…,” White said." after "Dana W. White": a surname that is also a word never read as a name alone ("White",
 * "Kremlin") is a name where the article gives it in full and the word stands right before or after a verb of
 * saying. Elsewhere ("White House", "the Kremlin said") it stays none.
 */
function surnameMentions(body: string, paragraphs: Paragraph[], persons: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of persons) {
    const last = m.kind === 'person' && m.name.length >= 2 ? (m.name[m.name.length - 1] as string) : '';
    if (last && isNeverAloneName(last)) surnames.add(last);
  }
  if (surnames.size === 0) return [];
  const out: Mention[] = [];
  const words = [...surnames].join('|');
  const re = new RegExp(String.raw`(?<![\p{L}.’'-]\s?)\b(${words})\s+(\p{Ll}+)\b|\b(\p{Ll}+)\s+(${words})\b(?!\s+\p{Lu})`, 'gu');
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    for (const m of body.slice(p.start, p.end).matchAll(re)) {
      const [name, verb] = m[1] ? [m[1], m[2] as string] : [m[4] as string, m[3] as string];
      if (!SPEECH_VERBS.has(verb)) continue;
      const start = p.start + (m.index as number) + (m[1] ? 0 : m[0].length - name.length);
      if (persons.some((x) => x.start <= start && start < x.end)) continue;
      out.push({
        kind: 'person', start, end: start + name.length, nameStart: start, nameEnd: start + name.length, name: [name], role: null,
        text: name, gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
      });
    }
  }
  return out;
}

/**
 * Every person, pronoun, role noun and anonymous description in the non-junk paragraphs, sorted
 * by position, with mentions inside another mention's span marked nested.
 *
 * @example
 * findMentions('NATO chief Jens Stoltenberg said.', [{ start: 0, end: 33, index: 0, isJunk: false }])[0]?.name
 * // ['Jens', 'Stoltenberg']
 */
export function findMentions(body: string, paragraphs: Paragraph[], sink?: { push(t: Token): unknown }): Mention[] {
  const all: Mention[] = [];
  const anonymous: Mention[] = [];
  /** Where the next ", who " is: the only place an anonymous source can be introduced. */
  let nextWho = body.indexOf(', who ');
  /** The furthest end of the mentions of earlier paragraphs. */
  let endBefore = -1;
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    const paragraphFrom = all.length;
    const tokens = tokenize(body, p.start, p.end);
    if (sink) for (const t of tokens) sink.push(t);
    const persons = findPersonMentions(body, tokens);
    // Read here, while the paragraph's tokens are at hand: the people index needs it before attribution.
    for (const m of persons) if (m.name.length === 1) m.showsPerson = showsPerson(body, tokens, m);
    all.push(...persons, ...findPronouns(tokens));
    if (anonymous.length > 0) all.push(...findAnonymousAnaphors(body, p, anonymous, all));
    if (nextWho >= 0 && nextWho < p.start) nextWho = body.indexOf(', who ', p.start);
    const found = nextWho >= 0 && nextWho < p.end ? findAnonymousSources(body, p, persons) : [];
    anonymous.push(...found);
    all.push(...found);
    // Role mentions, then organisations: read list by list, not joined into a new array per paragraph.
    const roles = findRoleMentions(body, p.start, p.end);
    const orgs = findOrgMentions(body, tokens);
    for (const list of [roles, orgs]) {
      for (const r of list) {
        // Mentions of earlier paragraphs end before this one starts unless an appositive ran on: only then are they read.
        const from = endBefore > r.start ? 0 : paragraphFrom;
        if (coversRole(all, from, r)) continue;
        all.push(r);
      }
    }
    for (let x = paragraphFrom; x < all.length; x++) endBefore = Math.max(endBefore, (all[x] as Mention).end);
  }
  all.push(...surnameMentions(body, paragraphs, all));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as Mention;
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const b = all[j] as Mention;
      if (b.start <= a.start && a.end <= b.end && b !== a && !(b.start === a.start && b.end === a.end && b.kind === a.kind)) {
        a.isNested = true;
        break;
      }
    }
  }
  return all;
}
