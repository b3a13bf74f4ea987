/**
 * Data every request of a process shares and that changes only at import (the library list, an article
 * with its facts, the names typed answers are checked against): loaded once per key, reused for a short
 * while, and dropped at once by `invalidateSharedData()` (the import route, a teacher's upload and its job,
 * all in this process). The time limit covers an import run by another process (`npm run content:import`
 * against PostgreSQL while the server runs).
 */
const DEFAULT_TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;

interface Store {
  generation: number;
  entries: Map<string, { at: number; generation: number; value: Promise<unknown> }>;
}

// On globalThis: Next bundles route handlers and pages apart, and they must share one store.
const holder = globalThis as typeof globalThis & { __citedSharedData?: Store };
const store: Store = (holder.__citedSharedData ??= { generation: 0, entries: new Map() });

export function invalidateSharedData(): void {
  store.generation += 1;
  store.entries.clear();
}

/** The value under `key`, loaded by `load` when missing or older than `ttlMs`; concurrent misses share one load. */
export function sharedData<T>(key: string, load: () => Promise<T>, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  const now = Date.now();
  const hit = store.entries.get(key);
  if (hit && hit.generation === store.generation && now - hit.at < ttlMs) return hit.value as Promise<T>;
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
