import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, date: m.date, participants: m.participants }));

// Round 21 (meetY): invented releases and transcripts, each in the shape a rule reads.

describe('a day glossed by its date in brackets is one time', () => {
  it('“visited Oslo on Monday (5 February 2031) to have talks with …” is in Oslo, on that day, timed as written', () => {
    const got = meetings('Secretary General Anna Berg visited Oslo on Monday (5 February 2031) to have talks with Prime Minister Erna Lind.', 'T', '2031-02-06');
    expect(got.map((m) => [m.place, m.when, m.date])).toEqual([['Oslo', 'Monday (5 February 2031)', '2031-02-05']]);
  });
});
