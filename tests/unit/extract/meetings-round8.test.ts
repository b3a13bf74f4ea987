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

describe('one event or two', () => {
  it('a gathering that a two-sided meeting is held at is an event of its own', () => {
    const found = meetings('The two premiers held a bilateral meeting this morning at the Riga Digital Summit in Latvia.');
    expect(found).toEqual([expect.objectContaining({ what: 'bilateral meeting', place: 'Riga' }), expect.objectContaining({ what: 'Riga Digital Summit', place: 'Riga' })]);
    // People meeting at a conference are the conference.
    expect(meetings('Delegates of forty states met in Quito, Ecuador, at a conference on fisheries.')).toHaveLength(1);
  });

  it('a press conference is apart from the meeting it reports on', () => {
    const found = meetings('During a long meeting today in Lisbon, the ministers discussed fisheries, the minister said during a scheduled press conference.');
    expect(found.map((m) => m.what)).toEqual(['meeting', 'press conference']);
    expect(found.every((m) => m.place === 'Lisbon')).toBe(true);
  });

  it('a body that meets, or that a witness appears before, is one meeting with its verb', () => {
    expect(meetings('Speaking at a briefing in Geneva, the director said the Ethics Committee on housing would meet by video link on Friday.')
      .map((m) => [m.what, m.place])).toEqual([['briefing', 'Geneva'], ['meeting', 'virtual']]);
    expect(meetings('The governor told a press conference in London that rates would fall. He is due to appear before the Budget Select Committee in Westminster on Monday.')
      .map((m) => [m.what, m.place])).toEqual([['press conference', 'London'], ['Budget Select Committee', 'Westminster']]);
  });

  it('"one meeting at a time", "each meeting" count meetings in general', () => {
    expect(meetings('"We will decide one meeting at a time," the chair said in Oslo on Monday.')).toEqual([]);
    expect(meetings('Each meeting of the board in Oslo is recorded.')).toEqual([]);
  });
});
