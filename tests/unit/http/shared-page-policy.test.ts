import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWithScriptHashes } from '@/app/_lib/shared-page-policy';
import { inlineScriptHashes } from '@/lib/http/inline-scripts';
import { hashedPageContentSecurityPolicy } from '@/lib/http/security-headers';
import { isSharedPage, isUnderSharedPage, sharedPageOf } from '@/lib/http/shared-pages';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>',
  '<h1>Article library</h1><script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>',
  '<script nonce="old">self.__next_f.push([1,"caf\u00e9 \\u003c/script>"])</script></body></html>',
];

describe('inlineScriptHashes', () => {
  it('hashes each inline script as a browser does (UTF-8), and not the script files', () => {
    expect(inlineScriptHashes(PAGE.join(''))).toEqual([sha('self.__next_f=self.__next_f||[];self.__next_f.push([0])'), sha('self.__next_f.push([1,"caf\u00e9 \\u003c/script>"])')]);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });
});

describe('hashedPageContentSecurityPolicy', () => {
  it('allows this site\'s script files and the listed inline scripts only: no nonce, no unsafe-inline', () => {
    const policy = hashedPageContentSecurityPolicy({ hashes: ["'sha256-a='", "'sha256-b='"], isDevelopment: false, isHttps: false });
    expect(policy).toContain("script-src 'self' 'sha256-a=' 'sha256-b='; ");
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scripts).toBe("script-src 'self' 'sha256-a=' 'sha256-b='");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(hashedPageContentSecurityPolicy({ hashes: [], isDevelopment: false, isHttps: false })).toContain("script-src 'self'; ");
  });
});

describe('isSharedPage', () => {
  const folder = new Set(['moon-landing', 'budget-vote']);
  const shared = (path: string | undefined) => isSharedPage(path, folder);

  it('matches the library, with or without its query', () => {
    expect(['/library', '/library/', '/library?from=tab'].map(shared)).toEqual([true, true, true]);
    expect(['/', '/library/everyone', '/libraryx', '/sets', undefined].map(shared)).toEqual([false, false, false, false, false]);
  });

  it('matches a folder article without a cited sentence, and sends it to its one rendering', () => {
    expect(['/articles/moon-landing', '/articles/moon-landing/', '/articles/budget-vote?from=/people'].map(shared)).toEqual([true, true, true]);
    expect(sharedPageOf('/articles/moon-landing?x=1', folder)).toBe('/articles/moon-landing/everyone');
    expect(sharedPageOf('/library', folder)).toBe('/library/everyone');
  });

  it('leaves to the per-request page: cited sentences, uploads and unknown slugs, and the pages under an article', () => {
    const perRequest = [
      '/articles/moon-landing?cite=10-40',
      '/articles/moon-landing?from=/quiz&cite=1-2',
      '/articles/someones-upload-x1y2',
      '/articles/new',
      '/articles/moon-landing/questions',
      '/articles/uploads/3f0c',
      '/articles/Moon-Landing',
    ];
    expect(perRequest.map(shared)).toEqual(perRequest.map(() => false));
    // Before the server has learned the library (or without a database), every article is drawn per request.
    expect(isSharedPage('/articles/moon-landing', new Set())).toBe(false);
  });

  it('tells the addresses under a shared page (refused by the proxy) from the pages themselves', () => {
    expect(['/library/everyone', '/library/made-up', '/library/everyone/', '/articles/moon-landing/everyone', '/articles/made-up/everyone/x'].map((p) => isUnderSharedPage(p))).toEqual([true, true, true, true, true]);
    expect(['/library', '/library/', '/library?x=/y', '/librarything', '/articles/x', '/articles/x/questions', '/articles/uploads/everyone2'].map((p) => isUnderSharedPage(p))).toEqual([false, false, false, false, false, false, false]);
  });
});

const TWINS = { a: '<html><body><p>Café</p><script>go(1)</script></body></html>', b: '<html><body><p>Cafe</p><script>go(22)</script></body></html>' };

