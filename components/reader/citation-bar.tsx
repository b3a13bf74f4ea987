import Link from 'next/link';
import { ArrowLeft } from 'lucide-react';
import { backLabel } from '@/lib/reader/cite';
import { BackButton } from './back-button';

/**
 * Shown when the reader opened at a cited sentence: a bar at the bottom of the screen, in thumb reach,
 * with the way back to the page the reader came from (named when the link said, else the browser's history).
 * On phones it sits just above the tab bar (components/nav/tab-bar.tsx, 3.5 rem tall), which would cover it.
 */
export function CitationBar({ from }: { from: string | null }) {
  return (
    <div className="fixed inset-x-0 bottom-[calc(3.5rem+1px+env(safe-area-inset-bottom))] z-10 border-t border-stone-300 bg-white/95 px-4 py-1 shadow-lg md:bottom-0" data-testid="citation-bar">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-3">
        {from ? (
          <Link href={from} className="inline-flex min-h-11 items-center gap-1 font-medium underline underline-offset-2">
            <ArrowLeft aria-hidden="true" className="size-4" />
            {backLabel(from)}
          </Link>
        ) : (
          <BackButton />
        )}
        <a href="#cited" className="inline-flex min-h-11 items-center text-sm text-stone-700 underline underline-offset-2">
          Cited sentence
        </a>
      </div>
    </div>
  );
}
