import { describe, expect, it } from 'vitest';
import { meetsAsPair } from '@/lib/extract/meetings/pair-subject';

/** People found in a span, as the people index would: here, every capitalised two-word name. */
const namesIn = (text: string) => (from: number, to: number) => (text.slice(from, to).match(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu) ?? []).length;

describe('people meeting as the subject of "met"', () => {
  it('reads two named people joined by "and" before the verb (DoD photo caption, May 2013)', () => {
    const before = 'Chuck Hagel and Philip Hammond ';
    expect(meetsAsPair('met', before, namesIn(before))).toBe(true);
    const aux = 'After the summit, Joe Biden and Volodymyr Zelenskyy will ';
    expect(meetsAsPair('meet', aux, namesIn(aux))).toBe(true);
  });

  it('leaves one subject, a subject of things, and other verbs alone', () => {
    const one = 'Defense Secretary Jim Mattis ';
    expect(meetsAsPair('met', one, namesIn(one))).toBe(false);
    const things = 'Afghanistan, Russia and the future of the alliance ';
    expect(meetsAsPair('met', things, namesIn(things))).toBe(false);
    const pair = 'Chuck Hagel and Philip Hammond ';
    expect(meetsAsPair('talks', pair, namesIn(pair))).toBe(false);
  });
});
