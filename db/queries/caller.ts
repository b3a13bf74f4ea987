import { z } from 'zod';

declare const callerBrand: unique symbol;

/**
 * The signed-in user as the data-access layer sees them. Branded: only `resolveCaller` (which checks the
 * session version against the database) can make one, so no query can be handed a forged identity.
 */
export type Caller = {
  readonly id: string;
  readonly role: 'student' | 'teacher';
  /** A teacher who may also invite teachers and change site settings. */
  readonly isAdmin: boolean;
  readonly displayName: string;
  /** IANA time zone for "today", streaks and due dates. */
  readonly timeZone: string;
} & { readonly [callerBrand]: true };

/** Internal: the one cast from a checked row to a Caller. Only db/queries/users.ts calls it. */
export function brandCaller(user: { id: string; role: 'student' | 'teacher'; isAdmin: boolean; displayName: string; timeZone: string }): Caller {
  return Object.freeze({ id: user.id, role: user.role, isAdmin: user.isAdmin, displayName: user.displayName, timeZone: user.timeZone }) as Caller;
}

const uuidSchema = z.uuid();

/** A forged or garbage id is a miss, not a database error: queries return null for it. */
export function isUuid(value: unknown): value is string {
  return uuidSchema.safeParse(value).success;
}
