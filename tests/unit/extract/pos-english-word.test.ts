import { describe, expect, it, vi } from 'vitest';

describe('isEnglishWord does not depend on what was tagged before it', () => {
  it('an invented surname tagged first is still no English word', async () => {
    // A fresh copy of the module: the unit project shares modules between files, and another file may have asked already.
    vi.resetModules();
    const { isEnglishWord, tagSpan } = await import('@/lib/extract/pos');
    const body = '“We are ready,” Dolvarenko said on Tuesday.';
    expect(tagSpan(body, 16, body.length).map((w) => w.word)).toContain('Dolvarenko');
    expect(isEnglishWord('dolvarenko')).toBe(false);
    expect(isEnglishWord('teachers')).toBe(true);
  });

  it('the same answers in the other order', async () => {
    vi.resetModules();
    const { isEnglishWord, tagSpan } = await import('@/lib/extract/pos');
    expect(isEnglishWord('teachers')).toBe(true);
    const body = '“We are ready,” Dolvarenko said on Tuesday.';
    tagSpan(body, 16, body.length);
    expect(isEnglishWord('dolvarenko')).toBe(false);
  });
});
