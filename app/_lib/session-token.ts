import { decode } from 'next-auth/jwt';

/** Whether the browser reached us over HTTPS, as the (normalised) forwarding headers say. */
export function isSecureRequest(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https';
}

/**
 * The claims of the session cookie (user id and session version), or null when there is none or it does
 * not decrypt. This only proves Auth.js issued the token; the caller is checked against the database next.
 */
export async function decodeSessionClaims(cookie: { name: string; value: string } | null): Promise<{ userId: unknown; sessionVersion: unknown } | null> {
  const secret = process.env.AUTH_SECRET;
  if (!cookie || !secret) return null;
  try {
    const token = await decode({ token: cookie.value, secret, salt: cookie.name });
    return token ? { userId: token.uid, sessionVersion: token.sv } : null;
  } catch {
    return null;
  }
}
