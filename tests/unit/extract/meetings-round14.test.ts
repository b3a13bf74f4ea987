import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 14: transcripts and readouts written for these tests (no article's own words), each in the shape a rule reads.

const TRANSCRIPT_TOP = 'THE WHITE HOUSE\n\nOffice of the Press Secretary\n\nFor Immediate Release September 3, 2011\n\n';

describe('the place of the meeting a briefing transcript records', () => {
  it('is the location line right above the first turn, not the issuing office in the page furniture', () => {
    const body = `${TRANSCRIPT_TOP}Press Filing Center\n\nGrand Hotel\n\nLisbon, Portugal\n\n6:00 P.M. WEST\n\n`
      + 'MR. SMITH: Good evening. An official will give a readout of the talks.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you. The two leaders spoke for an hour.';
    const got = meetings(body, 'Background Briefing by a Senior Administration Official on the President’s Talks with President Vale', '2011-09-03');
    expect(got).toContainEqual(expect.objectContaining({ what: 'background briefing', place: 'Lisbon' }));
    expect(got.filter((m) => m.place === 'Washington')).toEqual([]);
  });

  it('reads a town of two words on that line', () => {
    const body = `${TRANSCRIPT_TOP}Hotel Plaza\n\nBuenos Aires, Argentina\n\n6:00 P.M. ART\n\nMR. SMITH: Good evening.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you.`;
    expect(meetings(body, 'Background Briefing on the President’s Talks with President Vale')).toContainEqual(
      expect.objectContaining({ what: 'background briefing', place: 'Buenos Aires' }));
  });

  it('is still the issuing office’s town when the header names no other place', () => {
    const body = `${TRANSCRIPT_TOP}James S. Brady Press Briefing Room\n\n1:24 P.M. EDT\n\nMS. JONES: Good afternoon, everybody.\n\nQ Thank you.`;
    expect(meetings(body, 'Press Briefing by Press Secretary Ann Jones')).toContainEqual(expect.objectContaining({ what: 'press briefing', place: 'Washington' }));
  });
});

describe('the town of a transcript that a masthead heads', () => {
  it('places a meeting the body tells without a town where the briefing was given, not at the issuing office', () => {
    const body = `${TRANSCRIPT_TOP}Press Filing Center\n\nGrand Hotel\n\nLisbon, Portugal\n\n6:00 P.M. WEST\n\n`
      + 'MR. SMITH: Good evening.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you. The President had a two-hour meeting with President Tomas Vale. It went well.';
    const got = meetings(body, 'Background Briefing by a Senior Administration Official on the President’s Meeting with President Vale', '2011-09-03');
    expect(got.filter((m) => m.what === 'meeting').map((m) => m.place)).toEqual(['Lisbon']);
  });
});
