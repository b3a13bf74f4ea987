/**
 * `npm run content:import` on a PGlite folder that a running server owns: the import is asked of the
 * server (which alone may open the files) through its local endpoint, with the token from the lock file.
 * While the folder is held by a process that offers no endpoint (another import, a server still starting),
 * the command waits for it.
 */
import { currentHolder, type LockHolder } from '@/db/data-lock';
import type { ImportReport } from '@/db/import-content';

export type AppImportReport = ImportReport & { via: { pid: number } };
export type ViaApp = { report: AppImportReport } | { free: true };

async function askApp(holder: LockHolder): Promise<AppImportReport> {
  const app = holder.app!;
  let lastError = '';
  for (const url of app.urls) {
    try {
      const response = await fetch(`${url}/api/internal/import`, { method: 'POST', headers: { authorization: `Bearer ${app.token}` } });
      if (response.ok) return (await response.json()) as AppImportReport;
      lastError = `${url} answered ${response.status}`;
    } catch (error) {
      lastError = `${url}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  throw new Error(`process ${holder.pid} holds the data folder and says it serves ${app.urls.join(', ')}, but the import there failed (${lastError})`);
}

/**
 * Runs the import through the process holding the folder, waiting up to `waitMs` for one that can take it.
 * Returns `{ free: true }` when nobody holds the folder (the caller then opens it itself).
 */
export async function importThroughHolder(dataDir: string, options: { waitMs: number; log: (line: string) => void }): Promise<ViaApp> {
  const deadline = Date.now() + options.waitMs;
  let announced = 0;
  for (;;) {
    const holder = currentHolder(dataDir);
    if (!holder) return { free: true };
    if (holder.app) {
      options.log(`the app (process ${holder.pid}) holds ${dataDir}: importing through it`);
      return { report: await askApp(holder) };
    }
    if (Date.now() > deadline) throw new Error(`gave up after ${Math.round(options.waitMs / 1000)} s: ${dataDir} is still held by process ${holder.pid} (${holder.command})`);
    if (announced !== holder.pid) options.log(`waiting for process ${holder.pid} (${holder.command}) to finish with ${dataDir}…`);
    announced = holder.pid;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
