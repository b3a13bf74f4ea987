/**
 * Servers started by the bench: each in a process group of its own (as `setsid` would), so that stopping
 * it stops its children too, and so that its memory is the sum over the group. Every group started here is
 * stopped when the bench exits, even on Ctrl-C or an error.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManagedServer {
  name: string;
  pid: number;
  port: number;
  /** Milliseconds from spawn to the first HTTP response. */
  firstResponseMs: number;
  logFile: string;
  /** Resident memory of the whole process group, in MiB. */
  rssMiB: () => number;
  /** CPU time the whole process group has used, in ms. */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

const running = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

let cleanupInstalled = false;
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const pid of running) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const pid of running) killGroup(pid, 'SIGKILL');
      process.exit(130);
    });
  }
}

/** Every process, with its /proc/<pid>/stat fields after the command name. */
function allStats(): { pid: number; fields: string[] }[] {
  const found: { pid: number; fields: string[] }[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may hold spaces: the fields start after its closing ')'.
      found.push({ pid: Number(pid), fields: stat.slice(stat.lastIndexOf(')') + 2).split(' ') });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The processes of group `pgid` (field 5 of stat, 3 after the command name). */
function groupStats(pgid: number) {
  return allStats().filter(({ fields }) => Number(fields[2]) === pgid);
}

/** Resident memory of every process in group `pgid`, from /proc (Linux), in MiB. */
export function groupRssMiB(pgid: number): number {
  let kib = 0;
  for (const { pid } of groupStats(pgid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kib += Number(match[1]);
    } catch {
      // Gone meanwhile.
    }
  }
  return kib / 1024;
}

// Linux reports CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`) on every platform Node supports.
const TICK_MS = 10;

// utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name); cutime and
// cstime, the CPU of children that ended and were waited for, the next two.
const ownTicks = (fields: string[]) => Number(fields[11]) + Number(fields[12]);
const reapedTicks = (fields: string[]) => Number(fields[13]) + Number(fields[14]);

/**
 * CPU time (user + system) used so far by the processes of group `pgid`, in ms. Unlike requests per second,
 * the CPU a request costs hardly depends on how busy the rest of the machine is.
 */
export function groupCpuMs(pgid: number): number {
  return groupStats(pgid).reduce((ms, { pid, fields }) => ms + (ownTicks(fields) + (pid === pgid ? reapedTicks(fields) : 0)) * TICK_MS, 0);
}

/**
 * CPU time of a process and its children, living or ended, in ms: for PostgreSQL, whose backends each run
 * in a session of their own, the postmaster and every backend.
 */
export function treeCpuMs(rootPid: number): number {
  return allStats().reduce((ms, { pid, fields }) => {
    if (pid === rootPid) return ms + (ownTicks(fields) + reapedTicks(fields)) * TICK_MS;
    return Number(fields[1]) === rootPid ? ms + ownTicks(fields) * TICK_MS : ms;
  }, 0);
}

/** Resolves once `url` answers anything at all (any status), or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server exited before answering ${url}`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer from ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

/**
 * Starts `command args` in a new process group with its output in `logDir/<name>.log`, and waits until
 * `http://127.0.0.1:<port><readyPath>` answers.
 */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  readyPath: string;
  logDir: string;
  timeoutMs?: number;
}): Promise<ManagedServer> {
  installCleanup();
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(options.command, options.args, { env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.name}`);
  running.add(pid);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) {
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    }
    // Children that ignored the signal go with the group.
    killGroup(pid, 'SIGKILL');
    running.delete(pid);
  };
  try {
    await waitForHttp(`http://127.0.0.1:${options.port}${options.readyPath}`, options.timeoutMs ?? 180_000, () => !exited);
  } catch (error) {
    await stop();
    throw new Error(`${options.name}: ${(error as Error).message} (log: ${logFile})`);
  }
  return {
    name: options.name,
    pid,
    port: options.port,
    firstResponseMs: Math.round(performance.now() - started),
    logFile,
    rssMiB: () => groupRssMiB(pid),
    cpuMs: () => groupCpuMs(pid),
    stop,
  };
}
