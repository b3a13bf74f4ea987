/**
 * Builds the service worker (sw/sw.ts) into public/sw.js, after `next build` (npm's postbuild): the
 * build id names the worker's cache, so a new deployment replaces the old built files instead of piling
 * them up. `next start` serves it from the site's root, where a worker must live to control every page.
 * The chunks the offline pages import after they open (the flashcards' scheduler) are written into the
 * worker, which keeps them at install: a page saved for offline use names only its first-load files.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { lazyChunks } from '../lib/sync/sw-rules';

const root = path.join(import.meta.dirname, '..');
const nextDir = path.join(root, '.next');
const buildIdFile = path.join(nextDir, 'BUILD_ID');
const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : `dev-${Date.now().toString(36)}`;

// The App Router entries of the pages that open offline (lib/sync/sw-rules.ts OFFLINE_PAGES).
const OFFLINE_ENTRIES = ['/(per-request)/page', '/(per-request)/flashcards/page', '/(per-request)/quiz/[attemptId]/page'];

/** The files an entry loads as it opens: `rootMainFiles` and the entry's `entryJSFiles`, as /_next/… URLs. */
function firstLoad(entry: string): string[] {
  const manifest = path.join(nextDir, 'server', 'app', `${entry}_client-reference-manifest.js`);
  if (!existsSync(manifest)) return [];
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(readFileSync(manifest, 'utf8'), sandbox);
  const rootMain = (JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[] }).rootMainFiles ?? [];
  return [...rootMain, ...Object.values(sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {}).flat()].map((file) => `/_next/${file.replace(/^\/?(_next\/)?/, '')}`);
}

function readBuilt(url: string): string {
  const file = path.join(nextDir, url.replace(/^\/_next\//, ''));
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const precache = existsSync(nextDir) ? [...new Set(OFFLINE_ENTRIES.flatMap((entry) => lazyChunks(firstLoad(entry), readBuilt)))].sort() : [];

await build({
  entryPoints: [path.join(root, 'sw/sw.ts')],
  outfile: path.join(root, 'public/sw.js'),
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  define: { __CITED_BUILD__: JSON.stringify(buildId), __CITED_PRECACHE__: JSON.stringify(precache) },
  logLevel: 'warning',
});
console.log(`[cited] service worker built for build ${buildId}, keeping ${precache.length} chunk(s) the offline pages load later`);
