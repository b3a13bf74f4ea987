/**
 * First-load JavaScript per route, from the build output: the chunks every page loads (`rootMainFiles` in
 * .next/build-manifest.json) plus those of the route's layouts, boundaries and page (`entryJSFiles` in its
 * client reference manifest), each gzipped as `next start` would send it. Polyfills are left out: only
 * browsers without ES modules load them. A page's served HTML can be checked against the same count
 * (`htmlFirstLoad`), since the two should agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

export interface RouteJs {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

function sizes(nextDir: string, files: Iterable<string>): Omit<RouteJs, 'route'> {
  let rawBytes = 0;
  let gzipBytes = 0;
  let count = 0;
  for (const file of new Set(files)) {
    const content = readFileSync(path.join(nextDir, file.replace(/^\/?_next\//, '')));
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
    count++;
  }
  return { files: count, rawBytes, gzipBytes };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The JS files a page entry loads, from its `page_client-reference-manifest.js`. */
function entryFiles(nextDir: string, entry: string): string[] {
  const file = path.join(nextDir, 'server', 'app', `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return [];
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in an empty context.
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(readFileSync(file, 'utf8'), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {}).flat();
}

/** First-load JS of every page route in the build at `nextDir` (route handlers send no JS and are left out). */
export function manifestFirstLoad(nextDir = '.next'): RouteJs[] {
  const build = readJson<{ rootMainFiles?: string[] }>(path.join(nextDir, 'build-manifest.json'));
  const routes = readJson<Record<string, string>>(path.join(nextDir, 'app-path-routes-manifest.json'));
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith('/page') && !entry.startsWith('/_'))
    .map(([entry, route]) => ({ route, ...sizes(nextDir, [...(build.rootMainFiles ?? []), ...entryFiles(nextDir, entry)]) }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The same count from a served page: every `<script src="/_next/…">` it loads, polyfills (nomodule) excepted. */
export function htmlFirstLoad(html: string, nextDir = '.next'): Omit<RouteJs, 'route'> {
  const files = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="(\/_next\/static\/[^"?]+\.js)/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  return sizes(nextDir, files);
}
