import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { cityIn } from '@/lib/extract/meetings/setting';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when, type: m.type }));

describe('meetings: the event’s own clause, not the reporting clause', () => {
  it('takes place and time from the clause of the talks, not from "said on Monday in Rome"', () => {
    const [m] = meetings('The minister said on Monday in Rome that talks in Madrid would follow on Friday.');
    expect(m).toMatchObject({ place: 'Madrid', when: 'Friday' });
  });
});

describe('meetings: where the article is set', () => {
  it('reads a city from a title or header line, a venue as its city', () => {
    expect(cityIn('Background Briefing: P5+1 Negotiations With Iran in Vienna, Austria')).toBe('Vienna');
    expect(cityIn('Media Availability With Secretary Mattis at the Pentagon')).toBe('Washington');
    expect(cityIn('Weekly Flu Media Briefing')).toBeNull();
  });

  it('puts a meeting of the article’s present with no place of its own where the article is set', () => {
    const body = 'Palais Coburg\n\nVienna, Austria\n\nJuly 3, 2015\n\nThe two ministers met briefly in the middle of the day and had a conversation about the remaining issues.';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ place: 'Vienna', when: 'in the middle of the day' }));
  });

  it('leaves a meeting dated elsewhere in time without the setting', () => {
    const body = 'VIENNA, July 5 — Officials held talks last April with the delegation, the ministry said in a long statement on the matter.';
    expect(meetings(body).every((m) => m.place !== 'Vienna' || m.when !== 'last April')).toBe(true);
  });

  it('reads "in Brussels today for meetings" as meetings in Brussels', () => {
    expect(meetings('The secretary arrived in Brussels today for meetings with the secretary general of the alliance.')).toContainEqual(
      expect.objectContaining({ place: 'Brussels' }));
  });
});

describe('meetings: elections, ministerials, calls', () => {
  it('counts a dated general election, not a generic one', () => {
    expect(meetings('The opposition won yesterday’s general election by a wide margin across the country.')).toContainEqual(
      expect.objectContaining({ when: 'yesterday', place: null }));
    expect(meetings('A general election is won on the economy, every strategist in the party agrees.')).toEqual([]);
  });

  it('reads "spoke with" as a call in the record of a call, and the title’s call when the body names none', () => {
    const body = 'With Russia: The president spoke with President Vladimir Putin of Russia about arms control.\n\nWith Japan: The president spoke with the prime minister of Japan about trade.';
    const got = meetings(body, 'Readouts of the President’s calls with President Putin and Prime Minister Suga');
    expect(got.filter((m) => m.type === 'call' && m.place === 'virtual')).toHaveLength(2);
    const titled = meetings('Pressing issues of cooperation in various areas were discussed by the two presidents.', 'Telephone conversation with President of Turkey');
    expect(titled).toEqual([expect.objectContaining({ type: 'call', place: 'virtual' })]);
  });

  it('leaves "spoke to" alone outside the record of a call', () => {
    expect(meetings('I spoke to the president at the council and offered our sympathy to the French people.')).toEqual([]);
  });
});

describe('meetings: places shared within a sentence', () => {
  it('puts a meeting held "in advance of" another where that one is', () => {
    const got = meetings('This morning, the secretary met with the defence minister for a bilateral discussion in advance of the 11th meeting of the contact group at Ramstein Air Base, Germany.');
    expect(got.map((m) => m.place)).toEqual(['Ramstein Air Base', 'Ramstein Air Base']);
  });

  it('reads the capital a sentence names', () => {
    expect(meetings('The secretary held meetings with the president in Ukraine’s capital of Kyiv in August 2017.').map((m) => m.place)).toEqual(['Kyiv']);
  });
});
