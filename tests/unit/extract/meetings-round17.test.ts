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
