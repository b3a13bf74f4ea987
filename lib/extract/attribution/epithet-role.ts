import type { Mention } from '../mentions';
import { MILITARY_RANK_LEXICON, TITLE_HEADS } from '../lexicons/titles';
import type { Person } from '../types';
import type { Discourse } from './discourse';
import { descriptionGender, roleWords } from './roles';

/** A role noun that opens its clause: at a sentence's start or after the comma or mark that closes a quotation. */
const OPENS_CLAUSE = /(?:^|[.!?:,”"]\s*)$/;

/** Words a rank may carry besides the rank: the service ("Army Gen.", "Air Force Lt. Col."), "retired". */
const SERVICE_WORDS = /^(?:army|navy|naval|air|force|marine|marines|corps|coast|guard|retired|us|u\.s|vice|rear)$/;

/** Whether a title is a military rank and nothing else ("Army Gen.", "Lt. Col."), not a post ("director general"). */
function isRankOnly(words: string[]): boolean {
  return words.every((w) => SERVICE_WORDS.test(w) || MILITARY_RANK_LEXICON.words.has(w) || w === 'lt' || w === 'gen');
}

/**
 * "Army Gen. Martin E. Dempsey said here today. / The chairman of the Joint Chiefs of Staff discussed …":
 * a definite role noun that no one in the story holds, first used as the subject right after a sentence whose
 * subject is a person, names that person again (an epithet, as "the 26-year-old" does), and goes on naming
 * them while no one else takes the title. Nobody when the sentence before names someone else, when the
 * person's own post is another (a rank aside), when the genders clash, or when the noun was used before.
 *
 * @example
 * // 'Army Gen. Ana Ruiz spoke today.\n\n“We are ready,” the chairman said.' → Ana Ruiz
 */
export function epithetRole(d: Discourse, m: Mention, paragraph: number): Person | null {
  const noun = roleWords(m.role ?? '');
  const key = noun.join(' ');
  if (key === '') return null;
  const bound = d.epithetRoles.get(key);
  if (bound !== undefined) return bound;
  if (m.isPlural || m.isObject || m.isPossessive || !/^the\s/i.test(m.text)) return null;
  const { view } = d;
  const s = view.sentenceAt(m.start);
  if (!s || !OPENS_CLAUSE.test(view.body.slice(s.start, m.start))) return null;
  const prev = d.prevSubject;
  if (!prev || prev.entity.kind !== 'person' || prev.pronoun !== null || paragraph - prev.paragraph > 1) return null;
  const p = prev.entity.person;
  const own = p.role ? roleWords(p.role) : [];
  if (!TITLE_HEADS.words.has(noun.at(-1) as string) || (own.length > 0 && !isRankOnly(own) && own.at(-1) !== noun.at(-1))) return null;
  const g = descriptionGender(noun.at(-1) ?? '');
  const pg = prev.entity.gender ?? d.genderOf(p);
  if (g && pg && g !== pg) return null;
  for (const x of view.mentionsIn(prev.sentence.start, prev.sentence.end)) {
    if (x.kind !== 'person' || view.insideQuote(x.start)) continue;
    // Only someone the people index knows could be meant ("the Islamic State of Iraq" is no one).
    const other = d.personOf(x);
    if (other !== null && other.id !== p.id) return null;
  }
  const earlier = view.doc.mentions.some((x) => x.kind === 'role' && x.start < m.start && roleWords(x.role ?? '').join(' ') === key);
  if (earlier) return null;
  d.epithetRoles.set(key, p);
  return p;
}
