// Keep in step with lib/http/security-headers.ts (this file is plain JavaScript, loaded before TypeScript;
// tests/unit/http/next-config.test.ts checks that the two agree).
const PERMISSIONS_POLICY = [
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
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const STATIC_CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Headers on every response: pages, route handlers and static files alike. */
function everyResponseHeaders() {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers that predate CSP's frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  // Browsers ignore HSTS over plain HTTP, so it is harmless on a local `npm start`; it is sent by production builds only.
  if (process.env.NODE_ENV === 'production') headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  return headers;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM, argon2 and the FSRS optimizer native addons: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@open-spaced-repetition/binding'],
  poweredByHeader: false,
  // Next hashes a cached page's whole HTML in JavaScript for its ETag on every request: the socket hook gives
  // the shared pages (the only cached pages) an ETag worked out once per page (app/_lib/shared-page-policy.ts).
  generateEtags: false,
  // The proxy refuses larger server-action requests with a 413 before Next.js sees them: raise both
  // together (ACTION_BODY_LIMIT_BYTES in lib/http/action-guard.ts; a unit test checks they agree). A teacher's
  // article upload is at most 1 MB (lib/upload/check.ts); the form around it needs a little more.
  experimental: {
    serverActions: { bodySizeLimit: 2 * 1024 * 1024 },
    // Next loads every route's server code right after start by default, on the thread that answers the
    // first requests: with ~50 routes that is seconds of CPU on a busy 2-core machine, and over 100 MB of
    // memory for routes an idle server may never serve. Each route is loaded on its first request instead.
    preloadEntriesOnStart: false,
  },
  // Read at run time by the start-up import and migrations, so deployments must ship them.
  outputFileTracingIncludes: { '/**': ['./db/migrations/**', './content/**'] },
  // The library is rendered once for everyone (app/(shared)/library/[edition]); a route parameter keeps
  // `next build` from prerendering it without a database. LIBRARY_EDITION in lib/http/shared-pages.ts.
  // A folder article's rendering for everyone is reached the same way, when the proxy has marked the request
  // (SHARED_ARTICLE_HEADER: only it knows which slugs are folder articles; it removes a browser's own mark).
  async rewrites() {
    return [
      { source: '/library', destination: '/library/everyone' },
      {
        source: '/articles/:slug([a-z0-9][a-z0-9-]*)',
        has: [{ type: 'header', key: 'x-cited-shared-article', value: '1' }],
        destination: '/articles/:slug/everyone',
      },
    ];
  },
  async headers() {
    return [
      { source: '/:path*', headers: everyResponseHeaders() },
      // Pages get a nonce-based policy from proxy.ts; what the proxy skips gets a fixed one here.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY }] },
      { source: '/:file((?!api/|_next/)[^?]*\\.[A-Za-z0-9]{1,8})', headers: [{ key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
