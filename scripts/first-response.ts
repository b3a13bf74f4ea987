/**
 * Time to first response (issue #19's "start fast"), as `npm run bench` quotes it: the fault scripts'
 * start-time scenario (scripts/faults/scenarios/start-time.ts) on PGlite and on PostgreSQL, each on an empty
 * folder or database and then FIRST_RESPONSE_RUNS (3) times with the data present. The last line of output
 * states the figures (bench/first-response.ts quotes it).
 *
 *   npm run bench:first-response
 *
 * PostgreSQL: the server of BENCH_DATABASE_URL or DATABASE_URL, else the throwaway one of
 * scripts/pg-throwaway.sh (as the bench does); each run works in a database of its own, dropped after.
 * FIRST_RESPONSE_PORT (else FAULT_PORT, else 3240) is the servers' port. Needs a production build.
 */
import { loadavg } from 'node:os';
import { preparePostgres } from '@/bench/postgres';
import { pgliteTarget, postgresTarget, type Target } from './faults/lib/target';
import { startTimeScenario } from './faults/scenarios/start-time';

const port = Number(process.env.FIRST_RESPONSE_PORT ?? process.env.FAULT_PORT ?? 3240);
const runs = Number(process.env.FIRST_RESPONSE_RUNS ?? 3);
const log = (line: string) => console.error(`[first-response] ${line}`);

type Figures = Awaited<ReturnType<typeof startTimeScenario>>;

async function measure(target: Target): Promise<Figures> {
  try {
    return await startTimeScenario(target, { port, log, runs });
  } finally {
    await target.remove();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const describe = (f: { pageMs: number; pageCpuMs: number; databaseMs: number }) =>
  `page ${seconds(f.pageMs)} (cpu ${seconds(f.pageCpuMs)}), database ${seconds(f.databaseMs)}`;

const results: { name: string; figures: Figures }[] = [];
results.push({ name: 'PGlite', figures: await measure(pgliteTarget('first-response')) });
const postgres = await preparePostgres();
try {
  // postgresTarget makes its own database on the server of DATABASE_URL.
  process.env.DATABASE_URL = postgres.url;
  results.push({ name: 'PostgreSQL', figures: await measure(await postgresTarget('first_response')) });
} finally {
  await postgres.close();
}

const load = loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(
  [
    `data present (median of ${runs}): ${results.map((r) => `${r.name} ${describe(r.figures.dataPresentMedian)}`).join('; ')}`,
    `empty: ${results.map((r) => `${r.name} ${describe(r.figures.emptyFolder)}`).join('; ')}`,
    `load ${load}`,
  ].join(' | '),
);
