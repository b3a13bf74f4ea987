/** The database a fault scenario runs against: a fresh PGlite folder, or a fresh database on the throwaway PostgreSQL. */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { closeDb, connectPglite, connectPostgres, type Db } from '@/db/client';
import { throwawayFor, type Throwaway } from './postgres';

export interface Target {
  kind: 'pglite' | 'postgres';
  database: { url: string } | { dataDir: string };
  /** Opens the database from this process: on PGlite only while no server holds the folder. */
  open: () => Db;
  close: (db: Db) => Promise<void>;
  /** The throwaway cluster, when the scenario may kill or freeze it. */
  pg?: Throwaway;
  remove: () => Promise<void>;
}

export function pgliteTarget(name: string): Target {
  const dataDir = path.join(process.cwd(), '.data', 'faults', `${name}-${Date.now().toString(36)}`, 'pglite');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  return {
    kind: 'pglite',
    database: { dataDir },
    open: () => connectPglite(dataDir),
    close: (db) => closeDb(db),
    remove: async () => rmSync(path.dirname(dataDir), { recursive: true, force: true }),
  };
}

/** A new database on the server of DATABASE_URL, dropped by remove(); `pg` is set only for the throwaway cluster. */
export async function postgresTarget(name: string): Promise<Target> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  const database = `cited_fault_${name.replace(/\W/g, '_')}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`).finally(() => admin.end());
  const url = new URL(base);
  url.pathname = `/${database}`;
  const throwaway = throwawayFor(base);
  return {
    kind: 'postgres',
    database: { url: url.toString() },
    open: () => connectPostgres(url.toString()),
    close: (db) => closeDb(db),
    pg: typeof throwaway === 'string' ? undefined : throwaway,
    remove: async () => {
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => dropper.end());
    },
  };
}

/** Why PostgreSQL faults cannot run here, or null when they can. */
export function postgresFaultsUnavailable(): string | null {
  if (!process.env.DATABASE_URL) return 'DATABASE_URL is not set';
  const throwaway = throwawayFor(process.env.DATABASE_URL);
  return typeof throwaway === 'string' ? throwaway : null;
}
