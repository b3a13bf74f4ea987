/**
 * A quotation that opens on an item of the speaker's list ("The results so far speak for themselves: building an
 * ocean access railway … Investing in solar energy projects. … Upgrading Internet and communications infrastructure to
 * connect all of Angola …"): a verbless gerund phrase says nothing without the lead-in the speaker gave it (blind-45).
 */
import { tagSpan } from '@/lib/extract/pos';

/** A first sentence shorter than this is read whole; a longer one is no list item. */
const MAX_ITEM_WORDS = 30;

/**
 * Whether the words open on a gerund phrase with no verb of its own: besides the opening "-ing" word, only
 * infinitives ("to connect") and the phrase's own participles; no auxiliary, no finite verb.
 *
 * @example
 * opensOnListItem('Upgrading Internet infrastructure to connect all of Angola. As we do that at home, …'); // → true
 * opensOnListItem('Building bridges helps everyone.'); // → false
 */
export function opensOnListItem(text: string): boolean {
  const t = text.replace(/^[\s“"‘'[(]+/u, '');
  if (!/^\p{Lu}\p{Ll}+ing\s/u.test(t)) return false;
  const end = t.search(/[.!?;](?:\s|$)/);
  const first = end < 0 ? t : t.slice(0, end + 1);
  // "Looking ahead, we will …", "Including Kenya, many …": an opening phrase before its clause's comma.
  if (first.includes(',') || first.split(/\s+/).length > MAX_ITEM_WORDS) return false;
  const words = tagSpan(first, 0, first.length);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos === 'AUX') return false;
    if (w.pos !== 'VERB') continue;
    const before = words[i - 1]!.word.toLowerCase();
    if (before === 'to' || /(?:ing|ed|en)$/i.test(w.word)) continue;
    return false;
  }
  return true;
}
