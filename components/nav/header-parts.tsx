import { SignOutButton } from '@/components/offline/sign-out-button';
import { WordMark } from '@/components/brand/word-mark';
import { TopNav } from '@/components/nav/top-nav';
import { IntentLink } from '@/components/nav/intent-link';

// No server-only imports: the per-request header renders these on the server, the shared pages' header on the client.

/** The header's frame: the word mark, then whatever the page's layout puts beside it. */
export function HeaderBar({ children }: { children: React.ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-accent-100 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-2">
        <IntentLink href="/" className="flex min-h-11 shrink-0 items-center text-2xl" aria-label="Cited, home">
          <WordMark />
        </IntentLink>
        {children}
      </div>
    </header>
  );
}

/** The signed-in part of the header: the sections, the user's name (to their account), sign out. */
export function SignedInHeaderParts({ role, displayName }: { role: 'student' | 'teacher'; displayName: string }) {
  return (
    <>
      <nav aria-label="Main" className="ml-2">
        <TopNav role={role} />
      </nav>
      <IntentLink href="/account" className="ml-auto flex min-h-11 min-w-0 items-center truncate text-sm text-stone-700 hover:underline" data-testid="signed-in-as">
        <span className="truncate">{displayName}</span>
      </IntentLink>
      <SignOutButton />
    </>
  );
}
