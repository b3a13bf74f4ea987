import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '@/lib/http/same-origin';

describe('isSameOriginRequest', () => {
  it('accepts a POST from the same host and port', () => {
    expect(isSameOriginRequest({ origin: 'http://localhost:3000', host: 'localhost:3000' })).toBe(true);
  });

  it('refuses another site, another port, a missing Origin and garbage', () => {
    expect(isSameOriginRequest({ origin: 'https://evil.example', host: 'localhost:3000' })).toBe(false);
    expect(isSameOriginRequest({ origin: 'http://localhost:4000', host: 'localhost:3000' })).toBe(false);
    expect(isSameOriginRequest({ origin: null, host: 'localhost:3000' })).toBe(false);
    expect(isSameOriginRequest({ origin: 'null', host: 'localhost:3000' })).toBe(false);
  });
});
