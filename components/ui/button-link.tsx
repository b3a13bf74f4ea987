import type { ReactNode } from 'react';
import { IntentLink } from '@/components/nav/intent-link';

/**
 * A link that looks like a button, with a 44 px touch target. Its page is fetched on intent (IntentLink), not
 * on sight: every page it leads to is rendered per request, and a class page that prefetched Results and Sets
 * as soon as it showed paid two renders the teacher had not asked for.
 */
export function ButtonLink({ href, children, variant = 'secondary', download }: { href: string; children: ReactNode; variant?: 'primary' | 'secondary'; download?: boolean }) {
  const style = variant === 'primary' ? 'bg-stone-900 text-white hover:bg-stone-700' : 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100';
  const className = `inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 ${style}`;
  // Downloads are plain anchors: a client-side navigation would try to render a CSV as a page.
  return download ? (
    <a href={href} className={className} download>
      {children}
    </a>
  ) : (
    <IntentLink href={href} className={className}>
      {children}
    </IntentLink>
  );
}
