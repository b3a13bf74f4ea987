import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedEvent } from '@/lib/sync/events';
import { PAGE_CACHE } from '@/lib/sync/sw-rules';

/**
 * The device's own store (IndexedDB through `idb`): the events waiting for the server, and whose they
 * are. Nothing here is ever shown to another user: when the signed-in user changes, it is emptied.
 */
interface OfflineDb extends DBSchema {
  events: { key: string; value: QueuedEvent };
  meta: { key: string; value: { key: string; value: string } };
}

const DB_NAME = 'cited-offline';
// Synced events stay a few days, so a page saved before they synced still shows them as done.
const KEEP_SYNCED_MS = 3 * 86_400_000;

let opening: Promise<IDBPDatabase<OfflineDb>> | null = null;

function db(): Promise<IDBPDatabase<OfflineDb>> {
  opening ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('events', { keyPath: 'key' });
      database.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return opening;
}

let lastSeq = 0;
/** Device order for new events: time-based, strictly increasing within this page. */
export function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

export async function allEvents(): Promise<QueuedEvent[]> {
  return (await db()).getAll('events');
}

export async function putEvent(event: QueuedEvent): Promise<void> {
  await (await db()).put('events', event);
}

export async function getEvent(key: string): Promise<QueuedEvent | undefined> {
  return (await db()).get('events', key);
}

export async function deleteEvent(key: string): Promise<void> {
  await (await db()).delete('events', key);
}

/** Writes the server's verdicts on a batch in one transaction. */
export async function updateEvents(changes: { key: string; apply: (e: QueuedEvent) => QueuedEvent }[]): Promise<void> {
  const tx = (await db()).transaction('events', 'readwrite');
  for (const { key, apply } of changes) {
    const current = await tx.store.get(key);
    if (current) await tx.store.put(apply(current));
  }
  await tx.done;
}

/** Forgets synced events older than a few days; pending and refused ones stay until dealt with. */
export async function pruneSynced(now: number): Promise<void> {
  const tx = (await db()).transaction('events', 'readwrite');
  for (const event of await tx.store.getAll()) {
    if (event.status === 'synced' && now - (event.settledAt ?? event.createdAt) > KEEP_SYNCED_MS) await tx.store.delete(event.key);
  }
  await tx.done;
}

export async function getOwner(): Promise<string | null> {
  return (await (await db()).get('meta', 'owner'))?.value ?? null;
}

export async function setOwner(userId: string): Promise<void> {
  await (await db()).put('meta', { key: 'owner', value: userId });
}

/** Empties the queue and the saved pages: at sign-out, and when another user signs in on this device. */
export async function clearLocalData(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['events', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('events').clear(), tx.objectStore('meta').clear(), tx.done]);
  // The worker may be saving a page for this user right now: it drops what it fetched before this.
  navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
  if ('caches' in window) await caches.delete(PAGE_CACHE);
}
