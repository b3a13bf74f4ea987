/**
 * Simulated users: each signs in through Auth.js like a browser, then submits events one at a time through
 * a WriteOp. An event that fails (refused connection, 5xx, timeout) is sent again with the same id until
 * the server says it holds it; only then is it acknowledged, in the log that is compared with the database.
 */
import type { WriteEvent, WriteOp } from './ops';
import { FAULT_PASSWORD, type SeededUser } from './seed';

export interface Ack {
  id: string;
  client: number;
  /** Milliseconds since the run started: the first send, and the reply that acknowledged it. */
  sentAt: number;
  ackedAt: number;
  attempts: number;
}

export interface ClientStats {
  acks: Ack[];
  /** Events that were never acknowledged before the clients gave up. */
  unacked: { id: string; client: number; attempts: number; lastError: string }[];
  requests: number;
  errors: Record<string, number>;
  /** Requests that got an answer (success or error), with how long each took: for the freeze check. */
  answered: { at: number; ms: number; status: number }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cookiesFrom(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in through the credentials provider (CSRF token, then the callback); returns the Cookie header. */
export async function signIn(baseUrl: string, user: SeededUser, address: string): Promise<string> {
  const jar = new Map<string, string>();
  const headers = { 'x-forwarded-for': address };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers, signal: AbortSignal.timeout(30_000) });
  cookiesFrom(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
    headers: { ...headers, origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ login: user.login, password: FAULT_PASSWORD, csrfToken, callbackUrl: `${baseUrl}/library` }),
  });
  await response.arrayBuffer();
  cookiesFrom(response, jar);
  if (![...jar.keys()].some((name) => name.includes('session-token'))) throw new Error(`sign-in failed for ${user.login} (status ${response.status})`);
  return cookieHeader(jar);
}

/** Signs every user in, a few at a time (each sign-in is one argon2 verification on the server). */
export async function signInAll(baseUrl: string, users: SeededUser[], parallel = 4): Promise<string[]> {
  const cookies: string[] = new Array(users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < users.length) {
        const i = next++;
        cookies[i] = await signIn(baseUrl, users[i]!, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      }
    }),
  );
  return cookies;
}

export interface WorkloadOptions {
  baseUrl: () => string;
  /** Clients start no new event after this (ms since start; asked again each time); they still finish the one in hand. */
  stopAt: () => number;
  /** Clients give up on an unacknowledged event after this (ms since start). */
  giveUpAt: () => number;
  requestTimeoutMs: number;
  thinkMs: [number, number];
  now: () => number;
}

function errorKind(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).name ?? 'error';
}

async function sendUntilHeld(op: WriteOp, event: WriteEvent, client: number, cookie: string, options: WorkloadOptions, stats: ClientStats): Promise<void> {
  const sentAt = options.now();
  for (let attempt = 1; ; attempt++) {
    let lastError: string;
    const started = options.now();
    stats.requests++;
    try {
      const response = await fetch(`${options.baseUrl()}${op.path}`, {
        method: 'POST',
        headers: { cookie, origin: options.baseUrl(), 'content-type': 'application/json' },
        body: JSON.stringify(op.body([event])),
        signal: AbortSignal.timeout(options.requestTimeoutMs),
      });
      const json: unknown = await response.json().catch(() => undefined);
      stats.answered.push({ at: started, ms: options.now() - started, status: response.status });
      if (response.status === 200 && op.heldIds(json).includes(event.id)) {
        stats.acks.push({ id: event.id, client, sentAt, ackedAt: options.now(), attempts: attempt });
        return;
      }
      // A reply cut off mid-body (the server killed while answering) is no acknowledgement either.
      lastError = json === undefined ? `HTTP ${response.status}, reply cut off` : `HTTP ${response.status}`;
    } catch (error) {
      lastError = errorKind(error);
    }
    stats.errors[lastError] = (stats.errors[lastError] ?? 0) + 1;
    if (options.now() > options.giveUpAt()) {
      stats.unacked.push({ id: event.id, client, attempts: attempt, lastError });
      return;
    }
    await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
}

/**
 * Runs every client until `stopAt`, then until each has its last event acknowledged (or gives up).
 * `acks` fills in as it goes (the crash test watches it to see recovery); `done` has the totals.
 */
export function runWorkload(op: WriteOp, users: SeededUser[], cookies: string[], options: WorkloadOptions): { acks: Ack[]; done: Promise<ClientStats> } {
  const stats: ClientStats = { acks: [], unacked: [], requests: 0, errors: {}, answered: [] };
  const [thinkMin, thinkMax] = options.thinkMs;
  const done = Promise.all(
    users.map(async (user, client) => {
      // Spread the first requests out, as people arriving in a class do.
      await sleep(Math.random() * thinkMax);
      for (let seq = 0; options.now() < options.stopAt(); seq++) {
        const event = op.event(user, seq);
        if (!event) return; // nothing left to send (every question of their quizzes answered)
        await sendUntilHeld(op, event, client, cookies[client]!, options, stats);
        await sleep(thinkMin + Math.random() * (thinkMax - thinkMin));
      }
    }),
  ).then(() => stats);
  return { acks: stats.acks, done };
}
