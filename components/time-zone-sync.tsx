'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Tells the server the browser's time zone when it differs from the one on file, so "today", streaks and
 * due times follow the student when they travel or change devices.
 */
export function TimeZoneSync({ saved }: { saved: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === saved) return;
    void fetch('/api/time-zone', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ timeZone: zone }) })
      .then((response) => {
        if (response.ok) router.refresh();
      })
      .catch(() => {});
  }, [saved, router]);
  return null;
}
