// `npm run content:import`: migrates, then loads content/articles (and its facts and questions) idempotently.
// On PGlite, a folder held by a running app is imported through the app (never opened twice); a folder held
// by another command is waited for (CITED_IMPORT_WAIT_MS, default 120000).
import { closeDb, driverKindFromEnv, getDb, migrate, pgliteDataDir } from '@/db/client';
import { importAndRecord } from '@/db/bootstrap';
import { importThroughHolder } from '@/db/import-via-app';
import type { ImportReport } from '@/db/import-content';

const driver = driverKindFromEnv();
const started = performance.now();

function finish(report: ImportReport & { via?: { pid: number } }) {
  console.log(JSON.stringify({ driver, ...report, ms: Math.round(performance.now() - started) }, null, 2));
  if (report.error || report.skipped.length > 0) process.exitCode = 1;
}

async function importHere() {
  const db = getDb();
  try {
    await migrate(db);
    finish(await importAndRecord(db));
  } finally {
    await closeDb(db);
  }
}

try {
  if (driver === 'pglite') {
    const outcome = await importThroughHolder(pgliteDataDir(), {
      waitMs: Number(process.env.CITED_IMPORT_WAIT_MS ?? 120_000),
      log: (line) => console.error(`content:import: ${line}`),
    });
    if ('report' in outcome) finish(outcome.report);
    else await importHere();
  } else {
    await importHere();
  }
} catch (error) {
  console.error(`content:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
