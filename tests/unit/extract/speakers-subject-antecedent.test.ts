import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * #16, round 9: a pronoun that speaks after a sentence whose subject spoke before and whose predicate names
 * other people (realnews-dev3's "Carter visited Minister A … and Minister B … / In both nations, he said").
 * Invented sentences.
 */
const said = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker]);

describe('a "he said" after a sentence about its subject and the people it met', () => {
  const opening = 'Defence Secretary Robin Vale said, “We will keep our promises to our allies.”';
  const visit = 'Earlier this week, Vale visited Defence Minister Kim Ek in Sweden and Defence Minister Sam Berg in Norway.';
  const quote = 'In both countries, he said, “I saw soldiers training together in the snow.”';
  const speakerOfLast = (body: string) => said(body).at(-1)?.[1];

  it('gives the words to the subject who spoke before, not to those the sentence only named', () => {
    expect(speakerOfLast([opening, visit, quote].join('\n\n'))).toBe('Robin Vale');
  });

  it('leaves them open when one of the others has spoken too, or shares the subject', () => {
    const berg = 'Defence Minister Sam Berg said, “The winter exercise is the largest we have held.”';
    expect(speakerOfLast([opening, berg, visit, quote].join('\n\n'))).toBeNull();
    expect(speakerOfLast([opening, visit.replace('Vale visited', 'Vale and Defence Minister Kim Ek visited').replace('Defence Minister Kim Ek in Sweden and ', ''), quote].join('\n\n'))).toBeNull();
  });
});
