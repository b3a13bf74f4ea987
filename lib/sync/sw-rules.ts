/**
 * What the service worker (`sw/sw.ts`) does with each request, kept here as pure functions so they are
 * tested like the rest of lib/. Pages a student studies on are kept per user and deleted when the user
 * changes; the built JavaScript, CSS, fonts and icons are the same for everyone.
 */
export const PAGE_CACHE = 'cited-pages-v1';
export const STATIC_CACHE_PREFIX = 'cited-static-';

/** The pages that open offline: home, the flashcards and a quiz attempt (by its id). */
const OFFLINE_PAGES = [/^\/$/, /^\/flashcards$/, /^\/quiz\/[0-9a-f-]{36}$/];
/** Quiz pages kept at most (the most recent): an attempt in progress is one you opened lately. */
export const MAX_QUIZ_PAGES = 12;

export type RequestRule = 'static' | 'page' | 'navigation' | 'none';

/**
 * How the worker answers a request: `static` from the cache first (built files never change under one
 * name), `page` from the network with the saved copy as the fallback, `navigation` from the network with
 * an offline notice as the fallback, `none` not at all (API calls, other sites, non-GET).
 *
 * @example
 * requestRule({ method: 'GET', url: 'https://cited.test/flashcards', mode: 'navigate' }, 'https://cited.test') // 'page'
 */
export function requestRule(request: { method: string; url: string; mode?: string }, origin: string): RequestRule {
  if (request.method !== 'GET') return 'none';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'none';
  if (url.pathname.startsWith('/_next/static/') || /^\/(icons\/[\w-]+\.png|icon\.png|apple-icon\.png|favicon\.ico|manifest\.webmanifest)$/.test(url.pathname)) return 'static';
  if (request.mode !== 'navigate' || url.pathname.startsWith('/api/')) return 'none';
  return isOfflinePage(url.pathname) ? 'page' : 'navigation';
}

export function isOfflinePage(pathname: string): boolean {
  return OFFLINE_PAGES.some((pattern) => pattern.test(pathname));
}

/**
 * The built files a saved page needs to run: the scripts, styles and fonts its HTML names, including the
 * chunks named inside the React Server Components payload (as `static/chunks/…` or `/_next/static/…`).
 * Legacy-browser polyfills (`<script noModule>`) are left out: a browser with service workers skips them.
 *
 * @example
 * assetUrlsIn('<script src="/_next/static/chunks/a.js">') // ['/_next/static/chunks/a.js']
 */
export function assetUrlsIn(html: string): string[] {
  const legacy = new Set<string>();
  for (const tag of html.matchAll(/<script\b[^>]*\bnomodule\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(tag[0])?.[1];
    if (src) legacy.add(new URL(src, 'https://x').pathname);
  }
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:\/_next\/)?(static\/(?:chunks|css|media)\/[\w\-./~%@]+?\.(?:js|css|woff2?|png|svg))/g)) {
    const url = `/_next/${match[1]}`;
    if (!legacy.has(url)) found.add(url);
  }
  return [...found];
}

/** Query strings carry nothing a saved page depends on; one copy per path. */
export function pageCacheKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * The built files a page may load after it started (its `import()`s), which neither its HTML nor the
 * files it loaded first name as it opens: every chunk named inside `first` (the page's first-load files),
 * and inside those, and so on, that is not one of `first`. `read` gives a built file's text ('' if none).
 * The service worker keeps them, so a page saved for offline use can load them offline.
 *
 * @example
 * lazyChunks(['/_next/static/chunks/a.js'], (url) => files[url] ?? '') // ['/_next/static/chunks/lazy.js']
 */
export function lazyChunks(first: readonly string[], read: (url: string) => string): string[] {
  const seen = new Set(first);
  const lazy: string[] = [];
  const queue = [...first];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const named of assetUrlsIn(read(url))) {
      if (seen.has(named) || !named.endsWith('.js')) continue;
      seen.add(named);
      lazy.push(named);
      queue.push(named);
    }
  }
  return lazy.sort();
}
