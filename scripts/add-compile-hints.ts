/**
 * After `next build` (npm's postbuild, before the service worker is built): puts V8's compile hint
 * (lib/build/compile-hint.ts) on the chunks every page runs as it loads, `rootMainFiles` in
 * .next/build-manifest.json (React, the Next runtime), so the browser compiles them while it downloads them
 * instead of in the task that boots the page. The chunks of single routes keep lazy compiling: most of
 * their functions wait for a tap. A chunk's name keeps its hash; the hint is the same on every build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCompileHint } from '../lib/build/compile-hint';

const nextDir = path.join(import.meta.dirname, '..', '.next');
const manifestFile = path.join(nextDir, 'build-manifest.json');
const rootMain = existsSync(manifestFile) ? ((JSON.parse(readFileSync(manifestFile, 'utf8')) as { rootMainFiles?: string[] }).rootMainFiles ?? []) : [];

let hinted = 0;
for (const file of rootMain.filter((name) => name.endsWith('.js'))) {
  const target = path.join(nextDir, file.replace(/^\/?(_next\/)?/, ''));
  if (!existsSync(target)) continue;
  const source = readFileSync(target, 'utf8');
  const next = withCompileHint(source);
  if (next !== source) {
    writeFileSync(target, next);
    hinted++;
  }
}
console.log(`[cited] compile hint on ${hinted} of ${rootMain.length} first-load chunk(s)`);
