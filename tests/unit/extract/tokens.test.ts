import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/extract/tokens';

const words = (body: string, from?: number, to?: number) =>
  tokenize(body, from, to).map((t) => [t.word, t.lower, t.possessive, t.dotted, t.start, t.end]);

describe('tokenize', () => {
  it('cuts a possessive, a trailing apostrophe and trailing hyphens off the word, not off its span', () => {
    expect(words('Blinken’s aides’ well-- talks')).toEqual([
      ['Blinken', 'blinken', true, false, 0, 9],
      ['aides', 'aides', false, false, 10, 16],
      ['well', 'well', false, false, 17, 23],
      ['talks', 'talks', false, false, 24, 29],
    ]);
  });

  it('keeps short words whole: "a\'s" is a possessive of "a", "x\'" loses its apostrophe, "s\'s" its ending', () => {
    expect(words("a's x' s's")).toEqual([
      ['a', 'a', true, false, 0, 3],
      ['x', 'x', false, false, 4, 6],
      ['s', 's', true, false, 7, 10],
    ]);
  });

  it('reads a one-letter word, a word cut at `to` and a period at the very end of the body', () => {
    expect(words('I met Mr.')).toEqual([
      ['I', 'i', false, false, 0, 1],
      ['met', 'met', false, false, 2, 5],
      ['Mr', 'mr', false, true, 6, 8],
    ]);
    expect(words('Kerry’s talks', 0, 6)).toEqual([['Kerry', 'kerry', false, false, 0, 6]]);
  });

  it('reads a surrogate pair as one letter of its word', () => {
    expect(words('𝒜b’s')).toEqual([['𝒜b', '𝒜b', true, false, 0, 5]]);
  });
});
