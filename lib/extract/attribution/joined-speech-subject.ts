import type { Mention } from '../mentions';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { isGroupName } from './group-name';
import { namedSubjectOf } from './sentence-subject';
import type { ArticleView } from './view';

/**
 * The sentence's named subject as the subject of a speech verb too far from it to be read as its own
 * ("Chen called for mutual respect between the countries and said …", "Pompeo praised the talks, saying …"):
 * the verb is joined to the subject's own verb by "and" or is its participle, and no other person who
 * could be speaking stands between. Null otherwise.
 *
 * @example
 * // 'Chen called for mutual respect between the countries and said cooperation is growing.' → the mention of Chen
 */
export function joinedSpeechSubject(view: ArticleView, s: Span, verb: Token, before: Token | undefined): Mention | null {
  if (!before || (before.lower !== 'and' && !/ing$/.test(verb.lower))) return null;
  const subj = namedSubjectOf(view, s);
  if (!subj || subj.end > verb.start) return null;
  return standsBetween(view, view.mentionsIn(subj.end, verb.start)) ? null : subj;
}

/** A person (or "they") who could be the verb's subject instead: named outside quotation marks, no object or owner. */
export function standsBetween(view: ArticleView, ms: Mention[]): boolean {
  return ms.some((m) => !view.insideQuote(m.start) && !m.isObject && !m.isPossessive && !isGroupName(view, m) && (m.kind === 'person' || (m.kind === 'pronoun' && m.isPlural)));
}
