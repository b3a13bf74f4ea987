// `npm run db:migrate`: applies db/migrations to the database the environment selects (see db/client.ts).
import { closeDb, driverKindFromEnv, getDb, migrate } from '@/db/client';

const db = getDb();
const started = performance.now();
try {
  await migrate(db);
  console.log(`migrations applied on ${driverKindFromEnv()} in ${Math.round(performance.now() - started)} ms`);
} finally {
  await closeDb(db);
}
