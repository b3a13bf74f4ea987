import { uuidFromBytes } from '@/lib/ids/uuid';

/** A fresh id for an event the browser creates (an attempt, an answer, a review). */
export function newClientId(): string {
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** The device's clock, read when an event happens (kept out of render so components stay pure). */
export function clientNow(): { iso: string; ms: number } {
  const ms = Date.now();
  return { iso: new Date(ms).toISOString(), ms };
}
