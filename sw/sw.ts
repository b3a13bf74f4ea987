/**
 * Cited's service worker, built by scripts/build-sw.ts into public/sw.js after `next build`.
 * Built files come from the cache first; the pages a student studies on (home, flashcards, a quiz) come
 * from the network and, when it fails, from the copy saved at the last visit. Writes are never handled
 * here: the page keeps them in IndexedDB and syncs them itself (components/offline/sync-engine.ts).
 */
import { MAX_QUIZ_PAGES, PAGE_CACHE, STATIC_CACHE_PREFIX, assetUrlsIn, isOfflinePage, pageCacheKey, requestRule } from '../lib/sync/sw-rules';

// The worker's own globals, declared here because the project's TypeScript lib is the DOM's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
}
declare const self: {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
};
declare const __CITED_BUILD__: string;
/** The chunks the offline pages import after they open (scripts/build-sw.ts): no saved page names them. */
declare const __CITED_PRECACHE__: readonly string[];

const STATIC_CACHE = `${STATIC_CACHE_PREFIX}${__CITED_BUILD__}`;
// A school network that hangs is worse than one that fails: after this long, the saved page is shown.
const NETWORK_TIMEOUT_MS = 10_000;

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([self.skipWaiting(), cacheStatic(__CITED_PRECACHE__)]));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Pages saved by an older build name its chunks, which go with it: they are saved again on the next visit.
      const names = await caches.keys();
      const older = names.filter((name) => (name.startsWith(STATIC_CACHE_PREFIX) && name !== STATIC_CACHE) || (name.startsWith('cited-pages') && name !== PAGE_CACHE));
      for (const name of older) await caches.delete(name);
      if (older.length) await caches.delete(PAGE_CACHE);
      await self.clients.claim();
    })(),
  );
});

async function cacheStatic(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(STATIC_CACHE);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or gone: the next visit tries again.
      }
    }),
  );
}

/**
 * Bumped when the device forgets its user (sign-out): a page fetched before then, as that user, and
 * arriving after, is not saved. Otherwise a copy being warmed while the student signs out would outlive
 * the sign-out's clean-up.
 */
let generation = 0;

/** Saves a page and the built files it names; a quiz page pushes out the oldest quiz page beyond the limit. */
async function savePage(url: string, response: Response, fetchedIn: number): Promise<void> {
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || response.redirected || !type.includes('text/html') || fetchedIn !== generation) return;
  const html = await response.clone().text();
  const cache = await caches.open(PAGE_CACHE);
  const key = pageCacheKey(url);
  await cache.delete(key);
  if (fetchedIn !== generation) return;
  await cache.put(key, response);
  const quizPages = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/quiz/'));
  for (const old of quizPages.slice(0, Math.max(0, quizPages.length - MAX_QUIZ_PAGES))) await cache.delete(old);
  await cacheStatic(assetUrlsIn(html));
}

function offlineNotice(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Cited</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:0 auto;padding:1.5rem;line-height:1.5;color:#1c1917">
<h1 style="font-size:1.5rem">You’re offline</h1><p>This page needs a connection. Your flashcards work offline, and what you do there is saved on this device until you’re back online.</p>
<p><a href="/flashcards" style="display:inline-block;min-height:44px;line-height:44px;padding:0 1.25rem;border-radius:9999px;background:#6a35f5;color:#fff;font-weight:600;text-decoration:none">Open flashcards</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function withTimeout(promise: Promise<Response>, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * The network's page; when it fails (or, for a page with a saved copy, when it hangs), the saved copy;
 * without one, the network after all, or the offline notice. A slow page without a copy is waited for:
 * only a failed request may say "offline".
 */
async function fromNetworkOrSaved(event: FetchEvent, save: boolean): Promise<Response> {
  const fetchedIn = generation;
  const network = fetch(event.request);
  if (save) event.waitUntil(network.then((response) => savePage(event.request.url, response.clone(), fetchedIn)).catch(() => undefined));
  try {
    return await (save ? withTimeout(network, NETWORK_TIMEOUT_MS) : network);
  } catch {
    const saved = save ? await caches.match(pageCacheKey(event.request.url), { cacheName: PAGE_CACHE }) : undefined;
    if (saved) return saved;
    return network.catch(() => offlineNotice());
  }
}

async function fromCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(STATIC_CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const rule = requestRule(event.request, self.location.origin);
  if (rule === 'static') event.respondWith(fromCacheFirst(event.request));
  else if (rule === 'page') event.respondWith(fromNetworkOrSaved(event, true));
  else if (rule === 'navigation') event.respondWith(fromNetworkOrSaved(event, false));
});

/**
 * `{ type: 'warm', pages, assets }` from a signed-in page: save these pages (fetched now, as this user)
 * and the built files already loaded, which were fetched before this worker was in control.
 */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; pages?: unknown; assets?: unknown } | null;
  if (data?.type === 'forget') {
    generation += 1;
    event.waitUntil(caches.delete(PAGE_CACHE).then(() => undefined));
    return;
  }
  if (data?.type !== 'warm') return;
  const fetchedIn = generation;
  // Only the study pages are ever saved, whatever a page asks for.
  const pages = Array.isArray(data.pages) ? data.pages.filter((p): p is string => typeof p === 'string' && isOfflinePage(p)) : [];
  const assets = Array.isArray(data.assets) ? data.assets.filter((a): a is string => typeof a === 'string') : [];
  event.waitUntil(
    (async () => {
      // The precache again: an install that ran offline, or a cache the browser evicted, is filled here.
      await cacheStatic([...__CITED_PRECACHE__, ...assets.filter((a) => requestRule({ method: 'GET', url: new URL(a, self.location.origin).href }, self.location.origin) === 'static')]);
      for (const page of pages.slice(0, 4)) {
        try {
          const url = new URL(page, self.location.origin).href;
          await savePage(url, await fetch(url, { credentials: 'same-origin' }), fetchedIn);
        } catch {
          // Offline: nothing to save now.
        }
      }
    })(),
  );
});
