/**
 * One load run with autocannon, from this process (a different one from every server under test). Each
 * connection is one signed-in student: pages reuse a fixed request; writes build a fresh event (new client
 * id, the time now) for every request, as a phone would.
 */
import autocannon from 'autocannon';
import type { RunSample } from './stats';

/** What one connection sends: the same request, or one built anew for every request. */
export type ConnectionPlan = { method: 'GET'; path: string; headers: Record<string, string> } | { method: 'POST'; path: string; headers: Record<string, string>; body: () => string };

export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  /** The plan for connection number `index` (0-based). */
  plan: (index: number) => ConnectionPlan;
  /** CPU time used so far by the server under test, in ms. */
  serverCpuMs: () => number;
  /** The same for the database server, when it runs on this machine. */
  databaseCpuMs: (() => number) | null;
}): Promise<RunSample> {
  let next = 0;
  const setupClient = (client: autocannon.Client) => {
    const plan = options.plan(next++);
    if (plan.method === 'GET') {
      client.setRequests([{ method: 'GET', path: plan.path, headers: plan.headers }]);
      return;
    }
    const request: autocannon.Request = {
      method: 'POST',
      path: plan.path,
      headers: plan.headers,
      setupRequest: (r) => ({ ...r, body: plan.body() }),
    };
    client.setRequests([request]);
  };
  const startedAtMs = Date.now();
  const cpuBefore = options.serverCpuMs();
  const dbBefore = options.databaseCpuMs?.() ?? Number.NaN;
  const ownBefore = process.cpuUsage();
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    // A page that takes longer than this under load counts as an error, not as a slow success.
    timeout: 20,
    setupClient,
  });
  const serverMs = options.serverCpuMs() - cpuBefore;
  const dbMs = (options.databaseCpuMs?.() ?? Number.NaN) - dbBefore;
  const own = process.cpuUsage(ownBefore);
  const ok = result['2xx'];
  const answered = ok + result.non2xx;
  return {
    cpuMsPerRequest: answered > 0 ? serverMs / answered : Number.NaN,
    dbCpuMsPerRequest: answered > 0 ? dbMs / answered : Number.NaN,
    generatorCpuShare: (own.user + own.system) / 1e6 / result.duration,
    startedAtMs,
    endedAtMs: Date.now(),
    rps: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
