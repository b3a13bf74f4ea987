/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM, argon2 and the FSRS optimizer native addons: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@open-spaced-repetition/binding'],
  poweredByHeader: false,
  // A teacher's article upload is at most 1 MB (checked in lib/upload/check.ts); the form around it needs a little more.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  // Read at run time by the start-up import and migrations, so deployments must ship them.
  outputFileTracingIncludes: { '/**': ['./db/migrations/**', './content/**'] },
};

export default nextConfig;
