/**
 * Figure stems blind-34 sent back (tests/fixtures/question-review/blind-34*.json), as classes, on
 * invented reports: a shown sentence that calls a place by its kind alone ("the highest in the constituency")
 * names it from its paragraph or is not asked, and a figure the report gives as approximate ("around five
 * thousand") is never asked beside options its hedge could also cover.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { namePointedPlaces, pointsToPlace } from '@/lib/generate/pointed-places';
import { parseWritten, spacedApart } from '@/lib/generate/numbers';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, body: string, outlet: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet, date });

const election = article(
  'velmar-assembly-election',
  'Young candidates win seats as veterans lose in Velmar assembly election',
  [
    'Monday, October 4, 2027',
    '',
    'The Velmar assembly election was held on Sunday, with a turnout of 61%. The Green League kept its majority of the elected seats.',
    '',
    'In the Harlow North geographical constituency, Green League councillors Ana Vey and Piet Lorne were elected. Newcomer Ida Brandt of the Farmers Union was also elected. For the Harbour camp, Tomas Reyn was elected with 48,215 votes, the highest in the constituency. Other Harbour candidates elected in this constituency were Lia Moss and Dan Oort.',
    '',
    'Across the eastern provinces, several veteran councillors lost their seats. Veteran councillor Emil Sand lost by 3,412 votes in this district, and resigned as leader of the Farmers Union.',
    '',
  ].join('\n'),
  'Wikinews',
  '2027-10-04',
);

const asksFigure = (q: Question, answer: string) => q.kind.startsWith('figure') && q.answer === answer;

describe('blind-34: a figure sentence that calls its place by its kind alone names it, or is not asked', () => {
  it('names the constituency of “the highest in the constituency” from its paragraph', () => {
    const asked = bankOf([election]).filter((q) => asksFigure(q, '48,215'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/Harlow North/);
  });

  it('does not ask a figure “in this district” when its paragraph names no district', () => {
    const bank = bankOf([election]);
    expect(bank.filter((q) => asksFigure(q, '3,412'))).toEqual([]);
    for (const q of bank.filter((q) => q.kind.startsWith('figure'))) expect(q.prompt).not.toMatch(/\b(?:the|this) (?:constituency|district)\b(?!\s*\[)/);
  });

  it('reads a place called by its kind, and names it from the nearest earlier name of that kind', () => {
    expect(pointsToPlace('Reyn was elected with _____ votes, the highest in the constituency.')).toBe(true);
    expect(pointsToPlace('Sand lost by _____ votes in this district, and resigned.')).toBe(true);
    expect(pointsToPlace('Reyn won _____ votes in the Harlow North constituency.')).toBe(false);
    expect(pointsToPlace('The city council approved _____ new homes.')).toBe(false);
    expect(pointsToPlace('The city of Karsk has _____ police officers.')).toBe(false);
    const before = 'In the Harlow South constituency, turnout fell. In the Harlow North geographical constituency, Vey was elected. ';
    expect(namePointedPlaces(before, 'Sand lost in this constituency by _____ votes.')).toBe('Sand lost in this constituency [Harlow North] by _____ votes.');
    expect(namePointedPlaces('', 'In the Kell West constituency, Oort won _____ votes, the highest in this constituency.')).toBe('In the Kell West constituency, Oort won _____ votes, the highest in this constituency.');
    expect(namePointedPlaces('Reyn holds Tomas Lind’s Harlow East constituency. ', 'He won _____ votes in the constituency.')).toBe('He won _____ votes in the constituency [Harlow East].');
    expect(namePointedPlaces('Several councillors lost their seats. ', 'Sand lost by _____ votes in this district.')).toBeNull();
  });
});

const runoff = article(
  'kell-mayor-runoff',
  'Moreno wins Kell mayoral runoff',
  [
    'KELL, May 9, 2027 – Former judge Clara Moreno won the runoff for mayor of Kell on Sunday, defeating incumbent Ruud Tal by around five thousand votes.',
    '',
    'Moreno will take office in June. Tal conceded on Monday.',
    '',
    'Election officials in Kell said about 18,000 postal votes were counted on Monday.',
    '',
    'On Saturday, Kell police evacuated about 80 people from the Old Market quarter after a fire near the polling station.',
    '',
  ].join('\n'),
  'Kell Gazette',
  '2027-05-09',
);

describe('blind-34: an approximate figure is asked only with options its hedge could not cover', () => {
  it('never offers “around five thousand” beside four or six thousand, nor “about 18,000” beside 15,000 or 20,000', () => {
    const bank = bankOf([runoff]);
    for (const q of bank.filter((c) => c.kind === 'figure-choice' && (c.answer === 'five thousand' || c.answer === '18,000'))) {
      const values = q.choices.map((t) => parseWritten(t)?.value ?? NaN);
      expect(spacedApart(values, 1.5)).toBe(true);
    }
    // Typed, within its stated tolerance, the estimate is still asked.
    expect(bank.some((q) => q.kind === 'figure-numeric' && q.answer === '18,000')).toBe(true);
  });

  it('does not ask a student to type an estimate to the unit (“evacuated about _____ people … Type the exact number”)', () => {
    const typed = bankOf([runoff]).filter((q) => q.kind === 'figure-numeric' && q.answer === '80');
    for (const q of typed) expect(q.prompt).not.toMatch(/exact number/);
  });

  it('holds options half again apart, each from every other', () => {
    expect(spacedApart([5000, 4000, 6000, 7000], 1.5)).toBe(false);
    expect(spacedApart([5000, 2500, 10000, 20000], 1.5)).toBe(true);
    expect(spacedApart([18000, 9000, 12000, 36000], 1.5)).toBe(false);
  });
});
