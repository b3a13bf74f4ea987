/**
 * One owner for a PGlite data folder. PGlite is PostgreSQL compiled to WebAssembly, running inside one
 * Node process with no server to coordinate writers: two processes on one folder overwrite each other's
 * pages and can leave a database that never opens again. So the first process to open a folder writes
 * `<folder>.lock` (atomically, with its pid) and keeps it until it exits; any other process refuses to
 * open the folder, naming the holder. A lock left by a process that died (kill -9, power cut) is stale:
 * its pid is gone, and the next process takes it over.
 *
 * A server holding the lock also writes where it listens and a random token into the lock file (mode
 * 0600), so that `npm run content:import` can ask the running app to import instead of opening the files.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  /** Start time of the process in clock ticks (Linux /proc), so that a reused pid is not taken for the holder. */
  procStart: string | null;
  host: string;
  /** What the process is: "next start", "npm run content:import"… */
  command: string;
  startedAt: string;
  /** Set by a server once it listens: where the import endpoint is and the token it accepts. */
  app?: { urls: string[]; token: string };
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(lockedMessage(dataDir, holder));
    this.name = 'DataFolderLockedError';
  }
}

function lockedMessage(dataDir: string, holder: LockHolder): string {
  const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
  return [
    `The data folder ${dataDir} is in use by ${where} (${holder.command}, since ${holder.startedAt}).`,
    'PGlite lets one process at a time open a folder: a second one would corrupt it.',
    `Stop that process first (kill ${holder.pid}), or give this one its own folder (CITED_DATA_DIR=…),`,
    'or move to PostgreSQL (DATABASE_URL=…), which many processes can share. To load new articles into a running app,',
    'run `npm run content:import`: it goes through the app.',
  ].join('\n');
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export const lockPathFor = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, '')}.lock`;

/** The start time of a process (field 22 of /proc/PID/stat), or null where /proc is not available. */
function procStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the holder named in a lock file is still running. A holder on another machine is assumed alive. */
export function isHolderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStartOf(holder.pid);
  return !(holder.procStart && now && now !== holder.procStart);
}

/** The lock file's holder; null when there is no file or it is not a lock (never half-written: see tryCreate). */
function readHolder(lockPath: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // EACCES: another user's server holds it. Not knowing is not the same as free.
    throw new Error(`cannot read the lock ${lockPath} (${(error as NodeJS.ErrnoException).code}): is another user running Cited on this folder?`);
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/** The live process holding a data folder, or null when the folder is free (or its lock is stale). */
export function currentHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(lockPathFor(dataDir));
  return holder && isHolderAlive(holder) ? holder : null;
}

/** Writes the whole file under a temporary name first, so that nobody ever reads half a lock. */
function writeTemp(lockPath: string, holder: LockHolder): string {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const fd = openSync(/*turbopackIgnore: true*/ temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(holder, null, 2));
  } finally {
    closeSync(fd);
  }
  return temp;
}

function tryCreate(lockPath: string, holder: LockHolder): boolean {
  const temp = writeTemp(lockPath, holder);
  try {
    linkSync(temp, lockPath); // atomic: fails with EEXIST when another process got there first
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkQuiet(temp);
  }
}

/**
 * Removes a stale lock. Two processes may find the same stale lock at once: a second, short-lived
 * `.takeover` file (created exclusively) lets only one of them remove it, and only if it is unchanged.
 */
function removeStale(lockPath: string, stale: LockHolder): void {
  const takeover = `${lockPath}.takeover`;
  try {
    closeSync(openSync(takeover, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A takeover file from a process killed mid-takeover: old enough to be abandoned.
    if (Date.now() - (statSync(takeover, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000) unlinkQuiet(takeover);
    return;
  }
  try {
    const again = readHolder(lockPath);
    if (again && again.pid === stale.pid && again.startedAt === stale.startedAt) unlinkQuiet(lockPath);
  } finally {
    unlinkQuiet(takeover);
  }
}

export interface DataLock {
  readonly dataDir: string;
  readonly holder: LockHolder;
  /** Publishes the running app's addresses and a fresh token in the lock file (a server calls it once it listens). */
  advertise(urls: string[]): void;
  /** Whether a bearer token is the one this process advertised (constant time). */
  acceptsToken(token: string): boolean;
  release(): void;
}

// Per process and data folder, on globalThis: Next may load this module more than once (instrumentation and
// each route bundle), and all of those copies run in one process that already owns the folder.
const held = ((globalThis as { __citedDataLocks?: Map<string, DataLock> }).__citedDataLocks ??= new Map());

/**
 * Takes the exclusive lock on a data folder for the life of this process, or throws DataFolderLockedError
 * naming the process that has it.
 */
export function acquireDataLock(dataDir: string, command: string): DataLock {
  const resolved = path.resolve(dataDir);
  const existing = held.get(resolved);
  if (existing) return existing;
  const lockPath = lockPathFor(resolved);
  const holder: LockHolder = { pid: process.pid, procStart: procStartOf(process.pid), host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(lockPath, holder)) return remember(resolved, lockPath, holder);
    const other = readHolder(lockPath);
    if (other && isHolderAlive(other)) throw new DataFolderLockedError(resolved, other);
    if (other) removeStale(lockPath, other);
    // Not a lock at all (a crash mid-write of an older format, a stray file): removed once clearly abandoned.
    else if (Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000) unlinkQuiet(lockPath);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  }
  throw new Error(`could not take the lock ${lockPath}: it keeps changing hands`);
}

function remember(dataDir: string, lockPath: string, holder: LockHolder): DataLock {
  let current = holder;
  let token: Buffer | null = null;
  const release = () => {
    held.delete(dataDir);
    process.removeListener('exit', release);
    try {
      const onDisk = readHolder(lockPath);
      if (onDisk?.pid === process.pid && onDisk.startedAt === holder.startedAt) unlinkQuiet(lockPath);
    } catch {
      // Runs at exit too: a lock that cannot be read or removed now is stale for the next process anyway.
    }
  };
  process.on('exit', release);
  const lock: DataLock = {
    dataDir,
    get holder() {
      return current;
    },
    advertise(urls) {
      token = randomBytes(32);
      current = { ...holder, app: { urls, token: token.toString('base64url') } };
      renameSync(writeTemp(lockPath, current), lockPath);
    },
    acceptsToken(candidate) {
      if (!token) return false;
      const given = Buffer.from(candidate, 'base64url');
      return given.length === token.length && timingSafeEqual(given, token);
    },
    release,
  };
  held.set(dataDir, lock);
  return lock;
}

/** The lock this process holds on a folder, if any. */
export function heldDataLock(dataDir: string): DataLock | undefined {
  return held.get(path.resolve(dataDir));
}
