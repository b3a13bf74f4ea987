/**
 * A long figure sentence cut before ", including …" after its figure: the examples add to the clause, which
 * stands without them (fresh26: "The UK is providing around £200m of support toward a secure Somalia, including …").
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { clipTrailingClause } from '@/lib/generate/figure-clauses';

const LONG = 'Norland is providing around £40m of support toward a stable Estrava this year, including the training of border guards by a team of up to 30 extra Norland police officers sent to the mission in the port of Velmora and its northern districts.';

describe('a trailer of examples after the figure', () => {
  it('cuts a long sentence before ", including", keeping the figure and what it is for', () => {
    expect(clipTrailingClause(LONG, '£40m', 40)).toBe('Norland is providing around £40m of support toward a stable Estrava this year…');
  });

  it('never cuts when the figure is among the examples', () => {
    expect(clipTrailingClause(LONG, '30', 40)).toBeNull();
  });
});
