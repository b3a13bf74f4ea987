/**
 * Crash test: simulated users submit writes through the real HTTP path while PostgreSQL's postmaster is
 * killed (kill -9) and started again, and the Next server is killed and started again. Afterwards the
 * clients' acknowledgement log is compared with the database: every acknowledged event exactly once.
 */
import { assertBuilt, serverEnv, startServer, waitFor200, type Server } from '../lib/server';
import { runWorkload, signInAll, type Ack, type ClientStats } from '../lib/clients';
import { seed } from '../lib/seed';
import type { WriteOp } from '../lib/ops';
import type { SeededUser } from '../lib/seed';
import type { Db } from '@/db/client';
import type { Target } from '../lib/target';

export interface CrashOptions {
  /** The writes to submit; the clients are shared out between them. */
  ops: WriteOp[];
  clients: number;
  durationMs: number;
  databaseKills: number;
  serverKills: number;
  port: number;
  log: (line: string) => void;
}

type Fault = { kind: 'database' | 'server'; at: number };
type FaultRecord = Fault & { downMs: number; backAt: number; recoveredAt: number | null; server: Server };

/** Waits until a write sent after `at` is acknowledged; returns when (ms since start), or null after `timeoutMs`. */
async function firstAckAfter(acks: () => Ack[], at: number, timeoutMs: number, now: () => number): Promise<number | null> {
  const deadline = now() + timeoutMs;
  while (now() < deadline) {
    const first = acks().filter((a) => a.sentAt >= at).sort((a, b) => a.ackedAt - b.ackedAt)[0];
    if (first) return first.ackedAt;
    await sleep(100);
  }
  return null;
}

