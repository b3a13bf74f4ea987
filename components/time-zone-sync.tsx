'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { localZoneFingerprint } from '@/lib/time/zone-fingerprint';
import { whenIdle } from '@/components/ui/when-idle';

/**
 * Tells the server the browser's time zone when it differs from the one on file, so "today", streaks and
 * due times follow the student when they travel or change devices.
 *
 * `savedFingerprint` is the zone on file's offsets over this year (lib/time/zone-fingerprint.ts, from the
 * server): when the browser's clock matches it all year, nothing can differ and Intl is not asked. Its
 * first call in a page costs 20–80 ms of a phone's main thread, on every signed-in page load.
 */
export function TimeZoneSync({ saved, savedFingerprint }: { saved: string; savedFingerprint: string }) {
  const router = useRouter();
  // Checked once the page has loaded and is idle: a zone that differs re-renders the page (router.refresh).
  useEffect(
    () =>
      whenIdle(() => {
        if (localZoneFingerprint(new Date().getUTCFullYear()) === savedFingerprint) return;
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (!zone || zone === saved) return;
        void fetch('/api/time-zone', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ timeZone: zone }) })
          .then((response) => {
            if (response.ok) router.refresh();
          })
          .catch(() => {});
      }),
    [saved, savedFingerprint, router],
  );
  return null;
}
