/*
 * blind-58 and blind-59 (both judges each time): "the U.S. element also supported _____ Marine Corps fighters and
 * other combat aircraft stationed there" — where? A place-"there" is the one the sentence before named, so the
 * sentence is no stem alone; an existential "there are", "there’ll be" points at nothing.
 */
import { describe, expect, it } from 'vitest';
import { needsPrevious } from '@/lib/generate/body-lines';

describe('a sentence whose "there" is a place named before', () => {
  it('needs the sentence before', () => {
    expect(needsPrevious('Kestria also supported 24 fighters and other aircraft stationed there during the operation.')).toBe(true);
    expect(needsPrevious('Norland is preparing for an increase of more than 20,000 troops there in the coming months.')).toBe(true);
  });

  it('stands alone when "there" is existential', () => {
    expect(needsPrevious('Norland said there are 4,000 troops in the north.')).toBe(false);
    expect(needsPrevious('Today I am proud to announce there’ll be $250 million in new lending.')).toBe(false);
    expect(needsPrevious('Officials said there will be 300 observers at the border.')).toBe(false);
  });
});
