import { getDb, migrate, type Db } from '@/db/client';
import { unsafeEnsureDemoAccounts } from '@/db/demo-accounts';
import { unsafeEnsureDemoClassroom } from '@/db/demo-classroom';
import { importContent, type ImportReport } from '@/db/import-content';
import { unsafeMarkLibraryCopies } from '@/db/library-copies';

export interface BootstrapReport {
  import: ImportReport;
  demoAccountsCreated: boolean;
  ms: number;
}

// One promise per database: concurrent first requests share the work instead of racing it.
const ready = new WeakMap<Db, Promise<BootstrapReport>>();

/**
 * Makes a database usable: migrations, the content library (only what changed is written), and the demo
 * accounts (unless CITED_DEMO_ACCOUNTS=0). Safe to call from every request; the work runs once per process
 * and is retried after a failure.
 */
export function ensureDatabaseReady(db: Db = getDb()): Promise<BootstrapReport> {
  let promise = ready.get(db);
  if (!promise) {
    promise = (async () => {
      const started = performance.now();
      await migrate(db);
      const report = await importContent(db);
      if (report.error) console.warn(`[cited] content import: facts and questions skipped (${report.error})`);
      for (const { file, reason } of report.skipped) console.warn(`[cited] content import: left out ${file}: ${reason}`);
      // Teachers' issue #13: the library marks which of two near-copies is the original.
      await unsafeMarkLibraryCopies(db);
      const demoAccountsCreated = process.env.CITED_DEMO_ACCOUNTS === '0' ? false : await unsafeEnsureDemoAccounts(db);
      if (process.env.CITED_DEMO_ACCOUNTS !== '0') await unsafeEnsureDemoClassroom(db).catch((error) => console.warn(`[cited] demo classroom skipped (${error instanceof Error ? error.message : error})`));
      return { import: report, demoAccountsCreated, ms: Math.round(performance.now() - started) };
    })();
    promise.catch(() => ready.delete(db));
    ready.set(db, promise);
  }
  return promise;
}
