import 'server-only';
import { cookies, headers } from 'next/headers';
import { isDeviceToken, newDeviceToken } from '@/db/queries/devices';
import { isSecureRequest } from './session-token';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The browser's device token, created on its first sign-in attempt and kept for a year. After a
 * successful sign-in the server remembers it for that account (hashed), and the browser is then let
 * through an address throttle that slows strangers down (see lib/auth/throttle.ts).
 */
export async function ensureDeviceToken(): Promise<string> {
  const isSecure = isSecureRequest(await headers());
  const name = isSecure ? '__Host-cited-device' : 'cited-device';
  const jar = await cookies();
  const existing = jar.get(name)?.value;
  if (isDeviceToken(existing)) return existing;
  const token = newDeviceToken();
  jar.set(name, token, { httpOnly: true, secure: isSecure, sameSite: 'lax', path: '/', maxAge: ONE_YEAR_SECONDS });
  return token;
}
