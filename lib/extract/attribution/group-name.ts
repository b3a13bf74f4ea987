import type { Mention } from '../mentions';
import type { ArticleView } from './view';

/** A determiner no one's name takes: "those Afghans", "the Taliban" are groups. */
const GROUP_DETERMINER = /\b(?:those|these|the|all|many|some)\s+$/i;

/**
 * A one-word "name" with no title or gender after a determiner: a group ("those Afghans"), not a person
 * who could be speaking.
 *
 * @example
 * // 'addressed those Afghans who are fighting' → true for the mention of "Afghans"
 */
export function isGroupName(view: ArticleView, m: Mention): boolean {
  return m.kind === 'person' && m.name.length === 1 && !m.role && !m.gender && GROUP_DETERMINER.test(view.body.slice(Math.max(0, m.start - 12), m.start));
}
