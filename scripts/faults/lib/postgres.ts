/**
 * The throwaway PostgreSQL of scripts/pg-throwaway.sh, as the fault scripts drive it: kill -9 its
 * postmaster, start it again on the same data, freeze and thaw it. Refuses to touch any server that is
 * not that throwaway cluster (matched by port and data folder), so it can never kill someone's database.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Throwaway {
  dir: string;
  port: number;
  postmasterPid: () => number | null;
  /** The postmaster and every process it started (backends, checkpointer, WAL writer…). */
  processes: () => number[];
  crash: () => void;
  resume: () => void;
  freeze: () => number[];
  thaw: (pids: number[]) => void;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Whether a process exists and is not a zombie. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '');
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The throwaway cluster behind a DATABASE_URL, or the reason it is not one these scripts may control. */
export function throwawayFor(databaseUrl: string): Throwaway | string {
  const port = Number(new URL(databaseUrl).port || 5432);
  const dir = process.env.PG_THROWAWAY_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'cited-pg');
  const pidFile = path.join(dir, 'data', 'postmaster.pid');
  const read = () => {
    try {
      return readFileSync(pidFile, 'utf8').split('\n');
    } catch {
      return null;
    }
  };
  const lines = read();
  if (!lines) return `no throwaway cluster in ${dir} (PG_THROWAWAY_DIR): the fault scripts only kill the one scripts/pg-throwaway.sh started`;
  if (Number(lines[3]) !== port) return `the cluster in ${dir} listens on ${lines[3]}, not on ${port} from DATABASE_URL`;
  if (process.getuid?.() !== 0) return 'signalling the postgres user’s processes needs root';
  const postmasterPid = () => {
    const pid = Number(read()?.[0]);
    return pid && parentOf(pid) !== null ? pid : null;
  };
  const processes = () => {
    const root = postmasterPid();
    if (!root) return [];
    const children = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => parentOf(pid) === root);
    return [root, ...children];
  };
  const env = { ...process.env, PG_PORT: String(port), PG_THROWAWAY_DIR: dir };
  return {
    dir,
    port,
    postmasterPid,
    processes,
    crash() {
      const pid = postmasterPid();
      if (!pid) throw new Error('PostgreSQL is not running');
      signal(pid, 'SIGKILL');
      // On a loaded machine the killed postmaster can take a moment to go: resuming before then would
      // find it "already running" and leave the database down for the rest of the run.
      const deadline = Date.now() + 10_000;
      while (isRunning(pid) && Date.now() < deadline) execFileSync('sleep', ['0.05']);
    },
    resume() {
      execFileSync('bash', [path.join(process.cwd(), 'scripts', 'pg-throwaway.sh'), 'resume'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    },
    freeze() {
      const pids = processes();
      for (const pid of pids) signal(pid, 'SIGSTOP');
      return pids;
    },
    thaw(pids) {
      for (const pid of [...pids, ...processes()]) signal(pid, 'SIGCONT');
    },
  };
}
