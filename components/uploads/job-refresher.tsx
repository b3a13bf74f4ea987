'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Re-reads the job's progress from the server every two seconds while it runs. */
export function JobRefresher({ isRunning }: { isRunning: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [isRunning, router]);
  return null;
}
