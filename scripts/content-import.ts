// `npm run content:import`: migrates, then loads content/articles (and its facts and questions) idempotently.
// With PGlite, stop the app first: one data directory must never be open in two processes.
import { closeDb, driverKindFromEnv, getDb, migrate } from '@/db/client';
import { importContent } from '@/db/import-content';

const db = getDb();
const started = performance.now();
try {
  await migrate(db);
  const report = await importContent(db);
  console.log(JSON.stringify({ driver: driverKindFromEnv(), ...report, ms: Math.round(performance.now() - started) }, null, 2));
  if (report.error || report.skipped.length > 0) process.exitCode = 1;
} finally {
  await closeDb(db);
}
