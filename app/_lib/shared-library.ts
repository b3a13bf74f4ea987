import 'server-only';

/**
 * The library's shared data (the article list, an article with its facts), loaded once and served to every
 * reader who sees the same library. Callers key it by `libraryAudienceKey` (db/queries/visibility.ts), so a
 * student never gets a list built for a class they are not in. Pages cache data here, never the page: the
 * shell is rendered per request (it carries the CSP nonce and the caller's own parts).
 *
 * Dropped at once by `invalidateSharedLibrary()` (the import route, a teacher's upload and its job, all in
 * this process) and after TTL_MS in any case, for an import run by another process (`npm run content:import`
 * against PostgreSQL while the server runs).
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 400;

interface Store {
  generation: number;
  entries: Map<string, { at: number; generation: number; value: Promise<unknown> }>;
}

// On globalThis: Next bundles route handlers and pages apart, and they must share one store.
const holder = globalThis as typeof globalThis & { __citedSharedLibrary?: Store };
const store: Store = (holder.__citedSharedLibrary ??= { generation: 0, entries: new Map() });

export function invalidateSharedLibrary(): void {
  store.generation += 1;
  store.entries.clear();
}

export function sharedLibraryData<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = store.entries.get(key);
  if (hit && hit.generation === store.generation && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  if (store.entries.size >= MAX_ENTRIES) store.entries.clear();
  const generation = store.generation;
  const value = load();
  store.entries.set(key, { at: now, generation, value });
  // A failed load (an outage) is not remembered.
  value.catch(() => {
    if (store.entries.get(key)?.value === value) store.entries.delete(key);
  });
  return value;
}
