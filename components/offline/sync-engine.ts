import { backoffDelay } from '@/lib/sync/backoff';
import { nextBatch, pendingCounts, type QueuedEvent, type Stream } from '@/lib/sync/events';
import { settleBatch, type SyncResponse } from '@/lib/sync/settle';
import { allEvents, deleteEvent, getEvent, nextSeq, putEvent, updateEvents } from './offline-store';

/**
 * Sends what this device queued (reviews and undos, quiz answers) to the server, oldest first, a batch
 * at a time. A batch whose request fails, or whose answer is lost, is sent again after a growing, jittered
 * wait: the server keeps each id once and answers with the ids it holds, so repeating is harmless. What
 * the server refuses is kept, with its reason, for the student to see.
 */
export interface SyncState {
  online: boolean;
  pending: { reviews: number; answers: number };
  refused: QueuedEvent[];
  /** The session ended: the queue waits until the student signs in again. */
  signedOut: boolean;
  lastError: string | null;
  retryAt: number | null;
  /** Bumped on every change to the queue, so screens re-read what they show from it. */
  version: number;
}

const BATCH_SIZE = 10;
const STREAMS: Stream[] = ['reviews', 'answers'];

let state: SyncState = { online: true, pending: { reviews: 0, answers: 0 }, refused: [], signedOut: false, lastError: null, retryAt: null, version: 0 };
const listeners = new Set<() => void>();
const inFlight = new Set<string>();
const waiters = new Map<string, ((event: QueuedEvent | null) => void)[]>();
const batchSize: Record<Stream, number> = { reviews: BATCH_SIZE, answers: BATCH_SIZE };
let failures = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let again = false;
let channel: BroadcastChannel | null = null;
// Nothing is sent until the queue is known to be the signed-in user's (see OfflineSupport).
let isOwnerChecked = false;

/** The queue now belongs to the signed-in user: syncing may start. */
export function ownerChecked(): void {
  isOwnerChecked = true;
}

// Every emit re-renders each screen that reads the state (the sync line on every signed-in page): one that
// changes nothing (the page's first refresh of an empty queue, "online" again while online) is dropped.
function emit(partial: Partial<SyncState>) {
  const changed = (Object.keys(partial) as (keyof SyncState)[]).some((key) => !sameValue(state[key], partial[key]));
  if (!changed) return;
  state = { ...state, ...partial };
  for (const listener of listeners) listener();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}

// What the queue holds, as far as a screen shows it: `version` moves only when this does.
let queueSignature = '';
const signatureOf = (events: readonly QueuedEvent[]) => events.map((e) => `${e.key}:${e.status}:${e.settledAt ?? ''}`).sort().join('|');

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSyncState(): SyncState {
  return state;
}

const SERVER_STATE: SyncState = state;
export function getServerSyncState(): SyncState {
  return SERVER_STATE;
}

/** Re-reads the queue's counts (after a change here or in another tab). */
export async function refresh(): Promise<void> {
  const events = await allEvents();
  const signature = signatureOf(events);
  if (signature === queueSignature) return emit({ online: navigator.onLine });
  queueSignature = signature;
  emit({ pending: pendingCounts(events), refused: events.filter((e) => e.status === 'refused').sort((a, b) => a.seq - b.seq), version: state.version + 1, online: navigator.onLine });
}

function announce() {
  channel?.postMessage('changed');
}

export function listenToOtherTabs(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  channel = new BroadcastChannel('cited-sync');
  channel.onmessage = () => void refresh();
  return () => {
    channel?.close();
    channel = null;
  };
}

/** Keeps an event on this device, then tries to send it. */
export async function enqueue(event: Pick<QueuedEvent, 'key' | 'stream' | 'body' | 'label'>): Promise<void> {
  await putEvent({ ...event, seq: nextSeq(), status: 'pending', createdAt: Date.now() } as QueuedEvent);
  await refresh();
  announce();
  requestSync(0);
}

/**
 * Takes back an event the server has not seen: true when it was still waiting here and is now gone;
 * false when it is on its way or already held (an undo must then be sent instead).
 */
export async function withdraw(key: string): Promise<boolean> {
  if (inFlight.has(key)) return false;
  const event = await getEvent(key);
  if (!event || event.status !== 'pending') return false;
  await deleteEvent(key);
  await refresh();
  announce();
  // A sync may have picked it up meanwhile: then it is on its way after all.
  return !inFlight.has(key);
}

