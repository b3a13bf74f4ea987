import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/http/redirect';

describe('safeRedirectPath', () => {
  it('keeps a path on this site, query and fragment included', () => {
    expect(safeRedirectPath('/classes/42?tab=results#late')).toBe('/classes/42?tab=results#late');
    expect(safeRedirectPath('http://127.0.0.1:3000/library', 'http://127.0.0.1:3000')).toBe('/library');
  });

  it('refuses anything that could leave the site, and the sign-in pages themselves', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', 'library', '/a\nb', '', '/signin', '/signup?x=1', 42, null])
      expect(safeRedirectPath(bad, 'http://127.0.0.1:3000')).toBeNull();
    expect(safeRedirectPath('http://evil.example/library', 'http://127.0.0.1:3000')).toBeNull();
  });
});
