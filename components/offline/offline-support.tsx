'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';
import { isOfflinePage } from '@/lib/sync/sw-rules';
import { clearLocalData, getOwner, pruneSynced, setOwner } from './offline-store';
import { whenIdle } from '@/components/ui/when-idle';
import { connectionLost, connectionReturned, getSyncState, listenToOtherTabs, ownerChecked, refresh, requestSync } from './sync-engine';

// While work waits and nothing else wakes the queue, look again this often.
const SAFETY_NET_MS = 30_000;

const report = (error: unknown) => console.warn('[cited] offline support:', error instanceof Error ? error.message : error);

const canWork = () => 'serviceWorker' in navigator && process.env.NODE_ENV === 'production';

/**
 * Asks the service worker to save pages for offline use (fetched again, as this user: a page reached by
 * a client-side navigation was never a navigation the worker saw) and the built files already loaded.
 */
async function warm(pages: string[]) {
  if (!canWork() || !navigator.onLine) return;
  const registration = await navigator.serviceWorker.ready;
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
  registration.active?.postMessage({ type: 'warm', pages: [...new Set(pages)], assets });
}

/**
 * The offline machinery of a signed-in page: makes the queue and the saved pages this user's own (a
 * different user's are deleted first), registers the service worker, asks the browser to keep this
 * site's data (Safari may otherwise evict it after a week unvisited), and syncs on load, when the
 * connection returns, when the page is shown again, and now and then while work waits.
 */
export function OfflineSupport({ userId, isStudent }: { userId: string; isStudent: boolean }) {
  useEffect(() => {
    let stopped = false;
    const stopTabs = listenToOtherTabs();
    // The owner check comes first and at once: a review made on this page before it would be deleted with
    // another user's queue. The rest (old events, the service worker, saving pages) waits until the page has
    // loaded and the phone is idle: nothing on screen needs it, and it used to run amid hydration.
    let stopIdle = () => {};
    void (async () => {
      const owner = await getOwner();
      if (owner !== userId) {
        if (owner) await clearLocalData();
        await setOwner(userId);
      }
      if (stopped) return;
      ownerChecked();
      await refresh();
      connectionReturned();
      if (stopped) return;
      stopIdle = whenIdle(() => void settle().catch(report));
    })().catch(report);
    async function settle() {
      await pruneSynced(Date.now());
      if (canWork()) await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      if (isStudent) await warm(['/flashcards', '/']);
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
    }

    const onVisible = () => document.visibilityState === 'visible' && requestSync(0);
    window.addEventListener('online', connectionReturned);
    window.addEventListener('offline', connectionLost);
    document.addEventListener('visibilitychange', onVisible);
    const net = setInterval(() => {
      const { pending, signedOut, retryAt } = getSyncState();
      if (!signedOut && retryAt === null && navigator.onLine && pending.reviews + pending.answers > 0) requestSync(0);
    }, SAFETY_NET_MS);
    return () => {
      stopped = true;
      stopIdle();
      stopTabs();
      window.removeEventListener('online', connectionReturned);
      window.removeEventListener('offline', connectionLost);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(net);
    };
  }, [userId, isStudent]);

  // A quiz opened in this tab is saved as it is opened, so it can be finished offline.
  const pathname = usePathname();
  useEffect(() => {
    if (isStudent && isOfflinePage(pathname) && pathname.startsWith('/quiz/')) void warm([pathname]).catch(() => undefined);
  }, [isStudent, pathname]);
  return null;
}
