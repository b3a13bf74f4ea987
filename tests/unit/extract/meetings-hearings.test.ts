import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { legislatureSeat } from '@/lib/extract/meetings/legislature';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

describe('hearings before a legislature sit where it does', () => {
  it('reads the chamber of a committee as its city, a state chamber or a club committee as none', () => {
    expect(legislatureSeat(' the House human rights subcommittee defended a European Parliament report')).toBe('Washington');
    expect(legislatureSeat(' the Senate Armed Services Committee on Tuesday')).toBe('Washington');
    expect(legislatureSeat(' the House of Commons Foreign Affairs Committee')).toBe('London');
    expect(legislatureSeat(' the Bundestag defence committee')).toBe('Berlin');
    expect(legislatureSeat(' a congressional hearing')).toBe('Washington');
    expect(legislatureSeat(' the Texas State Senate finance committee')).toBeNull();
    expect(legislatureSeat(' the club’s membership committee')).toBeNull();
    expect(legislatureSeat(' the house committee')).toBeNull();
  });

  it('places witnesses appearing before a House subcommittee in Washington (dev: VOA on rendition)', () => {
    expect(meetings('But witnesses appearing before the House human rights subcommittee defended a European Parliament report, which found among other things that rendition involved such things as incommunicado detention and torture.'))
      .toEqual([expect.objectContaining({ what: 'hearing', place: 'Washington' })]);
  });
});

describe('where a transcript is set (dev6: remarks and press availabilities)', () => {
  it('reads a speaker\'s title label as no dateline, and a host\'s welcome of a guest "here to Washington" as the city', () => {
    const remarks = 'Treaty Room\n\nJune 12, 2013\n\nSECRETARY KERRY: Good afternoon, everybody. It is a pleasure to welcome my friend.';
    expect(extractLibrary([{ id: 'a', title: 'Remarks With British Foreign Secretary William Hague After Their Meeting', body: remarks, bodyStart: 0 }])
      .articles[0]!.meetings.every((m) => m.place !== 'Secretary Kerry')).toBe(true);
    expect(meetings('And let me again welcome the foreign secretary here to Washington and to the State Department.\n\nOur meeting today reflected a wide array of shared concerns.'))
      .toEqual([expect.objectContaining({ place: 'Washington', when: 'today' })]);
  });

  it('places a joint press availability where the host welcomes the guest', () => {
    const body = 'FOREIGN MINISTER BAERBOCK: Ladies and gentlemen, dear Tony, very warm welcome once again. And in an official manner, I warmly welcome you to Berlin.\n\nSECRETARY BLINKEN: Thank you, Annalena.';
    expect(meetings(body, 'Secretary Antony J. Blinken and German Foreign Minister Annalena Baerbock at a Joint Press Availability'))
      .toContainEqual(expect.objectContaining({ what: 'press availability', place: 'Berlin' }));
  });
});
