/**
 * The production build the HTTP bench serves. Rebuilt when asked, when missing, when it predates the
 * reference route, or when any source file is newer than it, so the table never describes stale code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'db', 'lib', 'bench/reference-page.ts', 'auth.ts', 'auth.config.ts', 'proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'package.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why the build must be redone, or null when `.next` is current. */
export function buildStaleness(nextDir = '.next'): string | null {
  const id = path.join(nextDir, 'BUILD_ID');
  if (!existsSync(id)) return 'no build yet';
  const manifest = path.join(nextDir, 'server', 'app-paths-manifest.json');
  if (!existsSync(manifest) || !readFileSync(manifest, 'utf8').includes('/api/bench/reference/route')) return 'the build has no bench reference route';
  const built = statSync(id).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(source) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Whether the build has a route (for example '/api/answers'): rows for a missing one are skipped. */
export function buildHasRoute(route: string, nextDir = '.next'): boolean {
  const manifest = path.join(nextDir, 'server', 'app-paths-manifest.json');
  return existsSync(manifest) && Object.keys(JSON.parse(readFileSync(manifest, 'utf8')) as object).includes(`${route}/route`);
}

/** `npm run build`, output passed through; throws when it fails. */
export function runBuild(): void {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
