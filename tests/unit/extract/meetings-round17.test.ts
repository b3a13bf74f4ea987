import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 17 (meet21): invented articles, each in the shape a rule reads.

describe('a trip dated by a range of days', () => {
  it('“from 3-7 April 2031” dates its meetings by the whole range', () => {
    const body = 'Minister Anna Berg visited Ghana and Togo from 3-7 April 2031 to deepen trade ties.\n\n'
      + 'In Ghana the Minister met with President Tomas Vale where he discussed the coming elections.';
    expect(meetings(body, 'Minister visits Lorvania').map((m) => m.when)).toEqual(['3-7 April 2031']);
  });
});

describe('a visit to a state named by its short name, dated', () => {
  it('“visited the UK this week” dates the meetings of its paragraph', () => {
    const body = 'Governor Tomas Vale visited the UK this week. Throughout the trip he spoke about the harvest. '
      + 'He met Defence Secretary Anna Berg and paid tribute to the troops.';
    expect(meetings(body, 'Vale in the UK', '2031-11-07').map((m) => m.when)).toEqual(['this week']);
  });

  it('not a visit whose time is that of another visit', () => {
    const body = 'This is Secretary Vale’s second visit to the UK since taking up his post, and follows his visit in May. '
      + 'He met Defence Secretary Anna Berg.';
    expect(meetings(body, 'Vale in the UK', '2031-11-07').map((m) => m.when)).not.toContain('May');
  });
});

describe('a month and year right before an event noun', () => {
  it('“the country’s February 2031 elections” are dated by the month too', () => {
    const body = 'The prosecutor asked President Tomas Vale to block the app, as his government refused to do ahead of the country’s February 2031 elections for Parliament.';
    expect(meetings(body, 'Vale and the app').map((m) => m.when)).toEqual(['February 2031']);
  });
});

describe('a part of the day written before the date', () => {
  it('“In the evening of March 19” is the time whole', () => {
    const body = 'Students held the hall for a second day. In the evening of March 19, the Student Front held a press conference to announce its demands.';
    expect(meetings(body, 'Students hold the hall').map((m) => m.when)).toEqual(['In the evening of March 19']);
  });
});

describe('meeting groups separately', () => {
  const trip = 'Minister Anna Berg will travel to Tallinn, Estonia, on May 4. Minister Berg will join foreign ministers for an informal Baltic Ministerial meeting. ';
  it('“will meet separately with A and B partners as well as counterparts in C and D” is one meeting with each group', () => {
    const body = trip + 'They will meet separately with Harbour Watch and Coastguard partners to discuss fishing as well as counterparts in the Amber Commission and the Lorvanian Council.';
    expect(meetings(body, 'Berg to travel').map((m) => [m.place, m.when])).toEqual(Array(5).fill(['Tallinn', 'May 4']));
  });

  it('not a list met together', () => {
    const body = trip + 'They will meet with Harbour Watch and Coastguard partners to discuss fishing.';
    expect(meetings(body, 'Berg to travel')).toHaveLength(1);
  });
});

describe('a body that “called for” a meeting', () => {
  it('is not a call, and “on” a town is what a meeting is about, not where it is held', () => {
    const body = 'While the Lorvanian Security Council called for and held an emergency meeting Wednesday night to discuss the latest airstrikes on Gaza, the Amber League waited.';
    expect(meetings(body, 'Council meets').map((m) => [m.type, m.place, m.when])).toEqual([['meeting', null, 'Wednesday']]);
  });

  it('“a meeting on Gaza aggression” is about Gaza', () => {
    expect(meetings('Live update from the Amber League meeting on Gaza aggression by the raiders.', 'League').map((m) => m.place)).not.toContain('Gaza');
  });
});

describe('“on” a place with its country', () => {
  it('“a town hall meeting with troops on Camp Harmony, Iraq” is held there', () => {
    expect(meetings('Minister Anna Berg held a town hall meeting with troops on Camp Harmony, Iraq, July 11.', 'Berg visits troops').map((m) => m.place)).toEqual(['Camp Harmony']);
  });
});

describe('a time in a “since” clause', () => {
  it('is where a span starts, not the meeting’s time', () => {
    const body = 'In a press conference with President Tomas Vale in Tbilisi, Minister Anna Berg said allies have delivered aid to Lorvania since the war began in February 2029.';
    expect(meetings(body, 'Berg in Tbilisi').map((m) => m.when)).not.toContain('in February 2029');
  });
});

describe('a “since” phrase between the meeting and its time', () => {
  it('“The talks, the third round since January, were held in Tbilisi on Monday” are dated Monday', () => {
    const body = 'Dock workers walked out on Wednesday after a third round of pay talks ended without agreement. The talks, the third round since January, were held in Tbilisi on Monday and Tuesday.';
    expect(meetings(body, 'Dock strike').map((m) => m.when)).toContain('Monday');
  });
});
