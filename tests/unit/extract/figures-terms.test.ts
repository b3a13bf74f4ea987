import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const figures = (body: string) =>
  extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.figures.map((f) => [f.value, f.unit]);

// Court and survey sentences in the forms wire copy prints them.
describe('prison terms and fractions', () => {
  it('reads a prison term in words as a length of time', () => {
    expect(figures('The court sentenced him to five years in prison.')).toEqual([[5, 'years']]);
    expect(figures('He was sentenced to five years in prison and three years of house arrest.')).toEqual([[5, 'years'], [3, 'years']]);
    // Relative time stays out.
    expect(figures('In five years, the plan will be done.')).toEqual([]);
  });

  it('never reads the numerator of a fraction as a count', () => {
    expect(figures('Nearly two-thirds of respondents expect higher sales.')).toEqual([]);
    expect(figures('Three-quarters of respondents said so.')).toEqual([]);
  });
});
