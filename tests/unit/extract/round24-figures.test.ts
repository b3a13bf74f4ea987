import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const figures = (body: string) =>
  extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.figures.map((f) => [f.value, f.unit]);

// Invented sentences in the shapes wire copy, transcripts and blogs give lengths of time and written-out numbers.
describe('lengths of time told by what follows or precedes them', () => {
  it('reads the span up to now before "since" or "have passed" as a length', () => {
    expect(figures('It has been 14 years since the two towns signed the treaty.')).toEqual([[14, 'years']]);
    expect(figures('In the four months since, the talks have stalled.')).toEqual([[4, 'months']]);
    expect(figures('Only eleven months have passed since we met in Oslo.')).toEqual([[11, 'months']]);
  });

  it('reads a delay "later than planned" as a length', () => {
    expect(figures('The summit closed 36 hours later than planned.')).toEqual([[36, 'hours']]);
  });

  it('reads the span of a negated perfect or of a first in a long while as a length', () => {
    expect(figures('The mill has not raised its prices in 40 years.')).toEqual([[40, 'years']]);
    expect(figures('It was the first visit by a Danish foreign minister in 30 years.')).toEqual([[30, 'years']]);
  });

  it('reads "over the course of", "in last" and "for only" as a stretch of time', () => {
    expect(figures('Over the course of six hours, the envoys met ten ministers.')).toEqual([[6, 'hours'], [10, 'ministers']]);
    expect(figures('Rents grew fast in last 4 years in the capital.')).toEqual([[4, 'years']]);
    expect(figures('She has held the post for only seven months.')).toEqual([[7, 'months']]);
  });

  it('still leaves points in time out', () => {
    expect(figures('The treaty was signed 14 years ago.')).toEqual([]);
    expect(figures('The first round will be held in two weeks.')).toEqual([]);
    expect(figures('Two days later, the talks resumed.')).toEqual([]);
  });
});

describe('written-out numbers', () => {
  it('reads a scale word joined by a hyphen', () => {
    expect(figures('The deal frees up to three-thousand prisoners.')).toEqual([[3000, 'prisoners']]);
  });
});
