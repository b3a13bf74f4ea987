import { getCaller } from '@/app/_lib/caller';
import { SiteHeader } from '@/components/site-header';
import { TabBar } from '@/components/nav/tab-bar';
import { TimeZoneSync } from '@/components/time-zone-sync';
import { OfflineSupport } from '@/components/offline/offline-support';
import { SyncStatus } from '@/components/offline/sync-status';
import { zoneFingerprint } from '@/lib/time/zone-fingerprint';

/** The pages rendered per request: the header and tab bar are the caller's, read on the server. */
export default async function PerRequestLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  return (
    <>
      <SiteHeader />
      {caller ? <SyncStatus /> : null}
      <main id="content" className={`mx-auto w-full max-w-3xl px-4 py-6 ${caller ? 'pb-28 md:pb-10' : ''}`}>
        {children}
      </main>
      {caller ? (
        <>
          <TabBar role={caller.role} />
          <TimeZoneSync saved={caller.timeZone} savedFingerprint={zoneFingerprint(caller.timeZone, new Date().getUTCFullYear())} />
          <OfflineSupport userId={caller.id} isStudent={caller.role === 'student'} />
        </>
      ) : null}
    </>
  );
}
