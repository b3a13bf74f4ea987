import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { NATIONALITIES } from '@/lib/extract/lexicon';
import { WORLD_DEMONYMS } from '@/lib/extract/lexicons/world-countries';

describe('every state\'s demonym, as data', () => {
  it('has a demonym for each of the independent states, the hand table winning where it differs', () => {
    expect(new Set(Object.values(WORLD_DEMONYMS)).size).toBeGreaterThan(170);
    expect(NATIONALITIES.tunisian).toBe('Tunisia');
    expect(NATIONALITIES.chadian).toBe('Chad');
    expect(NATIONALITIES.american).toBe('US');
  });

  it('reads "the Tunisian government" as a state\'s side to meet (GOV.UK, European Council, June 2015)', () => {
    const body = 'The Prime Minister will also speak with the Tunisian government later to offer help after the attack.';
    const m = extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.meetings;
    expect(m).toContainEqual(expect.objectContaining({ participants: expect.arrayContaining(['Tunisia']) }));
  });

  it('resolves "the Tunisian capital" to Tunis', () => {
    const body = 'Ministers met in the Tunisian capital on Monday to discuss the border.';
    const m = extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.meetings;
    expect(m).toContainEqual(expect.objectContaining({ place: 'Tunis' }));
  });
});
