import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title: string, date: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, date }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Round 18 (meetP): a meeting on a day still to come, with no place in its own words, is held where the story is set.
describe('a coming day takes the story’s town', () => {
  const title = 'Lorvan and Tessian Ministers Meet in Brussels';

  it('“was to meet … on Monday” in a story set in Brussels is in Brussels', () => {
    const body = 'Foreign Minister Anna Berg of Lorvan and other officials are holding a two-day conference in Brussels with Tessian ministers.\n\n'
      + 'Ms. Berg was to meet with at least five Tessian ministers separately on Monday.';
    expect(meetings(body, title, '2031-05-05')).toContainEqual({ what: 'meeting', place: 'Brussels', when: 'Monday' });
  });

  it('a past day is not read so: “met … yesterday” may have been before the trip', () => {
    const body = 'Foreign Minister Anna Berg of Lorvan and other officials are holding a two-day conference in Brussels with Tessian ministers.\n\n'
      + 'Ms. Berg met with at least five Tessian ministers separately yesterday.';
    const got = meetings(body, title, '2031-05-05').find((m) => m.when === 'yesterday');
    expect(got?.place ?? null).toBeNull();
  });

  it('a byline’s town is where the reporter is: a coming summit across the border keeps no town', () => {
    const body = 'By Tomas Vale\nLisbon\n03 October 2031\n\nOfficials in Lisbon say the summit between the leaders of Lorvan and Tessia '
      + 'will wrap up as scheduled. The two leaders are expected to conclude their three-day summit Thursday with a joint statement.';
    const got = meetings(body, 'Leaders Decide Against Extending Summit', '2031-10-03').filter((m) => m.when === 'Thursday');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((m) => m.place === null)).toBe(true);
  });

  it('a repeat (“talks will resume Sunday”) is held where the earlier talks were, not in the story’s town', () => {
    const body = 'Foreign Minister Anna Berg of Lorvan and other officials are holding a two-day conference in Brussels with Tessian ministers.\n\n'
      + 'Ms. Berg told reporters that talks will resume Sunday.';
    const got = meetings(body, title, '2031-05-05').filter((m) => m.when === 'Sunday');
    expect(got.every((m) => m.place === null)).toBe(true);
  });
});
