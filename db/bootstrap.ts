import { getDb, migrate, migrationsFolder, type Db } from '@/db/client';
import type { ImportReport } from '@/db/import-content';
import { contentFingerprint, migrationsFingerprint, META, unsafeReadStartMeta, unsafeWriteStartMeta, type Fingerprints } from '@/db/start-meta';

// The import (extraction, generation, their language model) and the demo accounts (argon2) are loaded only
// when they have work to do: a start with nothing changed, the usual one, does not pay for them.

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
export function ensureDatabaseReady(db: Db = getDb(), options: { fingerprints?: Fingerprints } = {}): Promise<BootstrapReport> {
  let promise = ready.get(db);
  if (!promise) {
    promise = runBootstrap(db, options);
    promise.catch(() => ready.delete(db));
    ready.set(db, promise);
  }
  return promise;
}

/**
 * One pass of the start-up work, uncached (ensureDatabaseReady shares one per process). `fingerprints`,
 * when the caller has taken them already this start (db/start-server.ts), saves hashing the files again.
 */
export async function runBootstrap(db: Db, options: { contentDir?: string; fingerprints?: Fingerprints } = {}): Promise<BootstrapReport> {
  const started = performance.now();
  const [meta, migrationsHash, contentHash] = await Promise.all([
    unsafeReadStartMeta(db),
    options.fingerprints?.migrations ?? migrationsFingerprint(migrationsFolder),
    options.fingerprints?.content ?? contentFingerprint(options.contentDir),
  ]);
  const migrated = meta[META.migrations] !== migrationsHash;
  if (migrated) {
    await migrate(db);
    await unsafeWriteStartMeta(db, META.migrations, migrationsHash);
  }
  const report = meta[META.content] === contentHash ? null : await importAndRecord(db, { fingerprint: contentHash, contentDir: options.contentDir });
  const demo = process.env.CITED_DEMO_ACCOUNTS !== '0';
  let demoAccountsCreated = false;
  if (demo && !meta[META.demoAccounts]) {
    const { unsafeEnsureDemoAccounts } = await import('@/db/demo-accounts');
    demoAccountsCreated = await unsafeEnsureDemoAccounts(db);
    await unsafeWriteStartMeta(db, META.demoAccounts, { at: new Date().toISOString() });
  }
  // The demo class's set and assignments follow the question bank: made with the accounts, renewed after an import.
  if (demo && (demoAccountsCreated || report)) {
    const { unsafeEnsureDemoClassroom } = await import('@/db/demo-classroom');
    await unsafeEnsureDemoClassroom(db).catch((error) => console.warn(`[cited] demo classroom skipped (${error instanceof Error ? error.message : error})`));
  }
  return { migrated, import: report, demoAccountsCreated, ms: Math.round(performance.now() - started) };
}

/**
 * Imports the library and records its fingerprint (taken before reading, so a file changed during the
 * import makes the next start look again). A failed extraction is not recorded: the next start retries.
 */
export async function importAndRecord(db: Db, options: { fingerprint?: string; contentDir?: string } = {}): Promise<ImportReport> {
  const before = options.fingerprint ?? (await contentFingerprint(options.contentDir));
  const [{ importContent }, { unsafeMarkLibraryCopies }] = await Promise.all([import('@/db/import-content'), import('@/db/library-copies')]);
  const report = await importContent(db, { contentDir: options.contentDir });
  if (report.error) console.warn(`[cited] content import: facts and questions skipped (${report.error})`);
  for (const { file, reason } of report.skipped) console.warn(`[cited] content import: left out ${file}: ${reason}`);
  // Teachers' issue #13: the library marks which of two near-copies is the original.
  await unsafeMarkLibraryCopies(db);
  if (!report.error) await unsafeWriteStartMeta(db, META.content, before);
  return report;
}
