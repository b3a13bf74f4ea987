import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
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

/**
 * What `HtmlOnce` needs for a page drawn per request: in a document, a key (the HTML goes out once, in the
 * document); in the payload of a client-side navigation, the HTML itself, since no document comes with it
 * and fetching one would render the page twice and lose the scroll to `#cited`. Next hides its own `RSC`
 * request header from pages, so the browser's says which: a fetch is `Sec-Fetch-Dest: empty`. A client that
 * sends no such header gets the document's way, which is right for a document and only slower for a payload
 * (HtmlOnce then fetches the document).
 */
export async function htmlOnceSource(html: string): Promise<{ handoff: string } | { html: string }> {
  return (await headers()).get('sec-fetch-dest') === 'empty' ? { html } : { handoff: handOffHtml(html) };
}
