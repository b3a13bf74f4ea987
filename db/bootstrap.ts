import { getDb, migrate, migrationsFolder, type Db } from '@/db/client';
import { unsafeEnsureDemoAccounts } from '@/db/demo-accounts';
import { unsafeEnsureDemoClassroom } from '@/db/demo-classroom';
import { contentFingerprint, importContent, type ImportReport } from '@/db/import-content';
import { unsafeMarkLibraryCopies } from '@/db/library-copies';
import { META, migrationsFingerprint, unsafeReadStartMeta, unsafeWriteStartMeta } from '@/db/start-meta';

export interface BootstrapReport {
  /** False when the schema was already at the current migrations (nothing run). */
  migrated: boolean;
  /** Null when the content had not changed since the last import (nothing read or written). */
  import: ImportReport | null;
  demoAccountsCreated: boolean;
  ms: number;
}

// One promise per database: concurrent first requests share the work instead of racing it.
const ready = new WeakMap<Db, Promise<BootstrapReport>>();

/**
 * Makes a database usable: migrations, the content library and the demo accounts (unless
 * CITED_DEMO_ACCOUNTS=0), each only when needed: the fingerprints of db/migrations and of the content are
 * kept in app_settings, and a restart with both unchanged reads one row set and writes nothing. The demo
 * accounts are made once per database (deleting them later does not bring them back). Safe to call from
 * every request; the work runs once per process and is retried after a failure.
 */
export function ensureDatabaseReady(db: Db = getDb()): Promise<BootstrapReport> {
  let promise = ready.get(db);
  if (!promise) {
    promise = runBootstrap(db);
    promise.catch(() => ready.delete(db));
    ready.set(db, promise);
  }
  return promise;
}

/** One pass of the start-up work, uncached (ensureDatabaseReady shares one per process). */
export async function runBootstrap(db: Db, options: { contentDir?: string } = {}): Promise<BootstrapReport> {
  const started = performance.now();
  const [meta, migrationsHash] = await Promise.all([unsafeReadStartMeta(db), migrationsFingerprint(migrationsFolder)]);
  const migrated = meta[META.migrations] !== migrationsHash;
  if (migrated) {
    await migrate(db);
    await unsafeWriteStartMeta(db, META.migrations, migrationsHash);
  }
  const report = await importIfChanged(db, meta[META.content], options.contentDir);
  const demo = process.env.CITED_DEMO_ACCOUNTS !== '0';
  let demoAccountsCreated = false;
  if (demo && !meta[META.demoAccounts]) {
    demoAccountsCreated = await unsafeEnsureDemoAccounts(db);
    await unsafeWriteStartMeta(db, META.demoAccounts, { at: new Date().toISOString() });
  }
  // The demo class's set and assignments follow the question bank: made with the accounts, renewed after an import.
  if (demo && (demoAccountsCreated || report)) {
    await unsafeEnsureDemoClassroom(db).catch((error) => console.warn(`[cited] demo classroom skipped (${error instanceof Error ? error.message : error})`));
  }
  return { migrated, import: report, demoAccountsCreated, ms: Math.round(performance.now() - started) };
}

async function importIfChanged(db: Db, recorded: unknown, contentDir?: string): Promise<ImportReport | null> {
  const fingerprint = await contentFingerprint(contentDir);
  if (recorded === fingerprint) return null;
  return importAndRecord(db, { fingerprint, contentDir });
}

/**
 * Imports the library and records its fingerprint (taken before reading, so a file changed during the
 * import makes the next start look again). A failed extraction is not recorded: the next start retries.
 */
export async function importAndRecord(db: Db, options: { fingerprint?: string; contentDir?: string } = {}): Promise<ImportReport> {
  const before = options.fingerprint ?? (await contentFingerprint(options.contentDir));
  const report = await importContent(db, { contentDir: options.contentDir });
  if (report.error) console.warn(`[cited] content import: facts and questions skipped (${report.error})`);
  for (const { file, reason } of report.skipped) console.warn(`[cited] content import: left out ${file}: ${reason}`);
  // Teachers' issue #13: the library marks which of two near-copies is the original.
  await unsafeMarkLibraryCopies(db);
  if (!report.error) await unsafeWriteStartMeta(db, META.content, before);
  return report;
}
