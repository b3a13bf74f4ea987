import { defineConfig } from 'drizzle-kit';

// Migrations are generated from one schema and applied unchanged to PGlite, PostgreSQL and Vercel Postgres.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
