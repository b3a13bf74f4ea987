import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass introduced-any-verb: a bare quotation block after a sentence whose one person acts, any verb', () => {
  it('gives the block to the subject of the sentence before, whatever the verb', () => {
    const body = 'Addressing the summit, Foreign Minister Ana Ruiz made an appeal to all delegates to release the funds.\n\n“We need to act within the Security Council now, before the winter comes.”';
    expect(decided(body, 'act within')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'introduced-any-verb' });
  });

  it('not after a passive: what was done to someone says nothing they said', () => {
    const body = 'Opposition leader Tom Hale was arrested at his home on Monday.\n\n“This is a travesty of justice and the courts will see it.”';
    expect(decided(body, 'travesty')?.speaker).toBeNull();
  });

  it('not when the sentence names a second person', () => {
    const body = 'Ana Ruiz met Tom Hale at the border on Monday.\n\n“We agreed on everything that mattered to both our countries.”';
    expect(decided(body, 'agreed on')?.speaker).toBeNull();
  });

  it('not when the quotation paragraph goes on after the marks close (its own attribution may follow)', () => {
    const body = 'Ana Ruiz visited the flooded town on Monday.\n\n“We lost everything,” a farmer told reporters.';
    expect(decided(body, 'lost everything')?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('a block the page cut off, still open when the article ends', () => {
  it('is a block all the same: its introduction gives the speaker', () => {
    const body = 'Sian Marr, a coordinator in the city, told reporters she was woken by the quake.\n\n“I was sleeping in, and I felt my room shake and the books on my shelf';
    expect(decided(body, 'sleeping in')).toMatchObject({ speaker: 'Sian Marr', pass: 'introduced-block' });
  });
});

describe('pass introduced-any-verb: the verb’s object says it was speech', () => {
  it('not after a gesture or a movement', () => {
    expect(decided('Greta Lind shrugged.\n\n“We expected worse than this from the court.”', 'expected worse')?.speaker).toBeNull();
    expect(decided('Greta Lind left the court on Monday.\n\n“We expected worse than this from the court.”', 'expected worse')?.speaker).toBeNull();
  });

  it('after any verb whose object is an act of saying', () => {
    expect(decided('Greta Lind gave a short speech on Monday.\n\n“We expected worse than this from the court.”', 'expected worse')?.speaker).toBe('Greta Lind');
  });
});
