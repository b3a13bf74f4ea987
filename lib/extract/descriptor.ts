import { SPEECH_VERBS } from './lexicon';
import { type Mention } from './mentions';
import { isRoleHead } from './name-words';
import { type Token } from './tokens';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** Words that cannot belong to a descriptor before a name: they start another clause or make the name an object. */
const BREAKERS = new Set([
  ...DETERMINERS, 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'against', 'and', 'or', 'but', 'nor',
  'that', 'which', 'who', 'whom', 'as', 'than', 'after', 'before', 'when', 'while', 'if', 'because', 'since', 'although',
  'though', 'until', 'where', 'so', 'then', 'also', 'not', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'is', 'was',
  'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'met',
  'like', 'unlike', 'between', 'among', 'via', 'per', 'including', 'especially', 'notably', 'even', 'only',
]);

/**
 * The name after a bare lower-case descriptor that opens a clause: "…,” engineer Piet de Vries said",
 * "…,” her lawyer Ana Ruiz said". Only plain words, at most three, none a verb, a function word or a
 * plural, so that "…,” officials told Ana Ruiz", "…,” after Ana Ruiz spoke" or "…,” critics including
 * Ana Ruiz said" keep their own subject. `toks` are the clause's words, `mentions` its mentions.
 *
 * @example
 * // For '“…,” engineer Piet de Vries said' the mention of Piet de Vries; for '“…,” residents told Piet de Vries' null.
 */
export function nameAfterDescriptor(body: string, toks: Token[], mentions: Mention[]): Mention | null {
  const m = mentions.find((x) => x.kind === 'person');
  if (!m) return null;
  const lead = toks.filter((t) => t.end <= m.start);
  if (lead.length === 0 || lead.length > 3) return null;
  // "…,” Canada coach Bill Johnson said", "…,” Putin aide Yuri Ushakov said": a team, place or person the
  // title belongs to may open the descriptor, when a title ends it.
  const titled = m.role !== null || isRoleHead((lead[lead.length - 1] as Token).lower);
  for (let j = 0; j < lead.length; j++) {
    const t = lead[j] as Token;
    const isDeterminer = j === 0 && DETERMINERS.has(t.lower);
    const isOwner = titled && j < lead.length - (m.role !== null ? 0 : 1) && CAPITALISED_WORD.test(t.word) && !t.possessive;
    if (isOwner) continue;
    if (!isDeterminer && (!/^[a-z][a-z-]*$/.test(t.word) || SPEECH_VERBS.has(t.lower) || BREAKERS.has(t.lower))) return null;
    // "…,” critics John Lee and Ana Ruiz said": a plural before names is a group, not one speaker's title.
    if (!isDeterminer && /[^su]s$/.test(t.lower)) return null;
    if (body.slice(t.end, (lead[j + 1] ?? m).start) !== ' ') return null;
  }
  return m;
}
