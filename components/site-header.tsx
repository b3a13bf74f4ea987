import Link from 'next/link';
import { getCaller } from '@/app/_lib/caller';
import { signOutAction } from '@/app/(auth)/actions';

export async function SiteHeader() {
  const caller = await getCaller();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" aria-label="Main">
        <Link href={caller?.role === 'teacher' ? '/' : caller ? '/library' : '/'} className="text-lg font-bold tracking-tight">
          Cited
        </Link>
        {caller ? (
          <>
            <Link href="/library" className="text-sm text-stone-700 hover:underline">
              Library
            </Link>
            <Link href="/classes" className="text-sm text-stone-700 hover:underline">
              Classes
            </Link>
            {caller.role === 'teacher' ? (
              <>
                <Link href="/review" className="text-sm text-stone-700 hover:underline">
                  Review
                </Link>
                <Link href="/sets" className="text-sm text-stone-700 hover:underline">
                  Sets
                </Link>
              </>
            ) : null}
            <Link href="/account" className="ml-auto truncate text-sm text-stone-600 hover:underline" data-testid="signed-in-as">
              {caller.displayName}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <span className="ml-auto flex gap-3 text-sm">
            <Link href="/signin" className="hover:underline">
              Sign in
            </Link>
            <Link href="/signup" className="hover:underline">
              Create account
            </Link>
          </span>
        )}
      </nav>
    </header>
  );
}
