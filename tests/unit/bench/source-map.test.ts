import { describe, expect, it } from 'vitest';
import { decodeVlq, sourceHome, sourceLookup } from '@/bench/source-map';

describe('source maps for the CPU profile', () => {
  it('decodes Base64 VLQ, negative values included', () => {
    expect(decodeVlq('AAgBC')).toEqual([0, 0, 16, 1]);
    expect(decodeVlq('D')).toEqual([-1]);
  });

  it('finds the source of a generated position, segment by segment and line by line', () => {
    // Line 0: column 0 from a.ts, column 10 from b.ts; line 1: column 4 from a.ts again.
    const lookup = sourceLookup({ sources: ['a.ts', 'b.ts'], mappings: 'AAAA,UCAA;IDAA' });
    expect(lookup(0, 3)).toBe('a.ts');
    expect(lookup(0, 12)).toBe('b.ts');
    expect(lookup(1, 2)).toBeNull();
    expect(lookup(1, 9)).toBe('a.ts');
    expect(lookup(5, 0)).toBeNull();
  });

  it('names the package, the innermost one when packages nest, or the app folder', () => {
    expect(sourceHome('../../../../node_modules/%40auth/core/jwt.js')).toBe('@auth/core');
    expect(sourceHome('../../node_modules/@vercel/postgres/node_modules/@neondatabase/serverless/index.mjs')).toBe('@neondatabase/serverless');
    expect(sourceHome('../../../../app/_lib/caller.ts')).toBe('app/_lib');
    expect(sourceHome('../../../auth.ts')).toBe('auth.ts');
  });
});
