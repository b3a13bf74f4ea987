/**
 * Time to first response: `next start` is launched and polled until it answers. Two figures per start:
 * the first 200 from /signin (the server answers) and from /api/health (its database answers). Measured
 * on an empty folder or database (first start: migrations, import, demo accounts) and then with the data
 * present (nothing changed: none of that work runs).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { assertBuilt, serverEnv, startServer, waitFor200 } from '../lib/server';
import type { Target } from '../lib/target';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!);
};

/**
 * CPU time the server process has used (all threads), in ms: unlike wall time it hardly depends on what
 * else the machine is doing, so it says what a start costs on a machine that is otherwise idle.
 */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 1/100 s
}

async function oneStart(target: Target, port: number) {
  const started = performance.now();
  const server = startServer(port, serverEnv(target.database));
  const pid = server.child.pid!;
  const when = () => ({ wallMs: performance.now() - started, cpuMs: cpuMs(pid) });
  try {
    // Polled together: whichever answers first is not slowed by waiting on the other.
    const [page, database] = await Promise.all([
      waitFor200(`${server.url}/signin`, 240_000, { every: 10, exited: server.exited }).then(when),
      waitFor200(`${server.url}/api/health`, 240_000, { every: 10, exited: server.exited }).then(when),
    ]);
    const ready = /\[cited\] database ready[^\n]*/.exec(server.output())?.[0] ?? '';
    return { page: page.wallMs, database: database.wallMs, pageCpu: page.cpuMs, databaseCpu: database.cpuMs, ready };
  } finally {
    await server.stop();
  }
}

export async function startTimeScenario(target: Target, options: { port: number; log: (line: string) => void; runs: number }) {
  assertBuilt();
  const describe = (r: Awaited<ReturnType<typeof oneStart>>) =>
    `page ${Math.round(r.page)} ms (cpu ${Math.round(r.pageCpu)} ms), database ${Math.round(r.database)} ms (cpu ${Math.round(r.databaseCpu)} ms), load ${loadavg()[0]!.toFixed(1)}; ${r.ready}`;
  const empty = await oneStart(target, options.port);
  options.log(`start-time: empty ${target.kind}: ${describe(empty)}`);
  const present: Awaited<ReturnType<typeof oneStart>>[] = [];
  for (let i = 0; i < options.runs; i++) {
    present.push(await oneStart(target, options.port));
    options.log(`start-time: data present: ${describe(present.at(-1)!)}`);
  }
  const round = (r: Awaited<ReturnType<typeof oneStart>>) => ({ pageMs: Math.round(r.page), databaseMs: Math.round(r.database), pageCpuMs: Math.round(r.pageCpu), databaseCpuMs: Math.round(r.databaseCpu) });
  return {
    scenario: 'start-time',
    emptyFolder: round(empty),
    dataPresentMedian: {
      pageMs: median(present.map((p) => p.page)),
      databaseMs: median(present.map((p) => p.database)),
      pageCpuMs: median(present.map((p) => p.pageCpu)),
      databaseCpuMs: median(present.map((p) => p.databaseCpu)),
    },
    dataPresentRuns: present.map(round),
    // Reported, not a pass/fail gate: wall times depend on the machine's load at the time.
    ok: true,
  };
}
