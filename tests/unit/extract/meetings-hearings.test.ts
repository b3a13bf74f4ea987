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
