/**
 * Where the app server's CPU went, from the `.cpuprofile` files `node --cpu-prof` writes when the server
 * stops (`npm run bench -- --profile`): self time grouped by where the code lives, then the busiest functions.
 * Idle time is left out, so the shares are of the time the server was working.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable } from './table';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A coarse home for a frame: the package, Next's render runtime, the app's bundle, Node, or the engine. */
export function frameHome(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) {
    const [, name = '', rest = ''] = pkg;
    if (name === 'next' && /compiled\/next-server\/app-page/.test(rest)) return 'next: app-page runtime (React server render)';
    if (name === 'next' && /compiled\//.test(rest)) return `next: compiled ${rest.split('/')[2] ?? ''}`;
    return name;
  }
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `app bundle (.next/server/${(chunk[1] ?? '').split('/')[0]})`;
  return path.basename(url);
}

function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, i) => times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return times;
}

/** Markdown tables for every profile in `dir`, or a line saying there were none. */
export function summarizeProfiles(dir: string, top = 20): string {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) return `No .cpuprofile in ${dir} (the server did not exit cleanly?).`;
  const homes = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const [id, micros] of selfTimes(profile)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') continue;
      busy += micros;
      const home = frameHome(frame.url, frame.functionName);
      homes.set(home, (homes.get(home) ?? 0) + micros);
      const name = `${frame.functionName || '(anonymous)'} — ${home}${frame.url ? ` ${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''}`;
      functions.set(name, (functions.get(name) ?? 0) + micros);
    }
  }
  const rows = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => [name, `${(micros / 1000).toFixed(0)} ms`, `${((100 * micros) / busy).toFixed(1)}%`]);
  return [
    `${files.length} profile${files.length > 1 ? 's' : ''}, ${(busy / 1e6).toFixed(1)} s of CPU outside idle.`,
    '',
    markdownTable(['where', 'self time', 'share'], rows(homes, 15)),
    '',
    markdownTable([`busiest functions (top ${top})`, 'self time', 'share'], rows(functions, top)),
  ].join('\n');
}
