/**
 * A compound adjective is no name: "Pakistan-based Islamic militants" became a person, offered as a who-said choice
 * in 33 questions of round 23's bank. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

describe('compound adjectives before a noun', () => {
  it.each(['Telba-based Islamic', 'Kremlin-backed Popular', 'Norland-led Joint'])('are not people: %s', (phrase) => {
    const facts = extractLibrary([{
      id: 'border-2004', title: 'Ministers meet on the border', date: '2004-06-20', bodyStart: 0,
      body: `Norland's foreign minister Ivan Petrov met his counterpart Karim Hadi in Vell on Sunday. Norland blames the violence on ${phrase} militants crossing the line of control. “We will talk until the shooting stops,” Petrov said.`,
    }]);
    expect(facts.people.map((p) => p.name)).not.toContain(phrase);
    expect(facts.people.map((p) => p.name)).toContain('Ivan Petrov');
  });
});
