import { json, sessionEnded } from '@/app/api/_lib/json-route';
import { getCaller } from '@/app/_lib/caller';
import type { SignedInUser } from '@/lib/auth/signed-in-user';
import { zoneFingerprint } from '@/lib/time/zone-fingerprint';

/**
 * Who is signed in, for the pages rendered once for everyone (app/(shared)): their header, tab bar and
 * offline machinery are filled in from this after the page loads. The session is checked against the
 * database as on any page; only what the header shows is sent.
 */
export async function GET(): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return sessionEnded();
  const me: SignedInUser = { id: caller.id, role: caller.role, displayName: caller.displayName, timeZone: caller.timeZone, timeZoneFingerprint: zoneFingerprint(caller.timeZone, new Date().getUTCFullYear()) };
  return json(me);
}
