/**
 * Where the app server's CPU went, from the `.cpuprofile` files `node --cpu-prof` writes when the server
 * stops (`npm run bench -- --profile`). Three views of the same samples, idle time left out:
 * - stage: the proxy, the page (server components, auth(), queries, React render), a route handler, or
 *   Next's own server and Node's I/O, from the innermost frame on the stack that belongs to one of them;
 * - home: the package or app folder of the frame that was running, read through the build's source maps;
 * - the busiest functions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHome, sourceLookup, type RawSourceMap } from './source-map';
import { markdownTable } from './table';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the profiler's own clock. */
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The app's load runs (wall-clock ms), how many responses they got, and when the server stopped (the end of its profile). */
export interface ProfileWindow {
  ranges: [startMs: number, endMs: number][];
  responses: number;
  stoppedMs: number;
}

type Stage = 'proxy' | 'page' | 'route' | null;
const STAGE_LABELS = {
  proxy: 'proxy.ts (session decoded and cookie re-issued on every request)',
  page: 'page: server components, auth(), queries and the React render',
  route: 'route handlers (the bare reference, /api/*)',
  none: "outside the app's code: Next's server, Node's HTTP and streams, the database driver's I/O",
  gc: 'garbage collector',
} as const;

/** The chunks `.next/server/middleware.js` loads: code running there is the proxy. */
function proxyChunks(nextDir: string): Set<string> {
  const file = path.join(nextDir, 'server', 'middleware.js');
  if (!existsSync(file)) return new Set();
  const chunks = [...readFileSync(file, 'utf8').matchAll(/R\.c\("server\/(chunks\/[^"]+)"\)/g)].map((m) => m[1] as string);
  return new Set(chunks.filter((c) => !c.includes('[externals]') && !c.includes('[turbopack]')).map((c) => path.resolve(nextDir, 'server', c)));
}

function filePath(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url;
}

function stageOf(url: string, proxy: Set<string>): Stage {
  if (!url) return null;
  const file = filePath(url);
  if (proxy.has(file)) return 'proxy';
  if (file.includes('/.next/server/chunks/ssr/') || /app-page(-turbo)?\.runtime/.test(file)) return 'page';
  if (/app-route(-turbo)?\.runtime/.test(file) || file.includes('/.next/server/app/api/')) return 'route';
  return null;
}

/** The package or folder a frame's code comes from, through the chunk's source map when it has one. */
function homeFinder() {
  const lookups = new Map<string, ((line: number, column: number) => string | null) | null>();
  return (frame: CallFrame): string => {
    if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
    if (frame.url.startsWith('node:')) return 'node internals';
    const file = filePath(frame.url);
    const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (pkg) return /app-page(-turbo)?\.runtime/.test(file) ? 'next: app-page runtime (React server render)' : (pkg[1] as string);
    // Only the build's own chunks are mapped back to their sources (packages' maps name their own folders).
    if (!lookups.has(file)) lookups.set(file, existsSync(`${file}.map`) ? sourceLookup(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap) : null);
    const source = lookups.get(file)?.(frame.lineNumber, frame.columnNumber);
    return source ? sourceHome(source) : path.basename(file);
  };
}

function add(map: Map<string, number>, key: string, micros: number) {
  map.set(key, (map.get(key) ?? 0) + micros);
}

/** Adds one profile's samples to the three tallies; returns its busy (non-idle) microseconds. */
function tally(
  profile: CpuProfile,
  window: ProfileWindow | undefined,
  proxy: Set<string>,
  homeOf: (frame: CallFrame) => string,
  into: { stages: Map<string, number>; homes: Map<string, number>; functions: Map<string, number> },
): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageCache = new Map<number, Stage>();
  const stageFor = (id: number | undefined): Stage => {
    if (id === undefined) return null;
    if (!stageCache.has(id)) stageCache.set(id, stageOf(byId.get(id)?.callFrame.url ?? '', proxy) ?? stageFor(parent.get(id)));
    return stageCache.get(id) ?? null;
  };
  // The profile ends when the server stopped: that anchors its clock to the wall clock.
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  let elapsed = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const micros = profile.timeDeltas[i] ?? 0;
    elapsed += micros;
    if (window) {
      const wallMs = window.stoppedMs - (total - elapsed) / 1000;
      if (!window.ranges.some(([start, end]) => wallMs >= start && wallMs <= end)) return;
    }
    if (!frame || frame.functionName === '(idle)') return;
    busy += micros;
    const home = homeOf(frame);
    add(into.stages, frame.functionName === '(garbage collector)' ? STAGE_LABELS.gc : STAGE_LABELS[stageFor(id) ?? 'none'], micros);
    add(into.homes, home, micros);
    add(into.functions, `${frame.functionName || '(anonymous)'} — ${home}${frame.url ? ` ${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''}`, micros);
  });
  return busy;
}

/**
 * Markdown tables for every profile in `dir` (one folder per database), counting only the samples inside
 * that database's load window when one is given, or a line saying there were none.
 */
export function summarizeProfiles(dir: string, windows: Record<string, ProfileWindow> = {}, nextDir = '.next', top = 20): string {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) return `No .cpuprofile in ${dir} (the server did not exit cleanly?).`;
  const into = { stages: new Map<string, number>(), homes: new Map<string, number>(), functions: new Map<string, number>() };
  const proxy = proxyChunks(nextDir);
  const homeOf = homeFinder();
  let busy = 0;
  for (const file of files) {
    const window = windows[file.split(path.sep)[0] ?? ''];
    busy += tally(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, window, proxy, homeOf, into);
  }
  const responses = Object.values(windows).reduce((n, w) => n + w.responses, 0);
  const rows = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => [name, `${(micros / 1000).toFixed(0)} ms`, `${((100 * micros) / busy).toFixed(1)}%`, responses ? `${(micros / 1000 / responses).toFixed(2)} ms` : '—']);
  const scope = responses ? `during the app's own load runs only (${responses} responses; the references' runs, start-up and sign-in left out)` : 'start-up and sign-in included';
  return [
    `${files.length} profile${files.length > 1 ? 's' : ''} (${files.join(', ')}): ${(busy / 1e6).toFixed(1)} s of CPU outside idle, ${scope}. Profiling itself slows the server down; the shares matter more than the totals.`,
    '',
    markdownTable(['stage', 'self time', 'share', 'per response'], rows(into.stages, 10)),
    '',
    markdownTable(['package or folder', 'self time', 'share', 'per response'], rows(into.homes, 20)),
    '',
    markdownTable([`busiest functions (top ${top})`, 'self time', 'share', 'per response'], rows(into.functions, top)),
  ].join('\n');
}
