import { revalidatePath } from 'next/cache';
import { invalidateSharedLibrary, refreshSharedArticleSlugs } from '@/app/_lib/shared-library';
import { NextResponse } from 'next/server';
import { driverKindFromEnv, getDb, pgliteDataDir } from '@/db/client';
import { importAndRecord } from '@/db/bootstrap';
import { heldDataLock } from '@/db/data-lock';
import { writeLocalState } from '@/db/start-server';
import type { ImportReport } from '@/db/import-content';
import { databaseUnavailableResponse } from '@/app/_lib/route-errors';

export const dynamic = 'force-dynamic';

// One import at a time in this process; a second request waits for the first and then runs.
const queue = globalThis as typeof globalThis & { __citedImportQueue?: Promise<unknown> };

/**
 * `npm run content:import` while this server owns the PGlite folder: the import runs here, in the one
 * process allowed to open the files. Only a caller holding the token from the lock file (mode 0600,
 * beside the data) gets past the 404: that is, someone who can read the data folder anyway.
 */
export async function POST(request: Request) {
  const lock = driverKindFromEnv() === 'pglite' ? heldDataLock(pgliteDataDir()) : undefined;
  const token = /^Bearer ([\w-]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!lock || !token || !lock.acceptsToken(token)) return new NextResponse(null, { status: 404 });
  const run = (queue.__citedImportQueue ?? Promise.resolve()).catch(() => {}).then(() => importAndRecord(getDb()));
  queue.__citedImportQueue = run;
  let report: ImportReport;
  try {
    report = await run;
  } catch (error) {
    return databaseUnavailableResponse(error);
  }
  if (!report.error) await writeLocalState();
  invalidateSharedLibrary();
  revalidatePath('/', 'layout');
  // A failed refresh keeps the old list: an article missing from it is drawn per request, as before.
  await refreshSharedArticleSlugs(getDb()).catch(() => {});
  return NextResponse.json({ via: { pid: process.pid }, ...report });
}
