/**
 * A frozen database: PostgreSQL's postmaster and all its backends get SIGSTOP (a hung VM, a stalled disk),
 * then SIGCONT. While frozen, every request must end within the configured timeouts with an honest error
 * (503 from the API, the "can't reach its database" page) instead of hanging for as long as the freeze;
 * after the thaw, requests succeed again without a restart, and no acknowledged write is lost or doubled.
 */
import { assertBuilt, serverEnv, startServer, waitFor200 } from '../lib/server';
import { runWorkload, signIn, signInAll } from '../lib/clients';
import { createClass } from '../lib/ops';
import { seed } from '../lib/seed';
import type { Target } from '../lib/target';
import { DB_UNAVAILABLE_DIGEST } from '@/db/errors';

export interface FreezeOptions {
  port: number;
  log: (line: string) => void;
  freezeMs: number;
  clients: number;
}

type Probe = { what: string; at: number; ms: number; status: number | string; honest: boolean };

const TIMEOUTS = { CITED_DB_CONNECT_TIMEOUT_MS: '2000', CITED_DB_STATEMENT_TIMEOUT_MS: '2000', CITED_DB_QUERY_TIMEOUT_MS: '3000' };
// A request may wait for a pooled connection (connect timeout) and then on one query (query timeout).
const BOUND_MS = Number(TIMEOUTS.CITED_DB_CONNECT_TIMEOUT_MS) + Number(TIMEOUTS.CITED_DB_QUERY_TIMEOUT_MS) + 1_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function probe(what: string, url: string, cookie: string | undefined, now: () => number): Promise<Probe> {
  const at = now();
  try {
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    const body = await response.text();
    // The API says so in JSON; a page carries the outage digest, from which the browser renders
    // "Cited can't reach its database… nothing you typed was lost" (components/error-notice.tsx).
    const honest = response.status === 200 || (response.status === 503 && body.includes('database-unavailable')) || body.includes(DB_UNAVAILABLE_DIGEST);
    return { what, at, ms: now() - at, status: response.status, honest };
  } catch (error) {
    return { what, at, ms: now() - at, status: (error as Error).name, honest: false };
  }
}

export async function freezeScenario(target: Target, options: FreezeOptions) {
  assertBuilt();
  if (!target.pg) throw new Error('freezing needs the throwaway PostgreSQL');
  const db = target.open();
  const users = await seed(db, 'teacher', options.clients);
  await target.close(db);
  const server = startServer(options.port, serverEnv(target.database, { ...createClass.serverEnv, ...TIMEOUTS }));
  const probes: Probe[] = [];
  try {
    await waitFor200(`${server.url}/api/health`, 180_000, { exited: server.exited });
    const cookies = await signInAll(server.url, users);
    const pageCookie = await signIn(server.url, users[0]!, '10.9.9.9');
    const started = performance.now();
    const now = () => performance.now() - started;
    const before = 4_000;
    const after = 8_000;
    const workload = runWorkload(createClass, users, cookies, {
      baseUrl: () => server.url,
      stopAt: () => before + options.freezeMs + after,
      giveUpAt: () => before + options.freezeMs + after + 60_000,
      requestTimeoutMs: 60_000,
      thinkMs: [200, 800],
      now,
    });
    const probing = (async () => {
      while (now() < before + options.freezeMs + after) {
        const batch = [probe('api', `${server.url}/api/health`, undefined, now), probe('page', `${server.url}/classes`, pageCookie, now)];
        void Promise.all(batch).then((results) => probes.push(...results));
        await sleep(250);
      }
    })();
    await sleep(before);
    const frozenAt = now();
    const pids = target.pg.freeze();
    options.log(`freeze: SIGSTOP to ${pids.length} PostgreSQL processes for ${options.freezeMs / 1000} s`);
    await sleep(options.freezeMs);
    target.pg.thaw(pids);
    const thawedAt = now();
    options.log('freeze: SIGCONT');
    await probing;
    const stats = await workload.done;
    await sleep(500);

    const during = probes.filter((p) => p.at >= frozenAt && p.at + 200 < thawedAt);
    const firstOkAfter = probes.filter((p) => p.at >= thawedAt && p.status === 200).sort((a, b) => a.at + a.ms - (b.at + b.ms))[0];
    const check = target.open();
    const counts = await createClass.count(check, stats.acks.map((a) => a.id));
    await target.close(check);
    const lost = stats.acks.filter((a) => (counts.get(a.id) ?? 0) === 0).length;
    const doubled = [...counts.values()].filter((n) => n > 1).length;
    const slowest = Math.max(0, ...during.map((p) => p.ms));
    const result = {
      scenario: 'freeze',
      freezeMs: options.freezeMs,
      timeouts: TIMEOUTS,
      boundMs: BOUND_MS,
      requestsDuringFreeze: during.length,
      slowestDuringFreezeMs: Math.round(slowest),
      overBound: during.filter((p) => p.ms > BOUND_MS).length,
      dishonest: during.filter((p) => !p.honest).map((p) => `${p.what} ${p.status}`),
      statusesDuringFreeze: during.reduce<Record<string, number>>((acc, p) => ({ ...acc, [`${p.what} ${p.status}`]: (acc[`${p.what} ${p.status}`] ?? 0) + 1 }), {}),
      firstSuccessAfterThawMs: firstOkAfter ? Math.round(firstOkAfter.at + firstOkAfter.ms - thawedAt) : null,
      acknowledged: stats.acks.length,
      lost,
      doubled,
      neverAcknowledged: stats.unacked.length,
      retriedThenAcknowledged: stats.acks.filter((a) => a.attempts > 1).length,
      errors: stats.errors,
      ok: false,
    };
    result.ok =
      during.length > 0 &&
      result.overBound === 0 &&
      result.dishonest.length === 0 &&
      result.firstSuccessAfterThawMs !== null &&
      result.firstSuccessAfterThawMs < 10_000 &&
      lost === 0 &&
      doubled === 0 &&
      stats.unacked.length === 0;
    return result;
  } finally {
    await server.stop();
  }
}
