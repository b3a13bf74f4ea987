/**
 * Figure and place stems blind-33 sent back (tests/fixtures/question-review/blind-33*.json), as
 * classes, on invented reports: a figure sentence whose subject points back ("The city now has …") is not
 * shown alone, and a place given as a body's fixed seat ("the Harbour League headquarters in _____") is
 * not blanked, since the phrase gives it away.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { standsAlone } from '@/lib/generate/figure-stems';
import { namesSeatOfBody } from '@/lib/generate/capital-clues';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, body: string, outlet: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet, date });

const visit = article(
  'minister-visits-karsk',
  'Defence Minister Tovald Meets Commanders, Troops in Karsk Visit',
  [
    'KARSK, March 3, 2027 – Defence Minister Lena Tovald arrived in Karsk today for talks with local commanders and the regional governor.',
    '',
    'Officials told the minister the security situation in Karsk is such that local forces can manage it. The city now has 8,400 fully trained police officers, five battalions of the Civil Guard and two battalions of the Velmar army.',
    '',
    'Tovald later met troops at the airfield.',
    '',
  ].join('\n'),
  'Velmar Ministry of Defence',
  '2027-03-03',
);

describe('blind-33: a figure sentence whose subject points back is not shown alone', () => {
  it('does not ask “The city now has _____ …” (which city, and whose count?)', () => {
    const asked = bankOf([visit]).filter((q) => q.kind.startsWith('figure') || q.kind === 'cloze');
    for (const q of asked) expect(q.prompt).not.toMatch(/^(?:[^?:]*[?:]\s*)?The city now has _____/);
    expect(asked.filter((q) => q.answer === '8,400' && /The city now/.test(q.prompt))).toEqual([]);
  });

  it('reads “The city …”, “The group’s …” as pointing back, but not “The city of Karsk …” or a name', () => {
    expect(standsAlone('The city now has _____ police officers and two Velmar army battalions.')).toBe(false);
    expect(standsAlone('The group’s leaders say _____ fighters joined in Ostrava.')).toBe(false);
    expect(standsAlone('Since Monday, the country has sent _____ tonnes of grain to Ostrava.')).toBe(false);
    expect(standsAlone('The city of Karsk now has _____ police officers.')).toBe(true);
    expect(standsAlone('The State Department said _____ Velmar citizens had left.')).toBe(true);
  });
});

const trip = article(
  'student-inventor-tour',
  'Young inventor from Dalmark wins praise abroad',
  [
    'Wednesday, May 12, 2027',
    '',
    'Mira Olsen, a 15-year-old inventor from Dalmark, has drawn praise from engineers around the world. Yesterday Olsen toured a robotics laboratory in Tallmoor, and tomorrow she plans to meet delegates at the World Rail Union headquarters in Geneva.',
    '',
  ].join('\n'),
  'Wikinews',
  '2027-05-12',
);

describe('blind-33: a place given as the fixed seat of a body named before it is not blanked', () => {
  it('asks no place question or cloze whose answer is the seat in “the World Rail Union headquarters in _____”', () => {
    const seat = bankOf([trip]).filter((q) => (q.kind === 'where' || q.kind === 'cloze') && q.answer === 'Geneva');
    expect(seat).toEqual([]);
  });

  it('reads a named body’s seat, not a building in plain words', () => {
    expect(namesSeatOfBody('She will meet delegates at the Harbour League headquarters in Port Vell.', 'Port Vell')).toBe(true);
    expect(namesSeatOfBody('Ministers met at NATO’s headquarters in Brussels on Monday.', 'Brussels')).toBe(true);
    expect(namesSeatOfBody('They gathered at the headquarters of the Harbour League in Port Vell.', 'Port Vell')).toBe(true);
    expect(namesSeatOfBody('Talks were held at the company headquarters in Dallas.', 'Dallas')).toBe(false);
    expect(namesSeatOfBody('Ministers of the Harbour League met in Port Vell.', 'Port Vell')).toBe(false);
  });
});
