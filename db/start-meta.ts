/**
 * Start-up bookkeeping in `app_settings` (`meta.*` keys): what the database was last brought up to, so a
 * restart with nothing changed skips the migrations, the import and the demo accounts.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { like, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { appSettings } from '@/db/schema';

export const META = {
  migrations: 'meta.migrationsHash',
  content: 'meta.contentHash',
  demoAccounts: 'meta.demoAccounts',
} as const;

export type StartMeta = Partial<Record<(typeof META)[keyof typeof META], unknown>>;

/** The recorded `meta.*` values; empty on a database without the table yet (a fresh folder). */
export async function unsafeReadStartMeta(db: Db): Promise<StartMeta> {
  // unsafe: start-up bookkeeping, read before anyone is signed in.
  try {
    const rows = await db.select({ key: appSettings.key, value: appSettings.value }).from(appSettings).where(like(appSettings.key, 'meta.%'));
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } catch (error) {
    // 42P01: relation does not exist. Anything else (an outage) must stop the start.
    if ((error as { code?: string }).code === '42P01') return {};
    throw error;
  }
}

export async function unsafeWriteStartMeta(db: Db, key: (typeof META)[keyof typeof META], value: unknown): Promise<void> {
  // unsafe: start-up bookkeeping, written by the server or a command-line script.
  await db
    .insert(appSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: sql`excluded.value`, updatedAt: sql`now()` } });
}

/** sha256 over the names and bytes of every file, sorted by name: equal folders hash equal. */
export async function hashFiles(files: { name: string; file: string }[], extra: string[] = []): Promise<string> {
  const hash = createHash('sha256');
  for (const { name, file } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const bytes = await readFile(/*turbopackIgnore: true*/ file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  for (const part of extra) hash.update(`\0${part}`);
  return hash.digest('hex');
}

/** The fingerprint of db/migrations: every SQL file and the journal. */
export async function migrationsFingerprint(migrationsFolder: string): Promise<string> {
  const names = (await readdir(/*turbopackIgnore: true*/ migrationsFolder)).filter((n) => n.endsWith('.sql'));
  return hashFiles([...names, 'meta/_journal.json'].map((name) => ({ name, file: path.join(/*turbopackIgnore: true*/ migrationsFolder, name) })));
}

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content', 'articles');

/** Bump when the import itself changes what it writes, so that every database re-imports once. */
const IMPORT_VERSION = 'import-2: front matter checked, removed files retired';

/**
 * A fingerprint of everything the import reads: the article files, people.json, the import's version
 * and the build (a new build may extract and generate differently). Equal fingerprints, equal import.
 * Here rather than in db/import-content.ts so that a start with nothing to import does not load the
 * extraction and generation code to find that out.
 */
export async function contentFingerprint(contentDir = DEFAULT_CONTENT_DIR): Promise<string> {
  const names = (await readdir(/*turbopackIgnore: true*/ contentDir)).filter((n) => n.endsWith('.md'));
  const files = names.map((name) => ({ name: `articles/${name}`, file: path.join(/*turbopackIgnore: true*/ contentDir, name) }));
  files.push({ name: 'people.json', file: path.join(/*turbopackIgnore: true*/ contentDir, '..', 'people.json') });
  const buildId = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'BUILD_ID'), 'utf8').catch(() => 'no build');
  return hashFiles(files, [IMPORT_VERSION, buildId.trim()]);
}

/** What a start compares with the records: taken once per start and handed to everything that needs it. */
export interface Fingerprints {
  migrations: string;
  content: string;
}

export async function currentFingerprints(migrationsFolder: string, contentDir?: string): Promise<Fingerprints> {
  const [migrations, content] = await Promise.all([migrationsFingerprint(migrationsFolder), contentFingerprint(contentDir)]);
  return { migrations, content };
}
