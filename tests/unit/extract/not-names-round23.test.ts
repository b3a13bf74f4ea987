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

describe('a courtesy to several people', () => {
  it('opens no one’s name: “Good afternoon, Messrs Presidents, Madame Chancellor”', () => {
    const facts = extractLibrary([{
      id: 'summit-2019', title: 'News conference following the summit', date: '2019-12-09', bodyStart: 0,
      body: 'Ivan Petrov: We have agreed to exchange all prisoners by the end of the year.\n\nQuestion: Good afternoon, Messrs Presidents, Madame Federal Chancellor, will the line of contact be opened?',
    }]);
    expect(facts.people.map((p) => p.name).filter((n) => /Messrs/.test(n))).toEqual([]);
  });
});
