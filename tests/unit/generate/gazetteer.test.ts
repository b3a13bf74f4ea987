import { describe, expect, it } from 'vitest';
import { gazetteerCity, isSameTown, largestCitiesOf } from '@/lib/generate/gazetteer';
import { WORLD_CITIES } from '@/lib/generate/lexicons/world-cities';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';

describe('the gazetteer', () => {
  it('knows towns the hand lists lack, with their state', () => {
    expect(gazetteerCity('Sirte')).toMatchObject({ name: 'Sirte', state: 'Libya', isCapital: false });
    expect(gazetteerCity('Sochi')?.state).toBe('Russia');
    expect(gazetteerCity('St. Petersburg')?.name).toBe('Saint Petersburg');
  });

  it('has every state’s capital, under the name the capitals table gives it', () => {
    for (const [state, capital] of Object.entries(WORLD_CAPITALS)) {
      expect(largestCitiesOf(state, 999).some((c) => c.name === capital && c.isCapital), `${state}: ${capital}`).toBe(true);
    }
    expect(gazetteerCity('Astana')).toMatchObject({ state: 'Kazakhstan', isCapital: true });
    expect(gazetteerCity('Washington')).toMatchObject({ state: 'United States', isCapital: true });
  });

  it('reads no state, region or borough as a town', () => {
    expect(gazetteerCity('Kuwait')).toBeNull();
    expect(gazetteerCity('Bavaria')).toBeNull();
    expect(gazetteerCity('Brooklyn')).toBeNull();
  });

  it('lists a state’s cities largest first', () => {
    expect(largestCitiesOf('New Zealand', 3).map((c) => c.name)).toEqual(['Auckland', 'Wellington', 'Christchurch']);
    expect(isSameTown('St Petersburg', 'Saint Petersburg')).toBe(true);
  });

  it('stays a reasonable size: towns of 100,000 people and capitals, a few thousand in all', () => {
    const towns = Object.values(WORLD_CITIES).reduce((n, s) => n + s.split(';').length, 0);
    expect(towns).toBeGreaterThan(2000);
    expect(towns).toBeLessThan(5000);
  });
});
