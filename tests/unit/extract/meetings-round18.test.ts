import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Round 18 (meetG): invented articles, each in the shape a rule reads.

describe('a visit verb with a list of places', () => {
  it('“visited Ghana, the Lorvan Authority and Togo” is one visit per place, no town for a state', () => {
    const body = 'Minister Anna Berg met the Lorvan envoy Tomas Vale in Paris on Monday, before travelling to the region where she '
      + 'visited Ghana, the Lorvan Authority and Togo to press for new talks on the border.';
    const got = meetings(body, 'Berg in the region', '2031-05-09').filter((m) => m.what.startsWith('visit to'));
    expect(got).toEqual([
      { what: 'visit to Ghana', place: null, when: null },
      { what: 'visit to the Lorvan Authority', place: null, when: null },
      { what: 'visit to Togo', place: null, when: null },
    ]);
  });

  it('“In India, … will visit both Goa and Delhi”: places within the state the clause opens with', () => {
    const body = 'In India, the minister will visit both Goa and Delhi as the guest of Defence Minister Tomas Vale, a spokesman said.';
    expect(meetings(body, 'Minister to travel').map((m) => m.place)).toEqual(['Goa', 'Delhi']);
  });

  it('not a history (“has visited Ghana and Togo”) nor a list of people', () => {
    expect(meetings('Minister Anna Berg has visited Ghana and Togo.', 'Berg').filter((m) => m.what.startsWith('visit to'))).toEqual([]);
    const people = meetings('Minister Anna Berg visited President Tomas Vale and Governor Lena Koss last week.', 'Berg', '2031-05-09');
    expect(people.filter((m) => m.what.startsWith('visit to'))).toEqual([]);
  });
});

describe('a list of people met that closes on the members of a body', () => {
  it('“… Minister Lena Koss and members of the Senate” is one meeting more, with the body', () => {
    const body = 'Secretary General Tomas Vale visited Lorvania on 7 November to meet President Anna Berg, Foreign Minister Lena Koss and members of the Senate.';
    expect(meetings(body, 'Vale in Lorvania', '2031-11-08').filter((m) => m.when === '7 November')).toHaveLength(3);
  });

  it('not “… and other key figures”', () => {
    const body = 'Secretary General Tomas Vale visited Lorvania on 7 November to meet President Anna Berg, Foreign Minister Lena Koss and other key figures.';
    expect(meetings(body, 'Vale in Lorvania', '2031-11-08').filter((m) => m.when === '7 November')).toHaveLength(2);
  });
});
