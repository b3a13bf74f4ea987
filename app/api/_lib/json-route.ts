import 'server-only';
import { getCaller, getSessionClaims } from '@/app/_lib/caller';
import type { Caller } from '@/db/queries/users';
import { isSameOriginRequest } from '@/lib/http/same-origin';

// A batch of a few hundred events is a few tens of kilobytes; anything far larger is not from our pages.
const MAX_BODY_BYTES = 256 * 1024;

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

type Refused = { ok: false; response: Response };
type SessionClaims = { userId: unknown; sessionVersion: unknown };

/**
 * The checks every state-changing JSON route makes, in order: the request comes from our own pages
 * (route handlers get no CSRF check from Next.js), a current session, a body that is JSON and not huge.
 */
export async function readSignedInJson(request: Request): Promise<{ ok: true; caller: Caller; body: unknown } | Refused> {
  const read = await readJsonWith(request, getCaller);
  return read.ok ? { ok: true, caller: read.session, body: read.body } : read;
}

/**
 * The same checks, but the session's claims are only decrypted here: the route checks them against the
 * database itself, in its first statement (as resolveCaller does), and answers `sessionEnded()` when they fail.
 */
export async function readClaimedJson(request: Request): Promise<{ ok: true; claims: SessionClaims; body: unknown } | Refused> {
  const read = await readJsonWith(request, getSessionClaims);
  return read.ok ? { ok: true, claims: read.session, body: read.body } : read;
}

export const sessionEnded = () => json({ error: 'Your session has ended. Sign in again.' }, 401);

async function readJsonWith<S>(request: Request, session: () => Promise<S | null>): Promise<{ ok: true; session: S; body: unknown } | Refused> {
  if (!isSameOriginRequest({ origin: request.headers.get('origin'), host: request.headers.get('host') })) {
    return { ok: false, response: json({ error: 'This request did not come from Cited.' }, 403) };
  }
  const found = await session();
  if (!found) return { ok: false, response: sessionEnded() };
  const read = await readBody(request);
  return read.ok ? { ok: true, session: found, body: read.body } : read;
}

async function readBody(request: Request): Promise<{ ok: true; body: unknown } | Refused> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { ok: false, response: json({ error: 'Too much at once.' }, 413) };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: json({ error: 'Too much at once.' }, 413) };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: json({ error: 'The request was not JSON.' }, 400) };
  }
}
