import { HeaderBar } from '@/components/nav/header-parts';
import { MeFooterParts, MeHeaderParts, MeProvider, MeSyncStatus } from '@/components/nav/signed-in-chrome';

/**
 * Pages rendered once and served to every signed-in reader from Next's cache (the library): nothing here is
 * read per request, and nothing per user or per class may be rendered into them. The user's header, tab bar
 * and offline machinery are filled in on the client (components/nav/signed-in-chrome.tsx). Only signed-in
 * visitors reach these pages (proxy.ts), so the bottom padding for the tab bar is always there.
 */
export default function SharedLayout({ children }: { children: React.ReactNode }) {
  return (
    <MeProvider>
      <HeaderBar>
        <MeHeaderParts />
      </HeaderBar>
      <MeSyncStatus />
      <main id="content" className="mx-auto w-full max-w-3xl px-4 py-6 pb-28 md:pb-10">
        {children}
      </main>
      <MeFooterParts />
    </MeProvider>
  );
}
