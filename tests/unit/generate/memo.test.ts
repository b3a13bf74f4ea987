import { describe, expect, it } from 'vitest';
import { memoByObject, memoByObjectAndKey, memoByText } from '@/lib/generate/memo';

describe('per-library memos', () => {
  it('computes once per object, null answers included', () => {
    let calls = 0;
    const f = memoByObject((o: { n: number }) => (calls++, o.n > 1 ? o.n : null));
    const a = { n: 1 };
    const b = { n: 2 };
    expect([f(a), f(a), f(b), f(b)]).toEqual([null, null, 2, 2]);
    expect(calls).toBe(2);
  });

  it('computes once per object and key, and again for another library', () => {
    const seen: string[] = [];
    const f = memoByObjectAndKey((o: { name: string }, q: { id: string; text: string }) => (seen.push(`${o.name}:${q.id}`), q.text), (q) => q.id);
    const lib1 = { name: 'one' };
    const lib2 = { name: 'two' };
    expect(f(lib1, { id: 'q1', text: 'a' })).toBe('a');
    expect(f(lib1, { id: 'q1', text: 'changed' })).toBe('a');
    expect(f(lib2, { id: 'q1', text: 'b' })).toBe('b');
    expect(seen).toEqual(['one:q1', 'two:q1']);
  });

  it('computes once per text, undefined answers included, and starts over when full', () => {
    const seen: string[] = [];
    const f = memoByText((text: string) => (seen.push(text), text.length > 3 ? text.toUpperCase() : undefined), 2);
    expect([f('abcd'), f('abcd'), f('ab'), f('ab')]).toEqual(['ABCD', 'ABCD', undefined, undefined]);
    expect(seen).toEqual(['abcd', 'ab']);
    expect(f('wxyz')).toBe('WXYZ');
    expect(f('abcd')).toBe('ABCD');
    expect(seen).toEqual(['abcd', 'ab', 'wxyz', 'abcd']);
  });
});
