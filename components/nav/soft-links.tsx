'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Follows plain links inside server-built HTML (the reader's fact panels) the way `next/link` would: a
 * click without a modifier key on a link to this site moves the router instead of loading the whole page.
 * Anything else (a new tab, a download, another site) is left to the browser.
 */
export function SoftLinks({ containerId }: { containerId: string }) {
  const router = useRouter();
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`);
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerId, router]);
  return null;
}
