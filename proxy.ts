import { NextResponse, type NextRequest } from 'next/server';
import { readSessionCookie } from '@/lib/auth/session-cookie';
import { checkActionRequest, isWellFormedActionBody } from '@/lib/http/action-guard';
import { isDecodablePath } from '@/lib/http/request-path';
import { API_CONTENT_SECURITY_POLICY, hashedPageContentSecurityPolicy, newNonce, pageContentSecurityPolicy } from '@/lib/http/security-headers';
import { SHARED_ARTICLE_HEADER, sharedPageOf, isUnderSharedPage } from '@/lib/http/shared-pages';
import { sharedArticleSlugs } from '@/app/_lib/shared-article-slugs';

/**
 * Pages a signed-out visitor may open; every other page needs a session cookie to get past here. Generated
 * icons and the offline page are fetched before anyone signs in (the browser tab, the service worker).
 */
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/(signin|signup|invite|privacy)(\/|$)/,
  /^\/(icon|apple-icon)\d*(\/|$)/,
  /^\/~?offline(\/|$)/,
];

/**
 * Runs before every page request, and stays cheap: it never decrypts the session nor sets a cookie.
 *
 * 1. A state-changing request to a page (a server action) must come from this site: 403 without a
 *    matching Origin or with `Sec-Fetch-Site: cross-site`, 413 when oversized, 400 when malformed.
 * 2. A signed-out visitor (no session cookie at all) is sent to the sign-in page early. Not a security
 *    boundary: pages and the data-access layer check the session itself (CVE-2025-29927).
 * 3. Every page gets a Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts;
 *    the pages served from Next's cache (lib/http/shared-pages.ts: the library, a folder article without a
 *    cited sentence) get their scripts' hashes instead.
 */
export async function proxy(request: NextRequest) {
  const { method, headers } = request;
  // Also refused at the socket (app/_lib/request-guard.ts); here for hosts where that guard does not run.
  if (!isDecodablePath(request.nextUrl.pathname)) return withPolicy(Response.json({ error: 'The address is not correctly encoded.' }, { status: 400 }));
  if (isUnderSharedPage(request.nextUrl.pathname)) return withPolicy(new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
  if (method !== 'GET' && method !== 'HEAD') {
    const refusal = await refuseBadAction(request);
    if (refusal) return refusal;
  } else if (!isPublic(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return withPolicy(NextResponse.redirect(signIn));
  }

  const isDevelopment = process.env.NODE_ENV === 'development';
  const isHttps = headers.get('x-forwarded-proto') === 'https';
  const shared = sharedPageOf(`${request.nextUrl.pathname}${request.nextUrl.search}`, sharedArticleSlugs());
  if (shared) {
    // Served from Next's cache, with no nonce: the socket hook (app/_lib/shared-page-policy.ts) replaces this
    // policy, which runs no inline script at all, with one listing the page's inline scripts by hash. The
    // rewrites are in next.config.mjs; an article's depends on its slug, so the proxy marks the request for it.
    const response = shared.startsWith('/articles/') ? NextResponse.next({ request: { headers: markedShared(headers) } }) : NextResponse.next();
    response.headers.set('content-security-policy', hashedPageContentSecurityPolicy({ hashes: [], isDevelopment, isHttps }));
    return response;
  }
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy({ nonce, isDevelopment, isHttps });
  // Next.js reads the nonce from the request's policy header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(headers);
  // Only the proxy decides which article is rendered once: a browser's own mark goes no further.
  requestHeaders.delete(SHARED_ARTICLE_HEADER);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * The request's headers with the mark that sends it to the article's one rendering (next.config.mjs rewrites
 * on it). Not `NextResponse.rewrite`: behind `next start -H 127.0.0.1` Next takes a rewrite to the proxy's
 * idea of this host for another host, and fetches it as an outside URL through this proxy again.
 */
function markedShared(headers: Headers): Headers {
  const marked = new Headers(headers);
  marked.set(SHARED_ARTICLE_HEADER, '1');
  return marked;
}

/** The proxy's own answers (redirects, refusals) run no script: the strictest policy. */
function withPolicy<T extends Response>(response: T): T {
  response.headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
  return response;
}

function isPublic(path: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(path));
}

function hasSessionCookie(request: NextRequest): boolean {
  return readSessionCookie(request.cookies, request.headers.get('x-forwarded-proto') === 'https') !== null;
}

async function refuseBadAction(request: NextRequest): Promise<Response | null> {
  const { headers } = request;
  const verdict = checkActionRequest({
    origin: headers.get('origin'),
    host: headers.get('x-forwarded-host') ?? headers.get('host'),
    secFetchSite: headers.get('sec-fetch-site'),
    contentLength: headers.get('content-length'),
    transferEncoding: headers.get('transfer-encoding'),
  });
  if (verdict) return withPolicy(Response.json({ error: verdict.message }, { status: verdict.status }));
  if (!headers.has('next-action') && !headers.get('content-type')?.startsWith('multipart/form-data')) return null;
  return (await isDecodable(request)) ? null : withPolicy(Response.json({ error: 'Malformed request.' }, { status: 400 }));
}

/** Whether React will be able to decode the action's arguments (see isWellFormedActionBody). */
async function isDecodable(request: NextRequest): Promise<boolean> {
  const contentType = request.headers.get('content-type') ?? '';
  try {
    if (contentType.startsWith('multipart/form-data')) {
      const form = await request.clone().formData();
      const parts = new Map<string, string | null>();
      for (const [key, value] of form) parts.set(key, typeof value === 'string' ? value : null);
      return isWellFormedActionBody({ parts });
    }
    return isWellFormedActionBody({ text: await request.clone().text() });
  } catch {
    return false;
  }
}

export const config = {
  // Route handlers (/api), Next's static files and files with an extension skip the proxy: their security
  // headers come from next.config.mjs, and route handlers check Origin themselves.
  matcher: ['/((?!api/|_next/static/|_next/image|manifest\\.webmanifest$|[^?]*\\.[A-Za-z0-9]{1,8}$).*)'],
};
