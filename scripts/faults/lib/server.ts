/**
 * Production Next servers started and killed by the fault scripts. Each runs in a process group of its
 * own (detached), so that a kill reaches next-server and not only the launcher, and so that only the
 * processes a script started are ever signalled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

export interface Server {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything it printed, for assertions and for the report when something fails. */
  output: () => string;
  exited: Promise<number | null>;
  /** SIGKILL to the whole group: a crash, as a power cut or the OOM killer would do it. */
  crash: () => Promise<void>;
  /** SIGTERM to the group, then SIGKILL if it lingers. */
  stop: () => Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('no production build: run `npm run build` first');
}

/** Starts `next start -p PORT` with an environment of its own (DATABASE_URL or CITED_DATA_DIR, timeouts…). */
export function startServer(port: number, env: NodeJS.ProcessEnv): Server {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  const settle = async (ms: number) => Promise.race([exited, new Promise((resolve) => setTimeout(resolve, ms))]);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async crash() {
      signalGroup('SIGKILL');
      await settle(5_000);
    },
    async stop() {
      signalGroup('SIGTERM');
      await settle(10_000);
      signalGroup('SIGKILL');
      await settle(2_000);
    },
  };
}

/** Polls a URL until it answers 200; resolves with the milliseconds it took, rejects after `timeoutMs`. */
export async function waitFor200(url: string, timeoutMs: number, options: { every?: number; exited?: Promise<unknown> } = {}): Promise<number> {
  const started = performance.now();
  let gone = false;
  void options.exited?.then(() => (gone = true));
  while (performance.now() - started < timeoutMs) {
    if (gone) throw new Error(`the server exited before ${url} answered`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, options.every ?? 20));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** The environment for a server of the fault scripts: the caller's, minus the other database settings. */
export function serverEnv(database: { url: string } | { dataDir: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.POSTGRES_URL;
  delete env.DATABASE_URL;
  delete env.CITED_DATA_DIR;
  if ('url' in database) env.DATABASE_URL = database.url;
  else env.CITED_DATA_DIR = database.dataDir;
  return env;
}
