import { describe, expect, it } from 'vitest';
import { isPersonLike } from '@/lib/generate/people';

/*
 * Blind reviews 28 and 38: a headline's or a photo caption's name and verb ("Bush Meets", "Clinton Shakes
 * Hands") offered as a who-said choice, and once as the key. Invented names, in that shape.
 */
const person = (name: string) => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases: [], role: null, affiliation: null });

describe('a name read with a caption verb is no person to offer', () => {
  it.each(['Marlowe Shakes Hands', 'Aldana Greets Ibarra', 'Vasquez Receives Award', 'Okafor Meets'])('"%s" is not offered', (name) => {
    expect(isPersonLike(person(name))).toBe(false);
  });

  it.each(['Mary Wells Lawrence', 'Sarah Banks Smith', 'Peter Lyons Smith', 'Robert M. Gates', 'Antonio de Aguiar Patriota'])('"%s", with a surname in -s, still is', (name) => {
    expect(isPersonLike(person(name))).toBe(true);
  });
});
