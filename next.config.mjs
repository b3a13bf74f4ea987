/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and argon2 a native addon: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  // Read at run time by the start-up import and migrations, so deployments must ship them.
  outputFileTracingIncludes: { '/**': ['./db/migrations/**', './content/**'] },
};

export default nextConfig;
