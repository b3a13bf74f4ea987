/*
 * A lost apostrophe is restored only where no other reading is left: "Russias actions" is Russia's, but
 * "President Abbas agreed" is a name (blind-42's cloze stem showed "President Abba’s").
 */
import { describe, expect, it } from 'vitest';
import { cleanShownText, restoreApostrophes } from '@/lib/generate/clean';

describe('names that end in s', () => {
  it('keeps a name after a title', () => {
    expect(cleanShownText('At a meeting in Jerusalem, Tuesday, Prime Minister Olmert and President Abbas agreed to begin negotiations.'))
      .toContain('President Abbas agreed');
    expect(restoreApostrophes('talks with Mr Tobias about trade')).toBe('talks with Mr Tobias about trade');
  });

  it('keeps a name a past tense follows', () => {
    expect(restoreApostrophes('Later Nikolas signed the accord')).toBe('Later Nikolas signed the accord');
  });

  it('keeps a name a verb or a function word follows: a possessive owns a noun', () => {
    expect(restoreApostrophes('commented that Hamas has gone from stone-throwing to guns')).toBe('commented that Hamas has gone from stone-throwing to guns');
    expect(restoreApostrophes('Kansas and Texas will vote')).toBe('Kansas and Texas will vote');
    expect(restoreApostrophes('the deal with Honduras was signed')).toBe('the deal with Honduras was signed');
  });

  it('still restores a lost possessive', () => {
    expect(restoreApostrophes('about Russias actions')).toBe('about Russia’s actions');
  });
});
