import type { Mention } from '../mentions';
import { POSTNOMINALS } from '../name-words';
import type { ArticleView } from './view';

/**
 * The name a description of post-nominal letters belongs to: in "Rt Hon Dr Andrew Murrison MP said", the
 * subject of "said" is Andrew Murrison, and "MP" only says what he is. Null unless the letters follow the
 * name after one space.
 *
 * @example
 * // mentions of "Andrew Murrison MP said": [person "Andrew Murrison", description "MP"] → the person
 */
export function ownerOfPostnominal(view: ArticleView, m: Mention, sMentions: Mention[]): Mention | null {
  if (m.kind !== 'description' || !POSTNOMINALS.has(m.text)) return null;
  const i = sMentions.indexOf(m);
  const owner = i > 0 ? sMentions[i - 1] : undefined;
  if (!owner || owner.kind !== 'person' || owner.isPlural || owner.isPossessive) return null;
  return view.body.slice(owner.end, m.start) === ' ' ? owner : null;
}

/** Where a name's post-nominal letters end ("Jane Doe MP| said"), or null when none follow it. */
export function postnominalEnd(view: ArticleView, owner: Mention, mentions: Mention[]): number | null {
  const letters = mentions.find((x) => x.start === owner.end + 1);
  return letters && ownerOfPostnominal(view, letters, [owner, letters]) === owner ? letters.end : null;
}
