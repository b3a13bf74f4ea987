/**
 * Classes blind-46 sent back as trivia or weak (issue #15), on invented reports: a cloze card whose blank is the
 * speaker the report's own headline names, and a where-question about a named body's summit whose wrong choices
 * were towns no one would hold it in.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { gatheringMembers } from '@/lib/generate/body-members';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, paragraphs: string[], outlet: string, date: string): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet, date,
});

const statement = (id: string, title: string) => article(
  id,
  title,
  [
    'President of the Republic of Ostravia Tomas Velikanov: President Marlow, dear friends and colleagues, I am very pleased to welcome you once again to our capital, Belgrad.',
    'Our two countries signed the Treaty of Northern Friendship in Tallinn ten years ago, and trade between them has grown every year since then.',
    '“We will build the new railway to the coast together,” President Tomas Velikanov said at the press conference.',
  ],
  'Presidential Office',
  '2026-11-09',
);

const other = article(
  'velikanov-other',
  'Talks between Ostravia and Marlowland end in agreement',
  [
    '“The railway will open within three years,” President Tomas Velikanov told reporters in the capital on Friday.',
    'The two leaders also discussed energy prices and the coming winter.',
  ],
  'Daily Courier',
  '2026-11-10',
);

describe('blind-46: a cloze card never blanks the speaker its own report’s headline names', () => {
  it('asks no speaker card of a report titled by that speaker’s statement', () => {
    const bank = bankOf([statement('velikanov-statement', 'Velikanov’s statement for the press after talks in Belgrad'), other]);
    const own = bank.filter((q) => q.kind === 'cloze' && q.sources[0]?.article === 'velikanov-statement' && /Velikanov/.test(q.answer));
    expect(own).toEqual([]);
  });

  it('still blanks that speaker in a report whose headline does not name him', () => {
    const bank = bankOf([statement('velikanov-statement', 'Statement for the press after talks in Belgrad'), other]);
    const own = bank.filter((q) => q.kind === 'cloze' && /Velikanov/.test(q.answer));
    expect(own.length).toBeGreaterThan(0);
  });
});

describe('blind-46: a named body’s summit is answered among its members’ towns', () => {
  const talks = article(
    'pm-alliance-talks',
    'Prime Minister and Alliance chief hold talks',
    [
      'The Prime Minister met the Secretary General in London on Tuesday to discuss the mission in Afghanistan and the situation in Kabul.',
      'Mr Hale and Mr Moor also discussed the new strategic concept and the upcoming NATO Summit in Lisbon.',
      'Earlier this year the two men met at a conference on Afghanistan in Geneva.',
    ],
    'Government Office',
    '2010-07-13',
  );

  it('offers towns of NATO’s members in the report’s year beside Lisbon, never Kabul, Geneva or Helsinki', () => {
    const asked = bankOf([talks]).filter((q) => q.kind === 'where' && q.answer === 'Lisbon');
    expect(asked.length).toBe(1);
    const options = (asked[0]?.choices ?? []).filter((c) => c !== 'Lisbon');
    expect(options).not.toContain('Kabul');
    expect(options).not.toContain('Geneva');
    expect(options).not.toContain('Helsinki');
    expect(options).toHaveLength(3);
  });
});

describe('blind-46: a body’s members in the report’s year', () => {
  it('knows Finland joined NATO only in 2023, and an EU-China summit is no gathering of the EU alone', () => {
    expect(gatheringMembers('where will the NATO Summit take place?', 'Lisbon', 2010)?.has('Finland')).toBe(false);
    expect(gatheringMembers('where will the NATO Summit take place?', 'Lisbon', 2024)?.has('Finland')).toBe(true);
    expect(gatheringMembers('where did the EU-China summit take place?', 'Beijing', 2010)).toBeNull();
    expect(gatheringMembers('the summit of the European Union in Rome', 'Rome', 2019)?.has('United Kingdom')).toBe(true);
    expect(gatheringMembers('the summit of the European Union in Rome', 'Rome', 2021)?.has('United Kingdom')).toBe(false);
  });
});

describe('blind-46: a when-question whose stem writes the weekday beside the blanked date is not asked', () => {
  const visit = article(
    'moor-visits-ostrava',
    'Alliance Secretary General discusses security with Ostravian Prime Minister',
    [
      'Visiting Vienna on Thursday (8 October 2026), Alliance Secretary General Lena Moor met with Prime Minister Tomas Hale to discuss current security challenges and the implementation of decisions taken at the Alliance Summit in July.',
      'Ms. Moor thanked Ostravia for its contribution to the Alliance’s mission in the north.',
    ],
    'Alliance',
    '2026-10-09',
  );

  it('asks no date of “on Thursday (_____)”: the weekday leaves one option, and the day of a call is trivia', () => {
    const asked = bankOf([visit]).filter((q) => q.kind === 'when');
    expect(asked.filter((q) => /Thursday,?\s*\(?_____/.test(q.prompt))).toEqual([]);
  });
});
