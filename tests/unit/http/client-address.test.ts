import { describe, expect, it } from 'vitest';
import { normalizeAddress, parseTrustedHops, resolveClientAddress } from '@/lib/http/client-address';

describe('resolveClientAddress', () => {
  it('uses the socket when no proxy is trusted, whatever X-Forwarded-For says', () => {
    for (const forwardedFor of [undefined, '1.2.3.4', '1.2.3.4, 5.6.7.8', 'garbage', ['9.9.9.9', '8.8.8.8']])
      expect(resolveClientAddress({ socketAddress: '::ffff:192.0.2.10', forwardedFor, trustedHops: 0 })).toBe('192.0.2.10');
  });

  it('counts trusted hops from the right, so entries a client prepends are never believed', () => {
    // nginx appends the address it saw: "whatever the client wrote, <client>".
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7', trustedHops: 1 })).toBe('203.0.113.7');
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7, 10.0.0.1', trustedHops: 2 })).toBe('203.0.113.7');
    // Vercel overwrites the header with the one client address.
    expect(resolveClientAddress({ socketAddress: '127.0.0.1', forwardedFor: '198.51.100.4', trustedHops: 1 })).toBe('198.51.100.4');
  });

  it('falls back to the leftmost entry a trusted party wrote when the chain is shorter than the hops', () => {
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: undefined, trustedHops: 1 })).toBe('10.0.0.2');
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe('unknown');
  });
});

describe('normalizeAddress', () => {
  it('spells each address one way and refuses what is not an address', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
    for (const junk of ['', 'localhost', '1.2.3', "1.2.3.4'; drop table", 'x'.repeat(5000)]) expect(normalizeAddress(junk)).toBe('unknown');
  });
});

describe('parseTrustedHops', () => {
  it('reads a small whole number and ignores anything else', () => {
    expect(parseTrustedHops('1', 0)).toBe(1);
    expect(parseTrustedHops(' 2 ', 0)).toBe(2);
    expect(parseTrustedHops(undefined, 1)).toBe(1);
    for (const bad of ['-1', '1.5', 'one', '99']) expect(parseTrustedHops(bad, 0)).toBe(0);
  });
});
