import Link from 'next/link';
import { getCaller } from '@/app/_lib/caller';
import { SignOutButton } from '@/components/offline/sign-out-button';
import { WordMark } from '@/components/brand/word-mark';
import { TopNav } from '@/components/nav/top-nav';
import { IntentLink } from '@/components/nav/intent-link';

export async function SiteHeader() {
  const caller = await getCaller();
  return (
    <header className="sticky top-0 z-30 border-b border-accent-100 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-2">
        <IntentLink href="/" className="flex min-h-11 shrink-0 items-center text-2xl" aria-label="Cited, home">
          <WordMark />
        </IntentLink>
        {caller ? (
          <>
            <nav aria-label="Main" className="ml-2">
              <TopNav role={caller.role} />
            </nav>
            <IntentLink href="/account" className="ml-auto flex min-h-11 min-w-0 items-center truncate text-sm text-stone-700 hover:underline" data-testid="signed-in-as">
              <span className="truncate">{caller.displayName}</span>
            </IntentLink>
            <SignOutButton />
          </>
        ) : (
          <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm font-medium">
            <Link href="/signin" className="flex min-h-11 items-center rounded-full px-3 hover:bg-stone-100">
              Sign in
            </Link>
            <Link href="/signup" className="flex min-h-11 items-center rounded-full bg-accent-600 px-4 text-white hover:bg-accent-700">
              Create account
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
