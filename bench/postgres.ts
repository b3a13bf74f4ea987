/**
 * The PostgreSQL the bench measures on: the server in BENCH_DATABASE_URL or DATABASE_URL when set, else the
 * project's throwaway server (scripts/pg-throwaway.sh, with PG_PORT and PG_THROWAWAY_DIR from the
 * environment). The bench works in a database of its own on that server, created fresh for the run and
 * dropped afterwards, so it never writes into the app's or the tests' databases.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { treeCpuMs } from './processes';

export interface BenchPostgres {
  /** URL of the bench's own database. */
  url: string;
  /** Where it came from, for the report. */
  source: string;
  /** CPU time used so far by the server's processes, in ms, when it is the throwaway server on this machine. */
  cpuMs: (() => number) | null;
  close: () => Promise<void>;
}

const BENCH_DATABASE = 'cited_bench';

async function onServer(adminUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Runs scripts/pg-throwaway.sh (as root: it runs the server as the postgres user). */
function throwaway(command: 'start' | 'stop'): { url: string; wasRunning: boolean } {
  const [program, ...args] = process.getuid?.() === 0 ? ['bash'] : ['sudo', '-E', 'bash'];
  const result = spawnSync(program as string, [...args, 'scripts/pg-throwaway.sh', command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scripts/pg-throwaway.sh ${command} failed: ${result.stderr || result.error?.message}`);
  return { url: result.stdout.trim().split('\n').pop() ?? '', wasRunning: /already running/.test(result.stderr) };
}

/** The throwaway server's postmaster, or null. */
function throwawayPostmaster(): number | null {
  const dir = process.env.PG_THROWAWAY_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'cited-pg');
  const file = path.join(dir, 'data', 'postmaster.pid');
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : Number.NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Connects to (or starts) a server and creates the bench database on it. */
export async function preparePostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  let adminUrl = given;
  let startedHere = false;
  if (!adminUrl) {
    const { url, wasRunning } = throwaway('start');
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`scripts/pg-throwaway.sh start printed no URL (got "${url}")`);
    adminUrl = url;
    // A server someone else started stays up after the bench.
    startedHere = !wasRunning;
  }
  const benchUrl = new URL(adminUrl);
  benchUrl.pathname = `/${BENCH_DATABASE}`;
  await onServer(adminUrl, [`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`, `CREATE DATABASE ${BENCH_DATABASE}`]);
  const port = benchUrl.port || '5432';
  const postmaster = given ? null : throwawayPostmaster();
  return {
    cpuMs: postmaster ? () => treeCpuMs(postmaster) : null,
    url: benchUrl.toString(),
    source: given ? `the server in ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'DATABASE_URL'} (port ${port})` : `a throwaway server (scripts/pg-throwaway.sh, port ${port})`,
    close: async () => {
      await onServer(adminUrl, [`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`]).catch(() => {});
      if (startedHere) throwaway('stop');
    },
  };
}
