import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { parseTrustedHops, resolveClientAddress } from '@/lib/http/client-address';
import { isDecodablePath } from '@/lib/http/request-path';
import { isSharedPage } from '@/lib/http/shared-pages';
import { API_CONTENT_SECURITY_POLICY, everyResponseHeaders } from '@/lib/http/security-headers';
import { sharedArticleSlugs } from './shared-article-slugs';
import { sendWithScriptHashes } from './shared-page-policy';

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (`CITED_TRUSTED_PROXY_HOPS`):
 * 0 when browsers reach `next start` directly, 1 behind nginx, Caddy or Vercel (the default on Vercel).
 */
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  return parseTrustedHops(env.CITED_TRUSTED_PROXY_HOPS, env.VERCEL ? 1 : 0);
}

/**
 * Rewrites a request's forwarding headers before Next.js reads them, as a reverse proxy would:
 * X-Forwarded-For becomes the one client address we believe (socket, or the configured hop), and with no
 * trusted proxy the client's own X-Forwarded-Host/-Proto/-Port are dropped. Next.js keeps whatever
 * X-Forwarded-For a client sends (`??=`), so without this a new header per request is a new address.
 */
export function normalizeForwardedHeaders(request: IncomingMessage, hops: number): void {
  const headers = request.headers;
  const address = resolveClientAddress({ socketAddress: request.socket?.remoteAddress, forwardedFor: headers['x-forwarded-for'], trustedHops: hops });
  headers['x-forwarded-for'] = address;
  headers['x-real-ip'] = address;
  if (hops === 0) {
    // Only a proxy we trust may say which host and scheme the browser used; Next fills them in from the socket.
    delete headers['x-forwarded-host'];
    delete headers['x-forwarded-proto'];
    delete headers['x-forwarded-port'];
    delete headers.forwarded;
  }
}

/** Answers a request whose path cannot be decoded, with the headers every response carries. */
function refuseUndecodablePath(response: ServerResponse): void {
  response.writeHead(400, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
    ...everyResponseHeaders(process.env.NODE_ENV === 'production'),
  });
  response.end('Bad request: the address is not correctly encoded.');
}

const INSTALLED = Symbol.for('cited.requestGuard');
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Installs a guard on every HTTP(S) server in this process, ahead of Next's own request listener: it
 * normalises the forwarding headers (above), answers 400 to a path that cannot be percent-decoded (which
 * Next.js would answer with a 500), and gives the pages rendered once for everyone their script hashes. Called once from instrumentation.ts at start-up. Requests that arrived
 * while the server was still starting keep their headers as sent; the per-account throttle, which does not
 * depend on the address, still holds for them.
 */
export function installRequestGuard(hops: number = trustedProxyHops()): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as { emit: Emit; [INSTALLED]?: true };
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function emitThroughGuard(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const request = args[0] as IncomingMessage;
        if (!isDecodablePath(request.url)) {
          refuseUndecodablePath(args[1] as ServerResponse);
          return true;
        }
        normalizeForwardedHeaders(request, hops);
        // A page served from Next's cache: its policy lists its inline scripts' hashes (no nonce can be
        // stamped on cached HTML). Its RSC payload (client navigations) is not HTML and needs none.
        if ((request.method === 'GET' || request.method === 'HEAD') && !request.headers.rsc && isSharedPage(request.url, sharedArticleSlugs())) sendWithScriptHashes(request, args[1] as ServerResponse);
      }
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
