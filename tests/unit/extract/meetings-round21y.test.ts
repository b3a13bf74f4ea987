import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, date: m.date, participants: m.participants }));

// Round 21 (meetY): invented releases and transcripts, each in the shape a rule reads.

describe('a trip’s day glossed by its date in brackets times the meetings of that date', () => {
  it('“visited Oslo on Monday (5 February 2031) to have talks with …” is in Oslo, on that day', () => {
    const got = meetings('Secretary General Anna Berg visited Oslo on Monday (5 February 2031) to have talks with Prime Minister Erna Lind.', 'T', '2031-02-06');
    expect(got.map((m) => [m.place, m.date])).toEqual([['Oslo', '2031-02-05']]);
  });
});

describe('a plural of meetings held with no one and about nothing named counts meetings, it tells none', () => {
  it('“a series of bilateral and multilateral meetings this week”, “nearly a dozen meetings so far this year”, “the productive meetings yesterday” are no meeting', () => {
    expect(meetings('Secretary Anna Berg will depart this week for a trip to the region to participate in a series of bilateral and multilateral meetings this week.', 'T', '2031-02-06')).toEqual([]);
    expect(meetings('Anna Berg and Tomas Vale have held nearly a dozen meetings so far this year.', 'T', '2031-02-06')).toEqual([]);
    expect(meetings('We had a very good day today, building off the very productive meetings yesterday.', 'T', '2031-02-06')).toEqual([]);
  });

  it('“meetings with Prime Minister Erna Lind on Monday” is still one, and so are “meetings about trade on Wednesday”', () => {
    expect(meetings('Anna Berg will hold meetings with Prime Minister Erna Lind on Monday.', 'T', '2031-02-06').map((m) => m.when)).toEqual(['Monday']);
    expect(meetings('On Wednesday, the leaders will take part in meetings about trade and security.', 'T', '2031-02-06').map((m) => m.when)).toEqual(['Wednesday']);
  });
});

describe('talks with a list of people, each named with a title, are talks with each', () => {
  it('“visited Oslo to have talks with Prime Minister A, Foreign Minister B, and Defence Minister C” is three talks in Oslo', () => {
    const got = meetings('Secretary General Anna Berg visited Oslo on Monday to have talks with Prime Minister Erna Lind, Foreign Minister Tove Dahl, and Defence Minister Frank Moe.', 'T', '2031-02-06');
    expect(got.map((m) => m.place)).toEqual(['Oslo', 'Oslo', 'Oslo']);
    expect(got.map((m) => m.participants.filter((p) => p !== 'Anna Berg'))).toEqual([['Erna Lind'], ['Tove Dahl'], ['Frank Moe']]);
  });

  it('“talks with Palestinian President A and other Palestinian leaders” stays one', () => {
    expect(meetings('Secretary Anna Berg traveled to Ramallah for talks with Palestinian President Tomas Vale and other Palestinian leaders.', 'T', '2031-02-06')).toHaveLength(1);
  });
});

describe('a schedule’s lines, each opening on a time of day, are held in the town arrived at', () => {
  const schedule = [
    'On Saturday afternoon, the President will arrive in Lakeport, Norway.',
    'In the evening, the President will participate in expanded and restricted bilateral meetings with President Tomas Vale of Ruritania.',
    'The President will remain overnight in Lakeport, Norway.',
    'On Sunday morning, the President will hold a bilateral meeting with Prime Minister Anna Berg of the United Kingdom.',
  ].join('\n\n');

  it('the evening’s bilateral meetings and Sunday morning’s are in Lakeport, each timed by its line', () => {
    expect(meetings(schedule, 'Weekend schedule', '2031-02-06').map((m) => [m.place, m.when])).toEqual([['Lakeport', 'In the evening'], ['Lakeport', 'Sunday']]);
  });

  it('a line that tells a meeting and opens otherwise ends the schedule', () => {
    const more = `${schedule}\n\nThe President met Chancellor Ola Lund last year.`;
    expect(meetings(more, 'Weekend schedule', '2031-02-06').find((m) => m.participants.includes('Ola Lund'))?.place ?? null).toBeNull();
  });
});
