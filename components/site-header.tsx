import Link from 'next/link';
import { getCaller } from '@/app/_lib/caller';
import { HeaderBar, SignedInHeaderParts } from '@/components/nav/header-parts';

/** The header of a page rendered per request, for the caller read on the server. */
export async function SiteHeader() {
  const caller = await getCaller();
  return (
    <HeaderBar>
      {caller ? (
        <SignedInHeaderParts role={caller.role} displayName={caller.displayName} />
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
    </HeaderBar>
  );
}
