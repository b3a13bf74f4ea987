'use client';

import { createContext, useContext, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { SignedInUser } from '@/lib/auth/signed-in-user';
import { SignedInHeaderParts } from './header-parts';
import { TabBar } from './tab-bar';
import { TimeZoneSync } from '@/components/time-zone-sync';
import { OfflineSupport } from '@/components/offline/offline-support';
import { SyncStatus } from '@/components/offline/sync-status';

const MeContext = createContext<SignedInUser | null>(null);

/**
 * The signed-in user of a page rendered once for everyone (app/(shared)), asked of GET /api/me when the page
 * loads: the page's HTML holds nobody's name. A session that has ended goes to the sign-in page, as a
 * per-request page would; offline, the page stays as it is, without the user's parts.
 */
export function MeProvider({ children }: { children: React.ReactNode }) {
  const [me, setMe] = useState<SignedInUser | null>(null);
  const router = useRouter();
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then(async (response) => {
        if (response.status === 401) {
          router.replace(`/signin?callbackUrl=${encodeURIComponent(location.pathname + location.search)}`);
          return;
        }
        if (!response.ok) return;
        const user = (await response.json()) as SignedInUser;
        // Not a transition: a transition that meets a lazy part still loading keeps the old screen until it
        // loads, and on a slow or flaky connection the header and the article's buttons never came (offline e2e).
        if (live) setMe(user);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [router]);
  return <MeContext value={me}>{children}</MeContext>;
}

/** The header's signed-in part, once the user is known. */
export function MeHeaderParts() {
  const me = useContext(MeContext);
  return me ? <SignedInHeaderParts role={me.role} displayName={me.displayName} /> : null;
}

/** The sync notice above the page. */
export function MeSyncStatus() {
  return useContext(MeContext) ? <SyncStatus /> : null;
}

/** The tab bar, the time-zone check and the offline machinery, once the user is known. */
export function MeFooterParts() {
  const me = useContext(MeContext);
  if (!me) return null;
  return (
    <>
      <TabBar role={me.role} />
      <TimeZoneSync saved={me.timeZone} savedFingerprint={me.timeZoneFingerprint} />
      <OfflineSupport userId={me.id} isStudent={me.role === 'student'} />
    </>
  );
}
