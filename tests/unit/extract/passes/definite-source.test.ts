import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass definite-source: an anonymous source named again by its head noun', () => {
  it('gives the quotation to the description the article introduced, up to its first comma', () => {
    // tests/fixtures/blind/rugby-gloucester-exeter.txt and science-greenland-lakes.txt (the synthetic regression corpus).
    expect(decided('An Exeter player, who asked not to be named, described the mood in the changing room as “flat”. “We’ll be back next season, but right now it hurts a lot,” the player said.', 'back next'))
      .toMatchObject({ speaker: 'an Exeter player', pass: 'definite-source' });
    expect(decided('A reviewer of the paper, who asked not to be named because peer review is confidential, said the ambition of the network set it apart. “Nobody has tried listening to an ice sheet at this scale before, and it shows in the results,” the reviewer said.', 'Nobody'))
      .toMatchObject({ speaker: 'a reviewer of the paper', pass: 'definite-source' });
  });

  it('names nobody when no description with that noun came before', () => {
    expect(decided('Ana Ruiz scored twice. “We will win this league,” the striker said.', 'league')?.speaker).toBeNull();
  });
});
