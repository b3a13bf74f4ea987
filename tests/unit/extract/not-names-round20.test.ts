/**
 * Words read as people that are none (round 20's blind reviews). Blind-47 Q6: a host's welcome "Her Excellency, Madam Kamala Harris" made a person "Madam Kamala Harris", offered
 * as a choice in a form no other choice has, and "Dear Madam Vice President" a person "Dear Madam". "Madam" is a
 * form of address, as "Mister" and "Excellency" are, never a name. Blind-49 Q2 offered "Five-Point Consensus" as a
 * speaker: a hyphenated word opening on a number word is no name. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

const transcript: ArticleInput = {
  id: 'valmora-2022',
  title: 'Remarks by Vice President Orlen and President Dravic in Joint Press Conference',
  date: '2022-03-11',
  bodyStart: 0,
  body: [
    'PRESIDENT DRAVIC: (As interpreted.) Good afternoon. I am pleased to welcome to Valmora the Vice President of the United States, Her Excellency, Madam Tessa Orlen.',
    'Dear Madam Vice President, welcome to our country. We discussed the security of the eastern flank at length this morning.',
    'VICE PRESIDENT ORLEN: Thank you, Mr. President. Our commitment to the collective defense of the alliance is ironclad.',
  ].join('\n\n'),
};

describe('"Madam" before a name or an office', () => {
  const facts = extractLibrary([transcript]);
  const names = facts.people.map((p) => p.name);

  it('is a form of address, not part of the name', () => {
    expect(names).toContain('Tessa Orlen');
    expect(names.some((n) => /\bMadam\b/.test(n))).toBe(false);
  });
});

describe('a capitalised plan opening on a number word', () => {
  it('is no person', () => {
    const facts = extractLibrary([{ ...transcript, id: 'plan-2022', body: 'The leaders agree that the regime must urgently implement the Regional Seven-Point Consensus and return Valmora to democracy.\n\n"We will not stand by," President Dravic said.' }]);
    expect(facts.people.map((p) => p.name).some((n) => /Point/.test(n))).toBe(false);
  });
});
