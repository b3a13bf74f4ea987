/**
 * The one place that picks a database driver. No `server-only` here: scripts and vitest load it too.
 *
 *   POSTGRES_URL  → @vercel/postgres (Vercel / Neon)
 *   DATABASE_URL  → node-postgres
 *   neither       → PGlite persisted in CITED_DATA_DIR (default .data/pglite)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { acquireDataLock } from './data-lock';
import { guardReleases, migrationClientConfig, poolConfig, timeoutsFromEnv } from './pool-config';
import { installSafeQueryErrors } from './safe-query-errors';

installSafeQueryErrors();

// Only a Vercel deployment (POSTGRES_URL, set before the server starts) loads its driver: see db/vercel-driver.ts.
const vercel = process.env.POSTGRES_URL ? await import('./vercel-driver') : null;

/** What every query accepts, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DriverKind = 'pglite' | 'node-postgres' | 'vercel-postgres';

// From the project root, not import.meta: Next bundles this file into .next/, away from db/migrations.
export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

interface Driver {
  kind: DriverKind;
  close: () => Promise<void>;
  migrate: () => Promise<void>;
}

// The migrator and `close` differ per driver, so remember which one made each instance.
const drivers = new WeakMap<Db, Driver>();

function register<T extends Db>(db: T, driver: Driver): T {
  drivers.set(db, driver);
  return db;
}

// Serverless instances and parallel test runs may start together: an advisory lock, held on one
// connection for the whole migration, makes the second wait and then find nothing to do.
const MIGRATION_LOCK = 73_012_026;

async function withMigrationLock(client: { query: (text: string) => Promise<unknown>; release: () => void }, run: () => Promise<void>) {
  try {
    await client.query(`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await run();
  } finally {
    await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    client.release();
  }
}

/**
 * PGlite, created on first use. Opening a folder costs about a second (compiling PostgreSQL's WebAssembly,
 * starting it, reading its files on the main thread); a server whose first visitor needs no data should
 * not wait for it. drizzle calls only these methods of its client.
 */
function lazyPglite(dataDir?: string) {
  let instance: PGlite | undefined;
  const open = () => (instance ??= dataDir ? new PGlite(dataDir) : new PGlite());
  const client = {
    query: (...args: Parameters<PGlite['query']>) => open().query(...args),
    exec: (...args: Parameters<PGlite['exec']>) => open().exec(...args),
    transaction: (...args: Parameters<PGlite['transaction']>) => open().transaction(...args),
  };
  return { client: client as unknown as PGlite, close: async () => instance?.close() };
}

function openPglite(dataDir?: string): Db {
  let lock: ReturnType<typeof acquireDataLock> | undefined;
  if (dataDir) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    // Before PGlite touches the folder: a second process must not even open it.
    lock = acquireDataLock(dataDir, describeProcess());
    mkdirSync(dataDir, { recursive: true });
  }
  const { client, close } = lazyPglite(dataDir);
  const db = drizzlePglite({ client, schema });
  return register(db as unknown as Db, {
    kind: 'pglite',
    close: async () => {
      try {
        await close();
      } finally {
        lock?.release();
      }
    },
    migrate: () => migratePglite(db, { migrationsFolder }),
  });
}

/** How the lock file names this process for whoever finds the folder taken. */
function describeProcess(): string {
  const script = process.env.npm_lifecycle_event;
  if (script) return `npm run ${script}${process.env.PORT ? ` on port ${process.env.PORT}` : ''}`;
  return [process.title, ...process.argv.slice(1).map((a) => path.basename(a))].join(' ').slice(0, 200);
}

/** A PGlite Db on a given folder, locked for this process (getDb() picks the folder from the environment). */
export function connectPglite(dataDir: string): Db {
  return openPglite(path.resolve(dataDir));
}

/** A node-postgres Db for a given URL (getDb() picks the URL from the environment). */
export function connectPostgres(connectionString: string): Db {
  return openNodePg(connectionString);
}

