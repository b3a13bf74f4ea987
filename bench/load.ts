/**
 * One load run with autocannon, from this process (a different one from every server under test). Each
 * connection is one signed-in student: pages reuse a fixed request; writes build a fresh event (new client
 * id, the time now) for every request, as a phone would.
 */
import autocannon from 'autocannon';
import type { RunSample } from './stats';

/**
 * Resolves once a server stopped working: its CPU clock moved less than a tenth of a core over two
 * consecutive quarter seconds (at most `limitMs`). When autocannon stops, the server still holds a request
 * from every connection; the next run must not pay for them.
 */
export async function waitUntilQuiet(cpuMs: () => number, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let calm = 0;
  let last = cpuMs();
  while (calm < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuMs();
    calm = now - last < 25 ? calm + 1 : 0;
    last = now;
  }
}

/** What one connection sends: the same request, or one built anew for every request. */
export type ConnectionPlan =
  | { method: 'GET'; path: string; headers: Record<string, string> }
  | { method: 'POST'; path: string; headers: Record<string, string>; body: () => string; onResponse?: (status: number, body: string) => void };

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
    // autocannon calls a request's onResponse with the status and body; its types do not declare it.
    const request: autocannon.Request & { onResponse?: (status: number, body: string) => void } = {
      method: 'POST',
      path: plan.path,
      headers: plan.headers,
      setupRequest: (r) => ({ ...r, body: plan.body() }),
    };
    const onResponse = plan.onResponse;
    if (onResponse) request.onResponse = (status: number, body: string) => onResponse(status, body);
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
  const own = process.cpuUsage(ownBefore);
  const endedAtMs = Date.now();
  // The requests still open when the run ended are served anyway: their CPU belongs to this run, and
  // they count as requests (one per connection, since each connection always has one open).
  await waitUntilQuiet(options.serverCpuMs);
  const serverMs = options.serverCpuMs() - cpuBefore;
  const dbMs = (options.databaseCpuMs?.() ?? Number.NaN) - dbBefore;
  const ok = result['2xx'];
  const served = ok + result.non2xx + options.connections;
  return {
    cpuMsPerRequest: serverMs / served,
    dbCpuMsPerRequest: dbMs / served,
    generatorCpuShare: (own.user + own.system) / 1e6 / result.duration,
    startedAtMs,
    endedAtMs,
    drainedAtMs: Date.now(),
    rps: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
