/** What the client-side header of a shared page knows about the signed-in user (GET /api/me). */
export interface SignedInUser {
  id: string;
  role: 'student' | 'teacher';
  displayName: string;
  /** IANA time zone on file, which the browser corrects when it differs. */
  timeZone: string;
  /** That zone's offsets over this year (lib/time/zone-fingerprint.ts): the browser asks Intl only when its own differ. */
  timeZoneFingerprint: string;
}
