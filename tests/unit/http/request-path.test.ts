import { describe, expect, it } from 'vitest';
import { isDecodablePath } from '@/lib/http/request-path';

describe('isDecodablePath', () => {
  it('accepts ordinary and correctly escaped paths, whatever the query says', () => {
    for (const target of ['/', '/articles/caf%C3%A9', '/invite/abc_DEF-123', '/signin?x=%ff', '/a%2Fb', undefined]) expect(isDecodablePath(target)).toBe(true);
  });

  it('refuses a broken escape in the path', () => {
    for (const target of ['/invite/%E0%A4%A', '/articles/%ff', '/%', '/api/auth/%zz?ok=1']) expect(isDecodablePath(target)).toBe(false);
  });
});
