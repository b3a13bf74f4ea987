import 'server-only';
import { createHash } from 'node:crypto';
import { handOffStore } from './html-handoff-store';

const MAX_HANDED_OFF = 256;

/**
 * Leaves a string of server-built HTML where the server rendering of `HtmlOnce` finds it, and returns its
 * key: the key goes into the RSC payload, the HTML does not (see components/ui/html-once.tsx). Keyed by the
 * HTML's hash, so the same article rendered again reuses its entry; the oldest entries go first.
 */
export function handOffHtml(html: string): string {
  const key = createHash('sha256').update(html).digest('base64url').slice(0, 22);
  const store = handOffStore();
  store.delete(key);
  if (store.size >= MAX_HANDED_OFF) store.delete(store.keys().next().value!);
  store.set(key, html);
  return key;
}