function openNodePg(connectionString: string): Db {
  const timeouts = timeoutsFromEnv();
  const pool = new pg.Pool(poolConfig(connectionString, timeouts));
  guardReleases(pool);
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  const db = drizzleNodePg({ client: pool, schema });
  return register(db as unknown as Db, {
    kind: 'node-postgres',
    close: () => pool.end(),
    migrate: async () => {
      // A connection of its own, without the page-sized statement timeouts: waiting for another
      // instance's migration (the advisory lock) or a long ALTER is expected here.
      const client = new pg.Client(migrationClientConfig(connectionString, timeouts));
      await client.connect();
      await withMigrationLock(
        { query: (text) => client.query(text), release: () => void client.end().catch(() => {}) },
        () => migrateNodePg(drizzleNodePg({ client }), { migrationsFolder }),
      );
    },
  });
}

function openVercel(): Db {
  if (!vercel) throw new Error('POSTGRES_URL was set after db/client.ts was loaded: set it before the process starts');
  const { drizzle: drizzleVercel, migrate: migrateVercel, sql: vercelSql } = vercel;
  const db = drizzleVercel({ client: vercelSql, schema });
  return register(db as unknown as Db, {
    kind: 'vercel-postgres',
    close: async () => {},
    migrate: async () => {
      const client = await vercelSql.connect();
      await withMigrationLock(client, () => migrateVercel(drizzleVercel({ client }), { migrationsFolder }));
    },
  });
}

/** Which driver `getDb()` uses with the current environment. */
export function driverKindFromEnv(env: NodeJS.ProcessEnv = process.env): DriverKind {
  if (env.POSTGRES_URL) return 'vercel-postgres';
  if (env.DATABASE_URL) return 'node-postgres';
  return 'pglite';
}

/** The PGlite folder the environment selects: CITED_DATA_DIR, or .data/pglite. */
export function pgliteDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.CITED_DATA_DIR ?? '.data/pglite');
}

// Kept on globalThis so that Next's dev server reloading this module does not open PGlite twice
// (PGlite is single-process: a second handle on one data directory corrupts it).
const cache = globalThis as typeof globalThis & { __citedDb?: Db };

/** The application's database, opened once per process. */
export function getDb(): Db {
  if (cache.__citedDb) return cache.__citedDb;
  const kind = driverKindFromEnv();
  const db =
    kind === 'vercel-postgres'
      ? openVercel()
      : kind === 'node-postgres'
        ? openNodePg(process.env.DATABASE_URL as string)
        : openPglite(pgliteDataDir());
  cache.__citedDb = db;
  return db;
}

const migrating = new WeakMap<Db, Promise<void>>();

/** Applies `db/migrations` with the migrator that matches the driver; applying twice is a no-op. */
export async function migrate(db: Db): Promise<void> {
  const driver = drivers.get(db);
  if (!driver) throw new Error('migrate(): this Db was not created by db/client.ts');
  // Calls on one Db run one after another (the advisory lock covers other processes).
  const run = (migrating.get(db) ?? Promise.resolve()).catch(() => {}).then(() => driver.migrate());
  migrating.set(db, run);
  await run;
}

/** Closes the pool or PGlite behind a Db (scripts call it before exiting). */
export async function closeDb(db: Db): Promise<void> {
  await drivers.get(db)?.close();
  if (cache.__citedDb === db) cache.__citedDb = undefined;
}

export interface TestDb {
  db: Db;
  kind: DriverKind;
  /** The throwaway database's URL on a real server (undefined for PGlite). */
  url?: string;
  /** Closes the connection and drops the throwaway database. */
  close: () => Promise<void>;
}

/**
 * A fresh, isolated database for one test file: PGlite in memory, or, when DATABASE_URL is set,
 * a uniquely named database on that server that `close()` drops, so runs never see each other's rows.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  let result: TestDb;
  if (url) {
    const name = `cited_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const db = openNodePg(testUrl.toString());
    result = {
      db,
      kind: 'node-postgres',
      url: testUrl.toString(),
      close: async () => {
        await closeDb(db);
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } else {
    const db = openPglite();
    result = { db, kind: 'pglite', close: () => closeDb(db) };
  }
  if (options.migrate !== false) await migrate(result.db);
  return result;
}
