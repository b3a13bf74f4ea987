import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, participants: m.participants }));

// Round 22 (meetZ): invented releases and transcripts, each in the shape a rule reads.

describe('a briefing transcript whose nearest header lines list its topics', () => {
  const topics = Array.from({ length: 9 }, (_, i) => `  ${i + 1}. Topic number ${i + 1}`).join('\n\n');
  const body = `For Immediate Release\n\nOffice of the Press Secretary\n\nMarch 3, 2031\n\nPress Briefing by Ola Lund\n\nThe James S. Brady Briefing Room\n\n${topics}\n\n2:32 P.M. EDT\n\nMR. LUND: Good afternoon. I have two announcements today about the budget.\n\nQ Thank you.`;

  it('takes its date from the release’s lines further up and its town from the briefing room as the title names it', () => {
    expect(meetings(body, 'Press Briefing by Ola Lund, The James S. Brady Briefing Room')).toContainEqual(
      expect.objectContaining({ what: 'press briefing', place: 'Washington', when: 'March 3, 2031, 2:32 P.M. EDT' }));
  });

  it('a gathering still to come in its list of topics (“Upcoming Summit of the Ruritanias”) is not held where the briefing is', () => {
    const listed = body.replace('  9. Topic number 9', '  9. Upcoming Summit of the Ruritanias');
    expect(meetings(listed, 'Press Briefing by Ola Lund, The James S. Brady Briefing Room').map((m) => m.what)).toEqual(['press briefing']);
  });
});

describe('“the Oval”, the press office’s short name for the Oval Office, is in Washington', () => {
  it('“in addition to the meeting in the Oval” is a meeting in Washington', () => {
    const got = meetings('Tuesday, the Prime Minister of Ruritania will be here, and there will be a meeting in the Oval.', 'T', '2031-02-06');
    expect(got.map((m) => m.place)).toContain('Washington');
  });
});

describe('a plural of meetings with counterparts from a list of states is one meeting with each', () => {
  it('“four meetings today with her counterparts from Norway, New Zealand, India and, just now, the Republic of Korea” is four meetings', () => {
    const got = meetings('In Lakeport, Secretary Anna Berg held four meetings today with her counterparts from Norway, New Zealand, India and, just now, the Republic of Korea.', 'T', '2031-06-04');
    expect(got).toHaveLength(4);
  });

  it('“a meeting with his counterparts from Britain, France and Russia” stays one, and so does a list that is not of states only', () => {
    expect(meetings('Minister Tomas Vale called a meeting with his counterparts from Britain, France and Russia on Monday.', 'T', '2031-06-04')).toHaveLength(1);
    expect(meetings('Minister Tomas Vale held meetings with his counterparts from Britain, France and other European states on Monday.', 'T', '2031-06-04')).toHaveLength(1);
  });
});

describe('a gathering named on whose margins the sentence’s talks were held is in the town the talks’ words name, and is its own event', () => {
  it('“met today with Minister A in Lakeport on the margins of the Ruritania Foreign Ministers’ Meeting” is talks and the ministers’ meeting, both in Lakeport', () => {
    const got = meetings('Secretary Anna Berg met today with Foreign Minister Tomas Vale in Lakeport on the margins of the Ruritania Foreign Ministers’ Meeting.', 'T', '2031-06-04');
    expect(got.map((m) => m.place)).toEqual(['Lakeport', 'Lakeport']);
    expect(got.map((m) => m.what)).toContain('Ruritania Foreign Ministers’ Meeting');
  });

  it('“We last met in Lakeport on the sidelines of the G20 Summit” keeps the summit apart, in Lakeport', () => {
    const got = meetings('Prime Minister Anna Berg said: We last met in Lakeport on the sidelines of the G20 Summit, but much has changed since.', 'T', '2031-06-04');
    expect(got.find((m) => m.what === 'G20 Summit')?.place).toBe('Lakeport');
  });
});

describe('a name the text calls a town (“the resort city of X”) is the meeting’s town, gazetteer or not', () => {
  it('“met … Tuesday in the resort city of Lakeport”, “in the West Bank city of Eastholm” are in those towns', () => {
    expect(meetings('Secretary Anna Berg met with President Tomas Vale on Tuesday in the resort city of Lakeport, in her first visit.', 'T', '2031-06-04').map((m) => m.place)).toEqual(['Lakeport']);
    expect(meetings('Anna Berg held talks on Monday in the West Bank city of Eastholm with Tomas Vale.', 'T', '2031-06-04').map((m) => m.place)).toEqual(['Eastholm']);
  });
});
