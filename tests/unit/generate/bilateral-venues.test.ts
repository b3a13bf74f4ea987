/*
 * Where-choices for a meeting of two states (#15): judges found "London, Beijing, Berlin, Madrid" for a UK-China
 * dialogue a London-or-Beijing coin toss. Invented reports of the same shape, with other states.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { bilateralCapitals, isBilateralVenue } from '@/lib/generate/bilateral-venues';

const article = (id: string, title: string, date: string, lines: string[]): ArticleInput => ({ id, title, bodyStart: 0, date, body: lines.join('\n\n') });

describe('a meeting named by the compound of two states', () => {
  it('reads the two states from the compound', () => {
    expect(bilateralCapitals('the Japan-Brazil Human Rights Dialogue of January 2031')).toEqual(new Set(['tokyo', 'brasilia']));
    expect(bilateralCapitals('the NATO Summit of 2031')).toBeNull();
    expect(bilateralCapitals('the Sunday meeting of the Anglo-Saxon club')).toBeNull();
  });

  it('takes the parties’ towns and neutral seats as venues, not a third state’s capital', () => {
    const parties = new Set(['tokyo', 'brasilia']);
    expect(isBilateralVenue('Osaka', parties)).toBe(true);
    expect(isBilateralVenue('São Paulo', parties)).toBe(true);
    expect(isBilateralVenue('Geneva', parties)).toBe(true);
    expect(isBilateralVenue('Seoul', parties)).toBe(false);
    expect(isBilateralVenue('Madrid', parties)).toBe(false);
  });

  it('asks where it met among the parties’ towns and neutral seats only', () => {
    const arts = [
      article('week-2031', 'This week at the Foreign Ministry', '2031-01-14', [
        'The annual Japan-Brazil Human Rights Dialogue took place this week in Tokyo.',
        'Officials of both governments discussed the rights of migrant workers, the freedom of the press and the reform of prisons.',
        'The next round will be held next year.',
      ]),
      article('eu-2031', 'Ministers meet in Berlin', '2031-02-10', ['European ministers met in Berlin on Monday to discuss trade.', 'A second meeting took place in Madrid on Tuesday.']),
    ];
    const where = generateBank(extractLibrary(arts), arts, { balance: false }).questions.filter((q) => q.kind === 'where' && q.prompt.includes('Japan-Brazil'));
    expect(where.length).toBeGreaterThan(0);
    for (const q of where) for (const c of q.choices) expect(isBilateralVenue(c, new Set(['tokyo', 'brasilia'])), c).toBe(true);
  });
});
