import { decode } from 'next-auth/jwt';

/** Whether the browser reached us over HTTPS, as the (normalised) forwarding headers say. */
export function isSecureRequest(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https';
}

type Claims = { userId: unknown; sessionVersion: unknown };

/**
 * Tokens this process has already decrypted, until they expire. Decrypting costs a key derivation and an
 * AES/HMAC pass on every request; the token's bytes decide its claims, so the same token always gives the
 * same claims. Only tokens that decrypted are kept (a forged one cannot fill this), and the database still
 * checks the session version on every request, so a signed-out session is refused as before.
 */
const decoded = new Map<string, { claims: Claims; expiresAt: number }>();
const MAX_REMEMBERED = 5_000;

/**
 * The claims of the session cookie (user id and session version), or null when there is none or it does
 * not decrypt. This only proves Auth.js issued the token; the caller is checked against the database next.
 */
export async function decodeSessionClaims(cookie: { name: string; value: string } | null): Promise<Claims | null> {
  const secret = process.env.AUTH_SECRET;
  if (!cookie || !secret) return null;
  const key = `${cookie.name}\n${cookie.value}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > Date.now()) return known.claims;
  try {
    const token = await decode({ token: cookie.value, secret, salt: cookie.name });
    if (!token) return null;
    const claims = { userId: token.uid, sessionVersion: token.sv };
    if (typeof token.exp === 'number') {
      if (decoded.size >= MAX_REMEMBERED) decoded.clear();
      decoded.set(key, { claims, expiresAt: token.exp * 1000 });
    }
    return claims;
  } catch {
    return null;
  }
}
