import Link from 'next/link';
import type { ReactNode } from 'react';

/** A link that looks like a button, with a 44 px touch target. */
export function ButtonLink({ href, children, variant = 'secondary', download }: { href: string; children: ReactNode; variant?: 'primary' | 'secondary'; download?: boolean }) {
  const style = variant === 'primary' ? 'bg-stone-900 text-white hover:bg-stone-700' : 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100';
  const className = `inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 ${style}`;
  // Downloads are plain anchors: a client-side navigation would try to render a CSV as a page.
  return download ? (
    <a href={href} className={className} download>
      {children}
    </a>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
