/**
 * "A spokesperson for the Prime Minister said:", "an aide to Ana Ruiz said": the person after "for" or "to" is whom
 * the speaker works for; the noun phrase's head, the spokesperson or the aide, speaks.
 */
import type { Mention } from '../mentions';
import type { ArticleView } from './view';

/** Posts whose holders speak on someone's behalf, named before "for" or "to" the one they serve. */
const SPEAKS_FOR_OTHERS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney',
  'representative', 'envoy', 'agent',
]);

/** "for" or "to" between the post and the one it serves (a role mention holds its own "the"). */
const SERVES_GAP = /^\s+(?:for|to)\s+$/;

/**
 * The spokesperson, aide or lawyer whose phrase ends with the mention m ("A spokesperson for [the Prime Minister]"),
 * as one mention running through m, or null.
 *
 * @example
 * // 'A spokesperson for the Prime Minister said:' → a description "A spokesperson for the Prime Minister"
 */
export function speakerServing(view: ArticleView, m: Mention, sMentions: Mention[]): Mention | null {
  const i = sMentions.indexOf(m);
  const head = i > 0 ? sMentions[i - 1] : undefined;
  if (!head || head.isPlural || !head.role) return null;
  if (head.kind !== 'description' && head.kind !== 'role') return null;
  if (!SPEAKS_FOR_OTHERS.has(head.role.toLowerCase())) return null;
  // The name's mention may have taken the post as its title ("An [aide to Ana Ruiz]"): the post still serves.
  const from = m.start < head.end && view.body.slice(m.start, head.end).toLowerCase() === head.role.toLowerCase() ? m.nameStart : m.start;
  if (!SERVES_GAP.test(view.body.slice(head.end, from))) return null;
  // The whole phrase is the subject and, for an anonymous one, the speaker as the article describes them.
  return { ...head, end: m.end, nameEnd: m.end, text: view.body.slice(head.start, m.end) };
}
