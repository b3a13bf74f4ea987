/**
 * Builds the service worker (sw/sw.ts) into public/sw.js, after `next build` (npm's postbuild): the
 * build id names the worker's cache, so a new deployment replaces the old built files instead of piling
 * them up. `next start` serves it from the site's root, where a worker must live to control every page.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const buildIdFile = path.join(root, '.next/BUILD_ID');
const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : `dev-${Date.now().toString(36)}`;

await build({
  entryPoints: [path.join(root, 'sw/sw.ts')],
  outfile: path.join(root, 'public/sw.js'),
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  define: { __CITED_BUILD__: JSON.stringify(buildId) },
  logLevel: 'warning',
});
console.log(`[cited] service worker built for build ${buildId}`);
