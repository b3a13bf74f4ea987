import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { knownDevices } from '@/db/schema';

/** How long a browser stays "known" without signing in again. */
export const DEVICE_RETENTION_MS = 180 * 24 * 60 * 60 * 1000;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new random device token for the device cookie (32 bytes, base64url). */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a cookie value has the shape of a device token (anything else is ignored, never looked up). */
export function isDeviceToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value);
}

/**
 * What is stored for a device: a hash of the account and the token together, so one browser can be known
 * to several accounts (a family laptop) and a leaked table names no cookie.
 */
function deviceHash(userId: string, token: string): string {
  return createHash('sha256').update(`${userId}:${token}`).digest('hex');
}

/**
 * The throttle key of a browser known to this account, or null when it is a stranger. A known device is
 * throttled on its own failures only (see lib/auth/throttle.ts).
 */
export async function knownDeviceKey(db: Db, userId: string, token: unknown): Promise<string | null> {
  if (!isDeviceToken(token)) return null;
  const hash = deviceHash(userId, token);
  const [row] = await db
    .select({ id: knownDevices.id })
    .from(knownDevices)
    .where(and(eq(knownDevices.tokenHash, hash), eq(knownDevices.userId, userId)))
    .limit(1);
  return row ? `device:${hash.slice(0, 32)}` : null;
}

/** Records that this browser signed in to this account (again). */
export async function rememberDevice(db: Db, userId: string, token: unknown, now: Date): Promise<void> {
  if (!isDeviceToken(token)) return;
  await db
    .insert(knownDevices)
    .values({ userId, tokenHash: deviceHash(userId, token), createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: knownDevices.tokenHash, set: { lastSeenAt: now } });
}

/** Forgets browsers that have not signed in for the retention period. */
export async function unsafePruneDevices(db: Db, now: Date): Promise<number> {
  // unsafe: housekeeping with no caller.
  const deleted = await db
    .delete(knownDevices)
    .where(lt(knownDevices.lastSeenAt, new Date(now.getTime() - DEVICE_RETENTION_MS)))
    .returning({ id: knownDevices.id });
  return deleted.length;
}