/** Resolves with the event once the server has answered for it, or null after `ms`. */
export function waitForSettled(key: string, ms: number): Promise<QueuedEvent | null> {
  return new Promise((resolve) => {
    const list = waiters.get(key) ?? [];
    const timeout = setTimeout(() => resolve(null), ms);
    list.push((event) => {
      clearTimeout(timeout);
      resolve(event);
    });
    waiters.set(key, list);
  });
}

/** Asks for a sync after `delayMs` (now by default); a sooner request replaces a later one. */
export function requestSync(delayMs = 0): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void runSync();
  }, delayMs);
}

/** The connection came back (or the page was opened): try now, not after the last wait. */
export function connectionReturned(): void {
  failures = 0;
  emit({ online: navigator.onLine, retryAt: null });
  requestSync(0);
}

export function connectionLost(): void {
  emit({ online: false });
}

async function post(stream: Stream, batch: QueuedEvent[]): Promise<SyncResponse> {
  const url = stream === 'reviews' ? '/api/reviews' : '/api/answers';
  const payload = stream === 'reviews' ? { events: batch.map((e) => e.body) } : { answers: batch.map((e) => e.body) };
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload), redirect: 'manual', cache: 'no-store' });
    if (response.type === 'opaqueredirect') return { kind: 'http', status: 0, body: null, redirected: true };
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // A body cut off on the way is a lost answer: send the batch again.
      if (response.ok) return { kind: 'network' };
    }
    return { kind: 'http', status: response.status, body };
  } catch {
    return { kind: 'network' };
  }
}

function settleWaiters(keys: readonly string[], events: readonly QueuedEvent[]) {
  for (const key of keys) {
    const list = waiters.get(key);
    if (!list) continue;
    waiters.delete(key);
    const event = events.find((e) => e.key === key) ?? null;
    for (const resolve of list) resolve(event);
  }
}

/** Sends one stream's pending events, batch after batch. False when it had to stop (offline, signed out). */
async function drain(stream: Stream): Promise<boolean> {
  for (;;) {
    const batch = nextBatch(await allEvents(), stream, batchSize[stream]);
    if (batch.length === 0) return true;
    for (const e of batch) inFlight.add(e.key);
    const response = await post(stream, batch);
    for (const e of batch) inFlight.delete(e.key);
    const verdict = settleBatch(batch, response);
    if (verdict.kind === 'shrink' && batchSize[stream] > 1) {
      batchSize[stream] = Math.max(1, Math.floor(batchSize[stream] / 2));
      continue;
    }
    if (verdict.kind === 'signed-out') {
      emit({ signedOut: true, lastError: null, retryAt: null });
      return false;
    }
    if (verdict.kind !== 'settled') {
      const delay = backoffDelay(failures++, Math.random());
      emit({ lastError: verdict.kind === 'retry' ? verdict.message : 'Cited could not take these at once.', retryAt: Date.now() + delay, online: navigator.onLine });
      requestSync(delay);
      return false;
    }
    failures = 0;
    const now = Date.now();
    await updateEvents(verdict.settled.map((s) => ({ key: s.key, apply: (e) => ({ ...e, status: s.status, reason: s.reason, settledAt: now, ...(s.outcome ? { outcome: s.outcome } : {}) }) as QueuedEvent })));
    emit({ signedOut: false, lastError: null, retryAt: null });
    const events = await allEvents();
    settleWaiters(verdict.settled.map((s) => s.key), events);
    await refresh();
    announce();
  }
}

async function syncAll(): Promise<void> {
  for (const stream of STREAMS) if (!(await drain(stream))) return;
}

/** One sync at a time in this tab, and (where the browser has Web Locks) across tabs. */
async function runSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    if (!isOwnerChecked) return;
    if (!navigator.onLine) return emit({ online: false });
    if (navigator.locks) await navigator.locks.request('cited-sync', () => syncAll());
    else await syncAll();
  })().finally(() => {
    running = null;
    if (again) {
      again = false;
      requestSync(0);
    }
  });
  return running;
}

/** Forgets the refusals the student has read. */
export async function dismissRefused(): Promise<void> {
  const events = await allEvents();
  for (const e of events) if (e.status === 'refused') await deleteEvent(e.key);
  await refresh();
  announce();
}
