/** What the client-side header of a shared page knows about the signed-in user (GET /api/me). */
export interface SignedInUser {
  id: string;
  role: 'student' | 'teacher';
  displayName: string;
  /** IANA time zone on file, which the browser corrects when it differs. */
  timeZone: string;
}
