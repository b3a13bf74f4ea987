/**
 * Time to first response: `next start` is launched and polled until it answers. Two figures per start:
 * the first 200 from /signin (the server answers) and from /api/health (its database answers). Measured
 * on an empty folder or database (first start: migrations, import, demo accounts) and then with the data
 * present (nothing changed: none of that work runs).
 */
import { performance } from 'node:perf_hooks';
import { assertBuilt, serverEnv, startServer, waitFor200 } from '../lib/server';
import type { Target } from '../lib/target';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!);
};

async function oneStart(target: Target, port: number) {
  const started = performance.now();
  const server = startServer(port, serverEnv(target.database));
  try {
    // Polled together: whichever answers first is not slowed by waiting on the other.
    const [page, database] = await Promise.all([
      waitFor200(`${server.url}/signin`, 240_000, { every: 10, exited: server.exited }).then(() => performance.now() - started),
      waitFor200(`${server.url}/api/health`, 240_000, { every: 10, exited: server.exited }).then(() => performance.now() - started),
    ]);
    return { page, database };
  } finally {
    await server.stop();
  }
}

export async function startTimeScenario(target: Target, options: { port: number; log: (line: string) => void; runs: number }) {
  assertBuilt();
  const empty = await oneStart(target, options.port);
  options.log(`start-time: empty ${target.kind}: page ${Math.round(empty.page)} ms, database ${Math.round(empty.database)} ms`);
  const present: { page: number; database: number }[] = [];
  for (let i = 0; i < options.runs; i++) {
    present.push(await oneStart(target, options.port));
    options.log(`start-time: data present: page ${Math.round(present.at(-1)!.page)} ms, database ${Math.round(present.at(-1)!.database)} ms`);
  }
  const withData = { pageMs: median(present.map((p) => p.page)), databaseMs: median(present.map((p) => p.database)) };
  return {
    scenario: 'start-time',
    emptyFolder: { pageMs: Math.round(empty.page), databaseMs: Math.round(empty.database) },
    dataPresentMedian: withData,
    dataPresentRuns: present.map((p) => ({ pageMs: Math.round(p.page), databaseMs: Math.round(p.database) })),
    // Reported, not a pass/fail gate: the 1 s target depends on the machine's load at the time.
    ok: true,
  };
}
