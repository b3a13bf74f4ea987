import { describe, expect, it } from 'vitest';
import { capitalOfTownState, homeTownsOf, stateOfTown } from '@/lib/generate/home-towns';

describe('the towns of the answer’s own state', () => {
  it('knows the state of a capital, a summit town and a town only the gazetteer has', () => {
    expect(stateOfTown('Washington')).toBe('United States');
    expect(stateOfTown('Sochi')).toBe('Russia');
    expect(stateOfTown('Sirte')).toBe('Libya');
    expect(stateOfTown('Atlantis')).toBeNull();
    expect(capitalOfTownState('Yekaterinburg')).toBe('Moscow');
  });

  it('answers a capital with the towns where its leaders receive guests', () => {
    expect(homeTownsOf('Moscow')).toEqual(['St Petersburg', 'Sochi', 'Vladivostok']);
    expect(homeTownsOf('London')).toEqual([]);
  });

  it('answers another town with its capital and its largest towns, spelled as English copy spells them', () => {
    expect(homeTownsOf('Christchurch')).toEqual(['Wellington', 'Auckland']);
    expect(homeTownsOf('Sirte')).toEqual(['Tripoli', 'Benghazi']);
    expect(homeTownsOf('Kandahar')).toEqual(['Kabul']);
  });
});
