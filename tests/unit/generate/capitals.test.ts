import { describe, expect, it } from 'vitest';
import { CAPITALS, capitalNamed, capitalOfState } from '@/lib/generate/capitals';

describe('the one table of capitals', () => {
  it('finds a capital however a text writes it: as the list gives it, as news copy writes it, in capitals or without accents', () => {
    expect(capitalNamed('Washington D.C.')?.state).toBe('United States');
    expect(capitalNamed('Washington')?.state).toBe('United States');
    expect(capitalNamed('BRASILIA')?.state).toBe('Brazil');
    expect(capitalNamed('Islamabad')?.city).toBe('Islamabad');
    expect(capitalNamed('Sochi')).toBeNull();
  });

  it('gives a state’s capital as news copy writes the city', () => {
    expect(capitalOfState('United States')?.city).toBe('Washington');
    expect(capitalOfState('United States')?.listed).toBe('Washington D.C.');
    expect(capitalOfState('Atlantis')).toBeNull();
  });

  it('says where every entry came from, and writes the city as listed unless copy writes it otherwise', () => {
    expect(CAPITALS.every((c) => c.source.startsWith('world-countries 5.1.0'))).toBe(true);
    expect(CAPITALS.filter((c) => c.city !== c.listed).map((c) => c.state)).toEqual(['United States']);
  });
});
