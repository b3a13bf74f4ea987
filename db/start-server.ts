/**
 * What `next start` does before it serves (called from instrumentation.ts): open the database, bring it up
 * to date (migrations and import only when their fingerprints changed), and, on PGlite, tell the lock file
 * where the import endpoint is. A server that cannot do this exits with the reason: serving error pages
 * to everyone while saying "Ready" helps nobody.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { driverKindFromEnv, getDb, migrationsFolder, pgliteDataDir, type Db, type DriverKind } from '@/db/client';
import { DataFolderLockedError, heldDataLock } from '@/db/data-lock';
import { ensureDatabaseReady, type BootstrapReport } from '@/db/bootstrap';
import { currentFingerprints, type Fingerprints } from '@/db/start-meta';

function describe(report: BootstrapReport): string {
  const parts = [
    report.migrated ? 'migrations applied' : 'schema up to date',
    report.import ? `library imported (${report.import.articles.written} articles written, ${report.import.articles.retired} retired)` : 'library unchanged',
  ];
  if (report.demoAccountsCreated) parts.push('demo accounts created');
  return parts.join(', ');
}

// Long enough for Next to answer a first page without PGlite's start-up competing for the main thread.
const OPEN_AFTER_MS = 1_500;

/** `onReady` runs once the database is migrated and imported (instrumentation.ts learns the library's slugs there). */
export async function prepareServer(onReady: (db: Db) => Promise<void> = async () => {}): Promise<void> {
  const kind = driverKindFromEnv();
  try {
    const db = getDb(); // on PGlite this takes the folder's lock, or throws naming its holder
    // Hashed once per start: the state file's check, the bootstrap and the state written after it share them.
    const fingerprints = await currentFingerprints(migrationsFolder);
    if (kind === 'pglite' && (await localStateMatches(fingerprints))) {
      // Nothing to migrate or import (as of the last start): serve at once and open PGlite (a second or
      // more) just after, or as soon as a request needs it. An open that fails still stops the server.
      console.log('[cited] nothing changed since the last start: serving while the database opens');
      setTimeout(() => void bringUp(db, kind, fingerprints, onReady).catch(fail), OPEN_AFTER_MS);
      return;
    }
    await bringUp(db, kind, fingerprints, onReady);
  } catch (error) {
    fail(error);
  }
}

async function bringUp(db: Db, kind: DriverKind, fingerprints: Fingerprints, onReady: (db: Db) => Promise<void>): Promise<void> {
  const report = await ensureDatabaseReady(db, { fingerprints });
  const where = kind === 'pglite' ? ` in ${path.relative(process.cwd(), pgliteDataDir()) || '.'}` : '';
  console.log(`[cited] database ready (${kind}${where}) in ${report.ms} ms: ${describe(report)}`);
  await onReady(db);
  if (kind !== 'pglite') return;
  advertiseImportEndpoint();
  await writeLocalState(fingerprints);
}

function fail(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  const headline = error instanceof DataFolderLockedError ? 'its data folder belongs to another process' : 'the database is not usable';
  console.error(`\n[cited] Cited cannot start: ${headline}.\n${reason}\n`);
  // Next has printed "Ready" already; exiting is the only way to not serve 500s as if all were well.
  process.exit(1);
}

// Beside a PGlite folder (which only this process may open), the fingerprints it was last brought up to:
// read without opening the database, so an unchanged restart need not wait for PGlite before serving.
// The database's own app_settings stay the authority; this file only decides whether to wait for them.
const statePath = () => `${pgliteDataDir()}.state.json`;

const localState = ({ migrations, content }: Fingerprints) => JSON.stringify({ migrations, content, demo: process.env.CITED_DEMO_ACCOUNTS !== '0' });

async function localStateMatches(fingerprints: Fingerprints): Promise<boolean> {
  const recorded = await readFile(statePath(), 'utf8').catch(() => null);
  return recorded === localState(fingerprints);
}

/**
 * Also called after an import through the app (without fingerprints: the files are hashed again), so that
 * the next start need not wait either.
 */
export async function writeLocalState(fingerprints?: Fingerprints): Promise<void> {
  await writeFile(statePath(), localState(fingerprints ?? (await currentFingerprints(migrationsFolder))), { mode: 0o600 });
}

/** Publishes, in the lock file only this user can read, where `npm run content:import` can reach this server. */
function advertiseImportEndpoint(): void {
  const port = process.env.PORT;
  const lock = heldDataLock(pgliteDataDir());
  if (!port || !lock) return;
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  lock.advertise([`http://127.0.0.1:${port}`, ...(origin ? [origin] : [])]);
}
