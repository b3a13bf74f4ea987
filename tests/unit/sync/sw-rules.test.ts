import { describe, expect, it } from 'vitest';
import { assetUrlsIn, isOfflinePage, lazyChunks, pageCacheKey, requestRule } from '@/lib/sync/sw-rules';

const origin = 'https://cited.test';
const get = (path: string, mode = 'no-cors') => ({ method: 'GET', url: `${origin}${path}`, mode });

describe('requestRule', () => {
  it('serves built files and icons from the cache first', () => {
    expect(requestRule(get('/_next/static/chunks/app-123.js'), origin)).toBe('static');
    expect(requestRule(get('/icons/icon-192.png'), origin)).toBe('static');
    expect(requestRule(get('/manifest.webmanifest'), origin)).toBe('static');
  });

  it('keeps a copy of the study pages, and only of those', () => {
    expect(requestRule(get('/flashcards', 'navigate'), origin)).toBe('page');
    expect(requestRule(get('/', 'navigate'), origin)).toBe('page');
    expect(requestRule(get('/quiz/3b241101-e2bb-4255-8caf-4136c566a962', 'navigate'), origin)).toBe('page');
    expect(requestRule(get('/classes/3b241101-e2bb-4255-8caf-4136c566a962/results', 'navigate'), origin)).toBe('navigation');
    expect(requestRule(get('/account/data/export', 'navigate'), origin)).toBe('navigation');
  });

  it('never touches writes, API calls, data requests or other sites', () => {
    expect(requestRule({ method: 'POST', url: `${origin}/api/reviews`, mode: 'cors' }, origin)).toBe('none');
    expect(requestRule(get('/api/reviews'), origin)).toBe('none');
    expect(requestRule(get('/flashcards?_rsc=abc'), origin)).toBe('none');
    expect(requestRule({ method: 'GET', url: 'https://elsewhere.example/_next/static/x.js' }, origin)).toBe('none');
  });

  it('knows the offline pages by path', () => {
    expect(isOfflinePage('/quiz/not-an-id')).toBe(false);
    expect(isOfflinePage('/flashcards/extra')).toBe(false);
  });
});

describe('assetUrlsIn', () => {
  it('finds the scripts, styles and fonts a page names, including chunks named in the RSC payload, but not legacy polyfills', () => {
    const html = `<link rel="stylesheet" href="/_next/static/css/a1b2.css"/><script src="/_next/static/chunks/main-9f.js" async></script>
      <script>self.__next_f.push([1,"3:I[\\"static/chunks/app/flashcards/page-77.js\\",\\"default\\"]"])</script>
      <link rel="preload" href="/_next/static/media/font.p.woff2" as="font"/><script src="/_next/static/chunks/main-9f.js"></script>
      <script src="/_next/static/chunks/polyfills-0c.js" noModule=""></script>`;
    expect(assetUrlsIn(html).sort()).toEqual(['/_next/static/chunks/app/flashcards/page-77.js', '/_next/static/chunks/main-9f.js', '/_next/static/css/a1b2.css', '/_next/static/media/font.p.woff2']);
  });
});

describe('pageCacheKey', () => {
  it('keeps one copy per page whatever the query string', () => {
    expect(pageCacheKey(`${origin}/flashcards?from=home`)).toBe(`${origin}/flashcards`);
  });
});

describe('lazyChunks', () => {
  it('finds the chunks a page imports later, and the chunks those import, once each', () => {
    const files: Record<string, string> = {
      '/_next/static/chunks/page.js': 'e.v(s=>Promise.all(["static/chunks/fsrs.js"].map(s=>e.l(s))))',
      '/_next/static/chunks/main.js': '"static/chunks/page.js"',
      '/_next/static/chunks/fsrs.js': 'Promise.all(["static/chunks/deep.js","static/chunks/page.js"])',
      '/_next/static/chunks/deep.js': '"static/chunks/fsrs.js" "static/css/x.css"',
    };
    expect(lazyChunks(['/_next/static/chunks/page.js', '/_next/static/chunks/main.js'], (url) => files[url] ?? '')).toEqual(['/_next/static/chunks/deep.js', '/_next/static/chunks/fsrs.js']);
    expect(lazyChunks(['/_next/static/chunks/main.js'], () => '')).toEqual([]);
  });
});
