/**
 * What kind of speaker a name is: a person or an organisation. A who-said question offers options of the
 * answer's own kind: never a police station beside three students (blind-26 offered “Comisaría de Rancagua”
 * for a student leader's words), never a minister beside three ministries. Judged from the organisation
 * lexicons (the words that head or end names of bodies) and from how the article introduces the name.
 */
import type { Person } from '@/lib/extract/types';
import { BODY_NAME_TAIL_LEXICON, ORG_HEAD_LEXICON, ORG_TAIL_LEXICON } from '@/lib/extract/lexicons/organisations';
import { THING_NAME_LEXICON, THING_OPENER_LEXICON } from '@/lib/extract/lexicons/non-names';
import { normalise } from './text';

export type SpeakerKind = 'person' | 'organisation' | 'thing';

const isOrgWord = (w: string) => ORG_HEAD_LEXICON.words.has(w) || ORG_TAIL_LEXICON.words.has(w) || BODY_NAME_TAIL_LEXICON.words.has(w);

/** "the police station, Comisaría de Rancagua": a common noun, a comma, and the capitalised name after it. */
const APPOSITION = /\bthe\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(\p{Lu}[^,.;:()“”"]*)/gu;

/**
 * The names an article sets in apposition to a common noun for a body ("the police station, Comisaría de
 * Rancagua", "the ministry, Itamaraty"), read in one pass over the text: what follows the comma.
 *
 * @example
 * namesIntroducedAsBodies('at the police station, Comisaría de Rancagua, something') // ['Comisaría de Rancagua']
 */
export function namesIntroducedAsBodies(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(APPOSITION)) if (m[1]!.split(/\s+/).some(isOrgWord)) out.push(m[2]!.trim());
  return out;
}

/**
 * A speaker's kind: a thing when the name ends on a noun for things ("… Flight") or opens on a storm's word;
 * an organisation when the name ends or opens with a word for a body ("… Ministry",
 * "Ministry of …", "… Police") or the article introduces it as one; a person otherwise.
 *
 * @example
 * speakerKind({ name: 'Comisaría de Rancagua' }, namesIntroducedAsBodies(body)); // → 'organisation'
 * speakerKind({ name: 'Jennifer Olivares' }, namesIntroducedAsBodies(body)); // → 'person'
 * speakerKind({ name: 'Germanwings Flight' }, []); // → 'thing'
 */
export function speakerKind(p: Pick<Person, 'name'>, introducedAsBodies: readonly string[]): SpeakerKind {
  const words = normalise(p.name).split(' ').filter(Boolean);
  // "Germanwings Flight", "Hurricane Florence", "Article Five": a thing read as a name. Only a storm's or a
  // clause's word opens one ("Tiger Woods" is a person); any of the words may end one.
  if (words.length > 1 && (THING_NAME_LEXICON.words.has(words[words.length - 1]!) || THING_OPENER_LEXICON.words.has(words[0]!))) return 'thing';
  if (words.length > 1 && (isOrgWord(words[words.length - 1]!) || isOrgWord(words[0]!))) return 'organisation';
  return introducedAsBodies.some((n) => n === p.name || n.startsWith(`${p.name} `)) ? 'organisation' : 'person';
}
