import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const figures = (body: string) =>
  extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.figures.map((f) => ({ raw: f.raw, value: f.value, unit: f.unit }));

describe('figures: counts real news writes', () => {
  it('counts after joined or graded adjectives', () => {
    expect(figures('The plan includes 12 new heavily armoured vehicles.')).toEqual([{ raw: '12', value: 12, unit: 'vehicles' }]);
    expect(figures('Officials named 14 largest and most exposed districts.')).toEqual([{ raw: '14', value: 14, unit: 'districts' }]);
  });

  it('counts one casualty or case as a casualty report does, not "no one" or "one of"', () => {
    expect(figures('There was one Palestinian death in the raid.')).toEqual([{ raw: 'one', value: 1, unit: 'deaths' }]);
    expect(figures('One soldier was wounded.')).toEqual([{ raw: 'One', value: 1, unit: 'soldiers' }]);
    expect(figures('One of the victims was a child.')).toEqual([]);
    expect(figures('One person familiar with the talks said no deal was near.')).toEqual([]);
  });
});
