/**
 * A stem that sets its scene in a state ("In India, the secretary will visit both Goa and _____") rules out the
 * towns of other states: with one rival left the question is a toss (round 18, from meetG's added question).
 */
import { describe, expect, it } from 'vitest';
import { stemRulesOutPlaces } from '@/lib/generate/capital-clues';

const stem = 'In India, the secretary will visit both Goa and _____ as the guest of the defense minister.';

describe('options a stem’s scene rules out', () => {
  it('drops a where-question whose options leave the answer one rival of the named state', () => {
    expect(stemRulesOutPlaces(stem, 'Delhi', ['Islamabad', 'Kabul', 'Mumbai'])).toBe(true);
  });

  it('keeps one with two or more towns of the named state', () => {
    expect(stemRulesOutPlaces(stem, 'Delhi', ['Mumbai', 'Kolkata', 'Kabul'])).toBe(false);
  });

  it('reads the scene from a sentence that opens on it', () => {
    expect(stemRulesOutPlaces('In Afghanistan, he met leaders here and in _____.', 'Kandahar', ['Washington', 'Beijing', 'Islamabad'])).toBe(true);
  });
});