export interface CrashResult {
  scenario: string;
  clients: number;
  durationMs: number;
  requests: number;
  acknowledged: number;
  lost: number;
  doubled: number;
  neverAcknowledged: number;
  retriedThenAcknowledged: number;
  perOp: OpTally[];
  errors: Record<string, number>;
  faults: { kind: string; at: number; downMs: number; recoverMs: number | null; recoveredWithoutRestart: boolean | null }[];
  unexpectedServerExits: number;
  folderReopened: boolean | null;
  ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

/** Random fault times between 15% and 80% of the run, at least 5 s apart, servers and databases mixed. */
function schedule(options: CrashOptions): Fault[] {
  const kinds: Fault['kind'][] = [...Array(options.databaseKills).fill('database'), ...Array(options.serverKills).fill('server')];
  for (let tries = 0; ; tries++) {
    const times = kinds.map(() => between(0.15, 0.8) * options.durationMs).sort((a, b) => a - b);
    const spaced = times.every((t, i) => i === 0 || t - times[i - 1]! >= Math.min(5_000, options.durationMs / (kinds.length * 2)));
    if (spaced || tries > 1000) {
      const shuffled = kinds.sort(() => Math.random() - 0.5);
      return times.map((at, i) => ({ kind: shuffled[i]!, at }));
    }
  }
}

export async function crashScenario(name: string, target: Target, options: CrashOptions): Promise<CrashResult> {
  assertBuilt();
  if (options.databaseKills > 0 && !target.pg) throw new Error('killing the database needs the throwaway PostgreSQL (scripts/pg-throwaway.sh)');
  const { log } = options;
  const seeding = target.open();
  const groups: { op: WriteOp; users: SeededUser[]; cookies: string[] }[] = [];
  const perOp = Math.max(1, Math.round(options.clients / options.ops.length));
  for (const op of options.ops) {
    const users = await seed(seeding, op.role, perOp);
    await op.prepare?.(seeding, users);
    groups.push({ op, users, cookies: [] });
  }
  await target.close(seeding);

  const env = serverEnv(target.database, Object.assign({}, ...options.ops.map((op) => op.serverEnv ?? {})));
  let server: Server = startServer(options.port, env);
  let unexpectedExits = 0;
  // Exits the script caused (a kill, the final stop) are expected; any other is the server dying on its own.
  const expected = new Set<Server>();
  const watch = (s: Server) => void s.exited.then(() => !expected.has(s) && unexpectedExits++);
  watch(server);
  await waitFor200(`${server.url}/api/health`, 180_000, { exited: server.exited });
  log(`${name}: server up; signing in ${perOp * groups.length} users (${options.ops.map((op) => op.name).join(', ')})`);
  for (const group of groups) group.cookies = await signInAll(server.url, group.users);

  const started = performance.now();
  const now = () => performance.now() - started;
  // The run lasts at least durationMs, and at least a few seconds past the recovery from the last fault.
  let stopAt = options.durationMs;
  const options_ = {
    baseUrl: () => server.url,
    stopAt: () => stopAt,
    giveUpAt: () => stopAt + 120_000,
    requestTimeoutMs: 20_000,
    thinkMs: [300, 1_500] as [number, number],
    now,
  };
  const workloads = groups.map((g) => runWorkload(g.op, g.users, g.cookies, options_));
  const acks = () => workloads.flatMap((w) => w.acks);
  const records: FaultRecord[] = [];
  for (const fault of schedule(options)) {
    await sleep(Math.max(0, fault.at - now()));
    const at = now();
    if (fault.kind === 'database') {
      target.pg!.crash();
      await sleep(between(500, 3_000));
      target.pg!.resume();
      log(`${name}: killed PostgreSQL at ${(at / 1000).toFixed(1)} s, started again after ${((now() - at) / 1000).toFixed(1)} s`);
    } else {
      expected.add(server);
      await server.crash();
      server = startServer(options.port, env);
      watch(server);
      await waitFor200(`${server.url}/api/health`, 180_000, { exited: server.exited });
      log(`${name}: killed the server at ${(at / 1000).toFixed(1)} s, serving again after ${((now() - at) / 1000).toFixed(1)} s`);
    }
    const record: FaultRecord = { kind: fault.kind, at, downMs: now() - at, backAt: now(), recoveredAt: null, server };
    records.push(record);
    // The next fault waits for this one to be over: a write sent after the fault, acknowledged.
    record.recoveredAt = await firstAckAfter(acks, at, 90_000, now);
    stopAt = Math.max(stopAt, now() + 3_000);
  }
  stopAt = Math.max(stopAt, now() + 3_000);
  const stats = await Promise.all(workloads.map((w) => w.done));
  expected.add(server);
  await server.stop();
  return verify(name, target, options, groups.map((g, i) => ({ op: g.op, stats: stats[i]! })), records, unexpectedExits);
}

type OpTally = { op: string; acknowledged: number; lost: number; doubled: number; neverAcknowledged: number; retriedThenAcknowledged: number };

/** Compares one write's acknowledgement log with the rows the database holds for its ids. */
async function tally(db: Db, op: WriteOp, stats: ClientStats): Promise<OpTally> {
  const ackedIds = stats.acks.map((a) => a.id);
  const allIds = [...ackedIds, ...stats.unacked.map((u) => u.id)];
  const counts = await op.count(db, allIds);
  return {
    op: op.name,
    acknowledged: ackedIds.length,
    lost: ackedIds.filter((id) => (counts.get(id) ?? 0) === 0).length,
    doubled: allIds.filter((id) => (counts.get(id) ?? 0) > 1).length,
    neverAcknowledged: stats.unacked.length,
    retriedThenAcknowledged: stats.acks.filter((a) => a.attempts > 1).length,
  };
}

async function verify(
  name: string,
  target: Target,
  options: CrashOptions,
  runs: { op: WriteOp; stats: ClientStats }[],
  records: FaultRecord[],
  unexpectedExits: number,
): Promise<CrashResult> {
  // On PGlite, opening the folder after the kills is itself the check: a failure throws and fails the run.
  const db = target.open();
  const folderReopened = target.kind === 'pglite' ? true : null;
  const perOp: OpTally[] = [];
  for (const run of runs) perOp.push(await tally(db, run.op, run.stats));
  await target.close(db);
  const sum = (key: keyof Omit<OpTally, 'op'>) => perOp.reduce((total, t) => total + t[key], 0);
  const errors: Record<string, number> = {};
  for (const { stats } of runs) for (const [kind, n] of Object.entries(stats.errors)) errors[kind] = (errors[kind] ?? 0) + n;
  // Recovery: from the fault to the first acknowledgement of a write sent after it. After a database kill
  // that write must have been served by the same server process: the app recovered without a restart.
  const faults = records.map((r) => {
    const recoverMs = r.recoveredAt === null ? null : r.recoveredAt - r.at;
    const nextServerKill = records.find((o) => o.kind === 'server' && o.at > r.at);
    const recoveredWithoutRestart = r.kind === 'database' ? r.recoveredAt !== null && (!nextServerKill || r.recoveredAt < nextServerKill.at) : null;
    return { kind: r.kind, at: Math.round(r.at), downMs: Math.round(r.downMs), recoverMs: recoverMs === null ? null : Math.round(recoverMs), recoveredWithoutRestart };
  });
  const result: CrashResult = {
    scenario: name,
    clients: options.clients,
    durationMs: options.durationMs,
    requests: runs.reduce((total, r) => total + r.stats.requests, 0),
    acknowledged: sum('acknowledged'),
    lost: sum('lost'),
    doubled: sum('doubled'),
    neverAcknowledged: sum('neverAcknowledged'),
    retriedThenAcknowledged: sum('retriedThenAcknowledged'),
    perOp,
    errors,
    faults,
    unexpectedServerExits: unexpectedExits,
    folderReopened,
    ok: false,
  };
  result.ok =
    result.lost === 0 &&
    result.doubled === 0 &&
    result.neverAcknowledged === 0 &&
    unexpectedExits === 0 &&
    perOp.every((t) => t.acknowledged > 0) &&
    faults.every((f) => f.recoverMs !== null && f.recoveredWithoutRestart !== false);
  return result;
}
