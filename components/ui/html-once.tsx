'use client';

import { useEffect, useRef } from 'react';
import { handOffStore } from './html-handoff-store';

/** `handoff` when the page is a document (its HTML carries the block), `html` when it is a client-side navigation's payload: see `htmlOnceSource`. */
type Props = { id: string; className?: string; testId?: string } & ({ handoff: string; html?: never } | { html: string; handoff?: never });

/**
 * A block of server-built HTML (an article's text, its fact panels) sent once: in the page's HTML, and not a
 * second time inside the React payload, where a server component's `dangerouslySetInnerHTML` would repeat it.
 * The server component hands the HTML over by key in this process (`handOffHtml`, components/ui/html-handoff.ts);
 * the server rendering of this component reads it back; in the browser the element keeps the HTML it arrived
 * with (React leaves an element's `dangerouslySetInnerHTML` as it found it when hydrating, and an unchanged
 * value is never written again).
 *
 * A page drawn per request knows whether it is a document or a client-side navigation's payload (which has
 * no HTML beside it), and hands the HTML itself to the payload in the second case (`html`). A page rendered
 * once for everyone cannot: reached by a client-side navigation, the element is empty, the page's own
 * document is fetched (from Next's cache, as any reader gets it) and this element's HTML is taken from it.
 */
export function HtmlOnce({ id, handoff, html: inPayload, className, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const html = inPayload ?? (typeof window === 'undefined' ? (handOffStore().get(handoff!) ?? '') : '');
  useEffect(() => {
    const element = ref.current;
    if (!element || element.childNodes.length > 0) return;
    let live = true;
    // The query too: a `?cite=` view's document marks its sentence.
    void documentAt(location.pathname + location.search).then((page) => {
      const source = page?.getElementById(id);
      if (live && source && element.childNodes.length === 0) element.innerHTML = source.innerHTML;
    });
    return () => {
      live = false;
    };
  }, [id, handoff]);
  return <div key={handoff ?? 'in-payload'} ref={ref} id={id} data-testid={testId} className={className} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}

// The blocks of one page ask for its document once.
let lastFetched: { path: string; page: Promise<Document | null> } | null = null;

function documentAt(path: string): Promise<Document | null> {
  if (lastFetched?.path !== path) {
    const page = fetch(path, { credentials: 'same-origin' })
      .then(async (response) => (response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null))
      .catch(() => null);
    lastFetched = { path, page };
    // A failed fetch (offline, signed out) is tried again on the next visit.
    void page.then((found) => {
      if (!found && lastFetched?.page === page) lastFetched = null;
    });
  }
  return lastFetched.page;
}
