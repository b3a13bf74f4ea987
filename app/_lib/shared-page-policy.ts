import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { inlineScriptHashes } from '@/lib/http/inline-scripts';
import { hashedPageContentSecurityPolicy } from '@/lib/http/security-headers';

/**
 * What a cached page's body needs on its way out, worked out once per distinct body: its UTF-8 bytes, the
 * hashes of its inline scripts, its gzipped bytes and its ETag. Next serves the same cached HTML to everyone until the
 * next import, and hands it over as one string: a request finds its entry by that string (a map lookup, where
 * encoding and hashing 70 kB again cost a fifth of the page's CPU), or, when the HTML came as bytes, by length
 * and a byte comparison. Next's own compression would gzip it again on every request, and Next's own ETag
 * (next.config.mjs turns it off) was a hash of the whole page in JavaScript on every request.
 */
interface Prepared {
  body: Buffer;
  hashes: string[];
  gzipped: Buffer;
  /** Of the plain HTML, as Next's was (the gzipped copy is the same page). */
  etag: string;
}
const byText = new Map<string, Prepared>();
/** Bodies that came as bytes, by byte length: two pages rarely share one, and a shared length only costs a comparison. */
const byBytes = new Map<number, Prepared[]>();
let preparedCount = 0;
// The library and every folder article (each a few tens of kilobytes gzipped), with room for an import's new bodies.
const MAX_PREPARED = 256;

function prepare(body: Buffer): Prepared {
  // Past the cap, everything goes: an import has replaced the pages, and each is prepared again on its next view.
  if (preparedCount >= MAX_PREPARED) {
    byText.clear();
    byBytes.clear();
    preparedCount = 0;
  }
  preparedCount++;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, hashes: inlineScriptHashes(body.toString('utf8')), gzipped: gzipSync(body), etag };
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;
/** A chunk as held: UTF-8 text as it came (so that a cached page is found without encoding it), anything else as bytes. */
type Held = string | Buffer;

const isUtf8 = (encoding: unknown) => encoding === undefined || typeof encoding === 'function' || encoding === 'utf8' || encoding === 'utf-8';
const toHeld = (chunk: Chunk, encoding?: unknown): Held =>
  typeof chunk === 'string' ? (isUtf8(encoding) ? chunk : Buffer.from(chunk, encoding as BufferEncoding)) : Buffer.from(chunk);
const bytesOf = (chunks: readonly Held[]): Buffer => Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));

/** The prepared page for a body held as `chunks`. */
function preparedPage(chunks: readonly Held[]): Prepared {
  if (chunks.every((chunk) => typeof chunk === 'string')) {
    const text = chunks.join('');
    let page = byText.get(text);
    if (!page) byText.set(text, (page = prepare(Buffer.from(text, 'utf8'))));
    return page;
  }
  const body = bytesOf(chunks);
  const sameLength = byBytes.get(body.length) ?? [];
  let page = sameLength.find((entry) => entry.body.equals(body));
  if (!page) byBytes.set(body.length, [...sameLength, (page = prepare(body))]);
  return page;
}

/**
 * Holds back the response of a page rendered once for everyone (lib/http/shared-pages.ts) until its HTML is
 * complete, then sends it with a Content-Security-Policy that allows exactly its inline scripts by hash (a
 * cached page cannot carry a per-request nonce), `Cache-Control: private, no-cache` (a signed-in page is for
 * no shared cache), and gzipped here when the browser accepts it: Next must not compress it, since the
 * hashes are of the plain HTML. A 304 goes out without a policy (keepStoredPolicy); other responses that are
 * not HTML (a redirect) go out unchanged.
 */
export function sendWithScriptHashes(request: IncomingMessage, response: ServerResponse): void {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  delete request.headers['accept-encoding'];
  const isHttps = request.headers['x-forwarded-proto'] === 'https';
  const storedTags = String(request.headers['if-none-match'] ?? '');
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const chunks: Held[] = [];
  let head: unknown[] | null = null;

  response.writeHead = function holdHead(this: ServerResponse, ...args: unknown[]) {
    head = args;
    return this;
  } as ServerResponse['writeHead'];
  response.flushHeaders = () => {};
  response.write = function holdChunk(chunk: Chunk, encoding?: unknown, callback?: unknown) {
    chunks.push(toHeld(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as Callback)());
    return true;
  } as ServerResponse['write'];
  response.end = function sendHeld(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toHeld(chunk as Chunk, encoding));
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as Callback | undefined;
    Object.assign(response, original);
    if (head) applyHead(response, head);
    let body: Buffer | null = null;
    if (response.statusCode === 304) keepStoredPolicy(response);
    else if (String(response.getHeader('content-type') ?? '').startsWith('text/html') && chunks.some((chunk) => chunk.length > 0)) {
      const page = preparedPage(chunks);
      response.setHeader('Content-Security-Policy', hashedPageContentSecurityPolicy({ hashes: page.hashes, isDevelopment: process.env.NODE_ENV === 'development', isHttps }));
      response.setHeader('Cache-Control', 'private, no-cache');
      const vary = response.getHeader('vary');
      response.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
      response.setHeader('ETag', page.etag);
      if (response.statusCode === 200 && isStored(storedTags, page.etag)) {
        // The browser's stored copy is this page: a 304 without a body, and without a policy (keepStoredPolicy).
        response.statusCode = 304;
        for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding', 'Content-Security-Policy']) response.removeHeader(name);
        keepStoredPolicy(response);
        return (original.end as (this: ServerResponse, callback?: Callback) => ServerResponse).call(response, done);
      }
      body = acceptsGzip ? page.gzipped : page.body;
      if (acceptsGzip) response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Content-Length', body.length);
    }
    return (original.end as (this: ServerResponse, body: Buffer, callback?: Callback) => ServerResponse).call(response, body ?? bytesOf(chunks), done);
  } as ServerResponse['end'];
}

/** Whether an If-None-Match header names `etag` (or is `*`); a weak form of it matches too (RFC 9110 13.1.2). */
function isStored(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/**
 * A 304 tells the browser to reuse the page it stored, and the browser takes the 304's headers over the stored
 * ones. The proxy's policy on it lists no hashes (it cannot know the page), so it would block the stored page's
 * inline scripts: the page drew, but never started (no header, no study buttons) on a second visit. Without a
 * policy on the 304, the stored page keeps the one that lists its own scripts (the ETag matched: same HTML).
 */
function keepStoredPolicy(response: ServerResponse): void {
  response.removeHeader('Content-Security-Policy');
  response.setHeader('Cache-Control', 'private, no-cache');
}

/** Replays a held writeHead(status, [message], [headers]) as setHeader calls, so the policy can still be set. */
function applyHead(response: ServerResponse, args: unknown[]): void {
  response.statusCode = Number(args[0]);
  for (const arg of args.slice(1)) {
    if (typeof arg === 'string') response.statusMessage = arg;
    else if (Array.isArray(arg)) for (let i = 0; i + 1 < arg.length; i += 2) response.setHeader(String(arg[i]), arg[i + 1] as string);
    else if (arg && typeof arg === 'object') for (const [name, value] of Object.entries(arg)) response.setHeader(name, value as string);
  }
}
