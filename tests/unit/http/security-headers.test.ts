import path from 'node:path';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/action-guard';
import { ARTICLE_EDITION, LIBRARY_EDITION, SHARED_ARTICLE_HEADER } from '@/lib/http/shared-pages';
import { API_CONTENT_SECURITY_POLICY, everyResponseHeaders, newNonce, pageContentSecurityPolicy, PERMISSIONS_POLICY, STATIC_CONTENT_SECURITY_POLICY } from '@/lib/http/security-headers';

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only with the nonce, and forbids framing, plugins and <base>', () => {
    const policy = pageContentSecurityPolicy({ nonce: 'n0nce', isDevelopment: false, isHttps: true });
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('script-src')).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.has('upgrade-insecure-requests')).toBe(true);
    expect(pageContentSecurityPolicy({ nonce: 'x', isDevelopment: false, isHttps: false })).not.toContain('upgrade-insecure-requests');
  });

  it('makes a different nonce every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
  });
});

async function loadNextConfig(): Promise<NextConfig> {
  const configFile = path.join(import.meta.dirname, '../../../next.config.mjs');
  return ((await import(configFile)) as { default: NextConfig }).default;
}

describe('next.config.mjs', () => {
  it('lets server actions be exactly as large as the proxy does', async () => {
    expect((await loadNextConfig()).experimental?.serverActions?.bodySizeLimit).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it('rewrites to the shared pages as lib/http/shared-pages.ts names them: an article only when the proxy marked it', async () => {
    const rewrites = (await (await loadNextConfig()).rewrites!()) as { source: string; destination: string; has?: { type: string; key: string; value?: string }[] }[];
    expect(rewrites).toContainEqual({ source: '/library', destination: `/library/${LIBRARY_EDITION}` });
    const article = rewrites.find((rule) => rule.source.startsWith('/articles/'))!;
    expect(article.destination).toBe(`/articles/:slug/${ARTICLE_EDITION}`);
    expect(article.has).toEqual([{ type: 'header', key: SHARED_ARTICLE_HEADER, value: '1' }]);
  });

  it('sends the same policies as lib/http/security-headers.ts', async () => {
    const nextConfig = await loadNextConfig();
    const rules = await nextConfig.headers!();
    const values = rules.flatMap((rule) => rule.headers.map((h) => `${h.key}: ${h.value}`));
    expect(values).toContain(`Permissions-Policy: ${PERMISSIONS_POLICY}`);
    expect(values).toContain(`Content-Security-Policy: ${API_CONTENT_SECURITY_POLICY}`);
    expect(values).toContain(`Content-Security-Policy: ${STATIC_CONTENT_SECURITY_POLICY}`);
    // The socket guard's 400 answer (app/_lib/request-guard.ts) sends everyResponseHeaders: the same list.
    for (const [key, value] of Object.entries(everyResponseHeaders(false))) expect(values).toContain(`${key}: ${value}`);
  });
});
