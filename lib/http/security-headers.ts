/**
 * The Content-Security-Policy of an HTML page: scripts only with this response's nonce (and what they load,
 * through 'strict-dynamic'), no plugins, no framing, no <base> tricks, forms only to this site. Inline
 * styles stay allowed: React's `style` attributes cannot carry a nonce, and styles run no code.
 *
 * @example
 * pageContentSecurityPolicy({ nonce: 'abc', isDevelopment: false, isHttps: true }).includes("'nonce-abc'") // true
 */
export function pageContentSecurityPolicy(options: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  return pagePolicyWithScripts(`'self' 'nonce-${options.nonce}' 'strict-dynamic'`, options);
}

/**
 * The policy of a page served from Next's cache to everyone (lib/http/shared-pages.ts), which cannot carry a
 * per-request nonce: this site's script files, and the page's own inline scripts by their hashes
 * (lib/http/inline-scripts.ts), nothing else. With no hashes, no inline script runs at all: the proxy sends
 * that until the socket hook has hashed the page, so the page fails closed where the hook does not run.
 *
 * @example
 * hashedPageContentSecurityPolicy({ hashes: ["'sha256-abc='"], isDevelopment: false, isHttps: false }).includes("script-src 'self' 'sha256-abc='") // true
 */
export function hashedPageContentSecurityPolicy(options: { hashes: readonly string[]; isDevelopment: boolean; isHttps: boolean }): string {
  return pagePolicyWithScripts(["'self'", ...options.hashes].join(' '), options);
}

function pagePolicyWithScripts(scripts: string, options: { isDevelopment: boolean; isHttps: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build reconstructs server error stacks with eval; production never needs it.
    `script-src ${scripts}${options.isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** For JSON and other non-page responses: nothing may load, nothing may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** For static files: a service worker served from here may still fetch this site; nothing may frame them. */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Features no page of Cited uses, switched off for every page and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'browsing-topics=()',
  'interest-cohort=()',
].join(', ');

/**
 * Headers on every response, pages, route handlers and static files alike (next.config.mjs sends the same
 * list, checked by tests/unit/http/next-config.test.ts). HSTS only in production: browsers ignore it over
 * plain HTTP, and a local `npm start` is plain HTTP.
 */
export function everyResponseHeaders(isProduction: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(isProduction ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * A fresh nonce: 16 random bytes, base64.
 *
 * @example
 * newNonce().length // 24
 */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
