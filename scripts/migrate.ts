// `npm run db:migrate`: applies db/migrations to the database the environment selects (see db/client.ts).
// On a PGlite folder held by a running app it refuses (naming the process): the app migrates at start.
import { closeDb, driverKindFromEnv, getDb, migrate } from '@/db/client';

const started = performance.now();
try {
  const db = getDb();
  try {
    await migrate(db);
    console.log(`migrations applied on ${driverKindFromEnv()} in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await closeDb(db);
  }
} catch (error) {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
