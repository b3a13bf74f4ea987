import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { firstWhen, lastWhen } from '@/lib/extract/meetings/when';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences written for these tests, each in the grammatical shape a rule reads (no article's own words).
describe('a meeting\'s time in the shapes real news writes it', () => {
  it('a span counted from the report is a time: "three weeks ago", "a year from now"', () => {
    expect(firstWhen(' with the envoy three weeks ago to review')).toBe('three weeks ago');
    expect(firstWhen(' a year from now in Oslo')).toBe('a year from now');
    expect(meetings('The two ministers agreed to hold another ministerial summit a year from now.'))
      .toEqual([expect.objectContaining({ when: 'a year from now' })]);
  });

  it('a time in the possessive belongs to the noun after it', () => {
    // "next month's summit": not the time of the working session before it.
    expect(firstWhen(' ahead of next month’s summit in Lima')).toBeUndefined();
    const found = meetings('The envoys held a working session ahead of next month’s summit in Lima.');
    expect(found.filter((m) => m.when === 'next month' && m.place !== 'Lima')).toEqual([]);
    expect(meetings('Many voters felt cheated by 2014’s elections.')).toEqual([expect.objectContaining({ when: '2014' })]);
  });

  it('a dated range is one time, not its last day', () => {
    expect(lastWhen('will travel to Hanoi March 3 – March 6 to')).toBe('March 3 – March 6');
    expect(meetings('The minister will travel to Hanoi March 3 – March 6 to meet with senior Vietnamese leaders.'))
      .toEqual([expect.objectContaining({ place: 'Hanoi', when: 'March 3 – March 6' })]);
  });
});
