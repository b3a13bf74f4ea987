import { HONORIFICS, SPEECH_VERBS } from './lexicon';
import { type Mention } from './mentions';
import { firstTokenFrom, type Token } from './tokens';
import type { Person } from './types';

type Gender = 'm' | 'f';

/** Words that may sit between a subject and its verb without changing who speaks: "X also said he". */
const ADVERBS = new Set(['also', 'later', 'then', 'again', 'previously', 'earlier']);
const BRIDGE = /^,?\s+(?:(?:also|later|then|again|previously|earlier)\s+)?$/;

/**
 * Posts whose holders speak for someone else: "the spokeswoman said he would travel" is about her
 * principal, so what such a person says tells nothing of their own gender.
 */
const SPEAKS_FOR_OTHERS = /\b(?:spokes\w*|secretary|aide|adviser|advisor|lawyer|attorney|representative|envoy|agent)\b/i;

/**
 * The gender an article shows for each of its people, read over the whole article before any pronoun is
 * resolved, so that "she" early on can skip a man whom the text marks as male only later. Evidence is a
 * courtesy title ("Mr", "Ms") or a pronoun that must be the speaker's own: "X said he would", "X, the
 * mayor, said that she". A person with evidence both ways is left out: the
 * caller then knows no more than before.
 *
 * @example
 * // For "Lena Dahl said she would run. … “We won,” Dahl said." the map holds Lena Dahl → 'f'.
 */
export function genderEvidence(
  body: string,
  tokens: Token[],
  mentions: Mention[],
  resolvePerson: (m: Mention) => Person | null,
  isQuoted: (pos: number) => boolean,
): Map<string, Gender> {
  const votes = new Map<string, { person: Person; gender: Gender | null }>();
  const vote = (p: Person, g: Gender) => {
    const had = votes.get(p.id);
    votes.set(p.id, { person: p, gender: had === undefined || had.gender === g ? g : null });
  };
  for (const subject of mentions) {
    if (subject.kind !== 'person') continue;
    // A courtesy title before the name (its gender, unlike a first name's, is not on the Person).
    if (subject.gender && subject.start < subject.nameStart) {
      const key = body.slice(subject.start, subject.nameStart).trim().toLowerCase();
      const title = Object.hasOwn(HONORIFICS, key) ? HONORIFICS[key] : null;
      const p = title && !isQuoted(subject.start) ? resolvePerson(subject) : null;
      if (p && title) vote(p, title);
    }
    if (subject.isPossessive || subject.isNested) continue;
    // The verb right after the name (an adverb may sit between), then "he"/"she", "that" allowed before it.
    let k = firstTokenFrom(tokens, subject.end);
    if (ADVERBS.has(tokens[k]?.lower ?? '')) k++;
    const verb = tokens[k];
    if (!verb || !SPEECH_VERBS.has(verb.lower) || !BRIDGE.test(body.slice(subject.end, verb.start))) continue;
    if (tokens[k + 1]?.lower === 'that') k++;
    const pronoun = tokens[k + 1];
    if (!pronoun || (pronoun.lower !== 'he' && pronoun.lower !== 'she')) continue;
    // Only a plain space (or "that") between verb and pronoun: "said, he" or "said. He" starts something else.
    if (!/^\s+(?:that\s+)?$/.test(body.slice(verb.end, pronoun.start)) || isQuoted(subject.start)) continue;
    if (relatesToSomeoneElse(body, subject.start) || (subject.role && SPEAKS_FOR_OTHERS.test(subject.role))) continue;
    const p = resolvePerson(subject);
    if (p && !(p.role && SPEAKS_FOR_OTHERS.test(p.role))) vote(p, pronoun.lower === 'he' ? 'm' : 'f');
  }
  const out = new Map<string, Gender>();
  for (const [id, { gender }] of votes) {
    if (gender) out.set(id, gender);
  }
  return out;
}

/** A pronoun, an owner ("the victim's") or a relation before the subject: it is introduced through someone else. */
const RELATION = /\b(?:his|her|him|he|she|their|whose|wife|husband|widow|widower|mother|father|sister|brother|son|daughter|parents?|friend|partner|girlfriend|boyfriend|fianc\w*|lawyer|attorney|neighbou?r|colleague)\b|\p{L}['’]s\b/iu;

/**
 * Whether the sentence, before the subject, ties the subject to someone already spoken of ("His wife,
 * Dana Cole, said he …", "The victim's sister, Ada Obi, said he …"): then "he" may well be that other person.
 */
function relatesToSomeoneElse(body: string, subjectStart: number): boolean {
  let i = subjectStart;
  while (i > 0 && subjectStart - i < 120 && !'.!?\n'.includes(body[i - 1] as string)) i--;
  return RELATION.test(body.slice(i, subjectStart));
}

