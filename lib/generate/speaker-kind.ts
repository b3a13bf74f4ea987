/**
 * What kind of speaker a name is: a person or an organisation. A who-said question offers options of the
 * answer's own kind: never a police station beside three students (blind-26 offered “Comisaría de Rancagua”
 * for a student leader's words), never a minister beside three ministries. Judged from the organisation
 * lexicons (the words that head or end names of bodies) and from how the article introduces the name.
 */
import type { Person } from '@/lib/extract/types';
import { ORG_HEAD_LEXICON, ORG_TAIL_LEXICON } from '@/lib/extract/lexicons/organisations';
import { escapeRegExp, normalise } from './text';

export type SpeakerKind = 'person' | 'organisation';

const isOrgWord = (w: string) => ORG_HEAD_LEXICON.words.has(w) || ORG_TAIL_LEXICON.words.has(w);

/**
 * A name set in apposition to a common noun for a body: "the police station, Comisaría de Rancagua", "the
 * ministry, Itamaraty". The noun before the comma (or the one before it) names what the name is.
 */
function introducedAsBody(bodies: readonly string[], name: string): boolean {
  const re = new RegExp(`\\bthe\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+),\\s+${escapeRegExp(name)}\\b`, 'u');
  return bodies.some((body) => {
    const m = re.exec(body);
    return !!m?.[1] && m[1].split(/\s+/).some(isOrgWord);
  });
}

/**
 * A speaker's kind: an organisation when the name ends or opens with a word for a body ("… Ministry",
 * "Ministry of …", "… Police") or the article introduces it as one; a person otherwise.
 *
 * @example
 * speakerKind({ name: 'Comisaría de Rancagua', … }, ['… at the police station, Comisaría de Rancagua, …']); // → 'organisation'
 * speakerKind({ name: 'Jennifer Olivares', … }, bodies); // → 'person'
 */
export function speakerKind(p: Pick<Person, 'name'>, bodies: readonly string[]): SpeakerKind {
  const words = normalise(p.name).split(' ').filter(Boolean);
  if (words.length > 1 && (isOrgWord(words[words.length - 1]!) || isOrgWord(words[0]!))) return 'organisation';
  return introducedAsBody(bodies, p.name) ? 'organisation' : 'person';
}