describe('sendWithScriptHashes', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    // Stands in for Next: headers through setHeader or writeHead, the HTML in several writes.
    server = http.createServer((request, response) => {
      sendWithScriptHashes(request, response);
      if (request.headers['if-none-match'] === '"page-1"') {
        // Next's answer when the stored page is still current: its headers, with the proxy's policy, no body.
        response.setHeader('Content-Security-Policy', "script-src 'self'");
        response.setHeader('Cache-Control', 's-maxage=30, stale-while-revalidate');
        response.statusCode = 304;
        response.end();
        return;
      }
      const twin = /^\/(text|bytes)\/([ab])$/.exec(request.url ?? '');
      if (twin) {
        // Two pages of one byte length, each with its own script: sent as Next sends them (one string) or as bytes.
        const html = TWINS[twin[2] as 'a' | 'b'];
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(twin[1] === 'text' ? html : Buffer.from(html, 'utf8'));
        return;
      }
      if (request.url === '/redirect') {
        response.writeHead(307, { Location: '/signin' });
        response.end();
        return;
      }
      response.setHeader('Content-Security-Policy', "script-src 'self'");
      response.setHeader('Cache-Control', 's-maxage=30, stale-while-revalidate');
      response.setHeader('Vary', 'RSC, Next-Router-State-Tree');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Accept-Encoding-Seen': String(request.headers['accept-encoding'] ?? 'none') });
      for (const part of PAGE.slice(0, -1)) response.write(part);
      response.end(PAGE.at(-1));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('sends the whole page with a policy listing exactly its inline scripts, for no shared cache', async () => {
    const plain = await get('/library');
    expect(plain.status).toBe(200);
    expect(plain.body.toString('utf8')).toBe(PAGE.join(''));
    expect(plain.headers['content-security-policy']).toBe(hashedPageContentSecurityPolicy({ hashes: inlineScriptHashes(PAGE.join('')), isDevelopment: false, isHttps: false }));
    expect(plain.headers['cache-control']).toBe('private, no-cache');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
  });

  it('gzips the page itself when the browser accepts it, so that the hashes are of the plain HTML', async () => {
    const zipped = await get('/library', { 'Accept-Encoding': 'gzip, br' });
    expect(zipped.headers['x-accept-encoding-seen']).toBe('none');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('RSC, Next-Router-State-Tree, Accept-Encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(PAGE.join(''));
    expect(zipped.headers['content-security-policy']).toContain(sha('self.__next_f=self.__next_f||[];self.__next_f.push([0])'));
  });

  it('answers a revisit of the same page (304) without a policy, so the stored page keeps its hashes and runs', async () => {
    const revisit = await get('/library', { 'If-None-Match': '"page-1"' });
    expect(revisit.status).toBe(304);
    // A browser takes a 304's headers over the stored page's: the proxy's policy here would block its scripts.
    expect(revisit.headers['content-security-policy']).toBeUndefined();
    expect(revisit.headers['cache-control']).toBe('private, no-cache');
  });

  it('tells apart pages of one byte length, sent as text or as bytes, however often each is asked for', async () => {
    expect(Buffer.byteLength(TWINS.a)).toBe(Buffer.byteLength(TWINS.b));
    for (const path of ['/bytes/a', '/bytes/b', '/text/a', '/text/b', '/bytes/a', '/text/b', '/text/a', '/bytes/b']) {
      const page = TWINS[path.at(-1) as 'a' | 'b'];
      const sent = await get(path);
      expect(sent.body.toString('utf8')).toBe(page);
      expect(sent.headers['content-security-policy']).toBe(hashedPageContentSecurityPolicy({ hashes: inlineScriptHashes(page), isDevelopment: false, isHttps: false }));
      expect(Number(sent.headers['content-length'])).toBe(Buffer.byteLength(page));
    }
  });

  it('gives each page an ETag of its own and answers a revisit of the same page with a 304 itself', async () => {
    const first = await get('/text/a');
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get('/bytes/a')).headers.etag).toBe(etag);
    expect((await get('/text/b')).headers.etag).not.toBe(etag);
    expect((await get('/library', { 'Accept-Encoding': 'gzip' })).headers.etag).toBe((await get('/library')).headers.etag);
    for (const stored of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const revisit = await get('/text/a', { 'If-None-Match': stored });
      expect(revisit.status).toBe(304);
      expect(revisit.body.length).toBe(0);
      expect(revisit.headers['content-security-policy']).toBeUndefined();
      expect(revisit.headers['cache-control']).toBe('private, no-cache');
      expect(revisit.headers.etag).toBe(etag);
    }
    const changed = await get('/text/b', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString('utf8')).toBe(TWINS.b);
  });

  it('lets a response that is not HTML through unchanged', async () => {
    const redirect = await get('/redirect');
    expect(redirect.status).toBe(307);
    expect(redirect.headers.location).toBe('/signin');
    expect(redirect.headers['content-security-policy']).toBeUndefined();
  });
});
