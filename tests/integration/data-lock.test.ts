import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataLock, DataFolderLockedError, lockPathFor, type LockHolder } from '@/db/data-lock';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cited-lock-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs an npm script the way a person would, against a given PGlite folder (never a server's database). */
function runScript(script: string, dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, CITED_DATA_DIR: dataDir, ...env };
    delete environment.DATABASE_URL;
    delete environment.POSTGRES_URL;
    const child = spawn('npx', ['tsx', script], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const staleHolder = (pid: number, extra: Partial<LockHolder> = {}): LockHolder => ({
  pid,
  procStart: null,
  host: hostname(),
  command: 'next start (killed)',
  startedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('one owner for a PGlite folder', () => {
  it('a second process is refused, with a message naming the holder and what to do', async () => {
    const dir = path.join(root, 'held');
    const lock = acquireDataLock(dir, 'next start on port 3240');
    try {
      expect((await stat(lockPathFor(dir))).mode & 0o777).toBe(0o600);
      const { code, out } = await runScript('scripts/migrate.ts', dir);
      expect(code).toBe(1);
      expect(out).toContain(`in use by process ${process.pid} (next start on port 3240`);
      expect(out).toMatch(/CITED_DATA_DIR/);
      expect(out).toMatch(/DATABASE_URL/);
    } finally {
      lock.release();
    }
    await expect(stat(lockPathFor(dir))).rejects.toThrow();
  }, 60_000);

  it('an import against a folder held by a command waits, then gives up naming it', async () => {
    const dir = path.join(root, 'busy');
    const lock = acquireDataLock(dir, 'npm run db:migrate');
    try {
      const { code, out } = await runScript('scripts/content-import.ts', dir, { CITED_IMPORT_WAIT_MS: '300' });
      expect(code).toBe(1);
      expect(out).toContain(`waiting for process ${process.pid} (npm run db:migrate)`);
      expect(out).toMatch(/gave up/);
    } finally {
      lock.release();
    }
  }, 60_000);

  it('an import against a folder held by a serving app goes through the app, with the token from the lock file', async () => {
    const dir = path.join(root, 'served');
    const lock = acquireDataLock(dir, 'next start');
    const seen: string[] = [];
    const app = createServer((request, response) => {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      seen.push(`${request.method} ${request.url} ${lock.acceptsToken(token) ? 'token ok' : 'bad token'}`);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ via: { pid: process.pid }, articles: { total: 5, written: 0, retired: 0 }, facts: null, questions: null, error: null, skipped: [] }));
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      lock.advertise([`http://127.0.0.1:${(app.address() as { port: number }).port}`]);
      const { code, out } = await runScript('scripts/content-import.ts', dir);
      expect(out).toContain(`the app (process ${process.pid})`);
      expect(code).toBe(0);
      expect(seen).toEqual(['POST /api/internal/import token ok']);
      expect(lock.acceptsToken('forged')).toBe(false);
    } finally {
      await new Promise((resolve) => app.close(resolve));
      lock.release();
    }
  }, 60_000);

  it('a lock left by a process that died (kill -9) is taken over; so is one whose pid now belongs to another process', async () => {
    for (const [name, holder] of [
      ['dead', staleHolder(deadPid())],
      ['reused', staleHolder(process.pid, { procStart: '1' })],
    ] as const) {
      const dir = path.join(root, name);
      await writeFile(lockPathFor(dir), JSON.stringify(holder));
      const lock = acquireDataLock(dir, 'next start');
      expect(JSON.parse(await readFile(lockPathFor(dir), 'utf8'))).toMatchObject({ pid: process.pid, command: 'next start' });
      lock.release();
    }
  });

  it('a live holder is never taken over, even by many attempts at once', async () => {
    const dir = path.join(root, 'live');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(lockPathFor(dir), JSON.stringify(staleHolder(child.pid!, { command: 'another server' })));
      for (let i = 0; i < 5; i++) expect(() => acquireDataLock(dir, 'next start')).toThrow(DataFolderLockedError);
      expect(JSON.parse(await readFile(lockPathFor(dir), 'utf8')).pid).toBe(child.pid);
    } finally {
      child.kill();
    }
  });
});
