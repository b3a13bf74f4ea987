import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when, participants: m.participants }));

// Round 11: sentences written for these tests (no article's own words), each in the grammatical shape a rule reads.

describe('one traveller meeting a list of people, each named with a title', () => {
  it('is one meeting with each person ("met A, B and C"), all in the town', () => {
    const got = meetings('The foreign minister met Defence Minister Anna Rossi, Interior Minister Piet Lund and President Omar Diallo in Lisbon on Tuesday.');
    expect(got.filter((m) => m.place === 'Lisbon')).toHaveLength(3);
  });

  it('is one meeting each after "to meet with", and a stop in a town places them', () => {
    const got = meetings('The tour began May 3 with a stop in Oslo to meet with Prime Minister Lena Dahl and Finance Minister Kari Berg.');
    expect(got).toEqual([
      expect.objectContaining({ place: 'Oslo', when: 'May 3' }),
      expect.objectContaining({ place: 'Oslo', when: 'May 3' }),
    ]);
  });

  it('is one each after the plural "meetings with", a lower-case title too ("opposition leader"), placed by a trip dated before its "to"', () => {
    const got = meetings('The envoy traveled Friday to Lusaka and held meetings with President Paul Chanda and opposition leader Ruth Mwale to end the deadlock.');
    expect(got.filter((m) => m.place === 'Lusaka' && m.what === 'meetings')).toHaveLength(2);
  });

  it('cites the sentence that names the people, though an earlier summary already told the meetings', () => {
    const body = 'The minister is back from Ottawa after meetings with senior officials.\nDuring his visit the minister met Prime Minister Lena Dahl and Finance Minister Kari Berg.';
    const lib = extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!;
    expect(lib.meetings.filter((m) => m.place === 'Ottawa').map((m) => body.slice(m.start, m.end))).toContain(
      'During his visit the minister met Prime Minister Lena Dahl and Finance Minister Kari Berg.');
  });

  it('reads a lower-case office after a person as describing them, and an abbreviated rank as a title', () => {
    const got = meetings('In Lima, the secretary met with Army Gen. Tom Vale, commander of Multinational Force North, and Ambassador Rose Hart on Tuesday.');
    expect(got.filter((m) => m.place === 'Lima')).toHaveLength(2);
  });

  it('ends the list at what follows "and" that is no titled person, and joins a person already met in the town', () => {
    const body = 'LIMA, May 2, 2019 - The minister held meetings in Lima with President Rose Hart and Secretary Tom Vale.\n'
      + 'He said: “I was glad to meet President Hart, Secretary Vale, and other key figures in the government.”';
    expect(meetings(body).filter((m) => m.place === 'Lima')).toHaveLength(2);
  });

  it('is one each for "separate talks with", one for "talks with"', () => {
    expect(meetings('The envoy held separate talks with President Paul Chanda and opposition leader Ruth Mwale in Lusaka on Friday.')).toHaveLength(2);
    expect(meetings('The envoy held talks with President Paul Chanda and opposition leader Ruth Mwale in Lusaka on Friday.')).toHaveLength(1);
  });

  it('stays one meeting for a singular noun, a pair as subject, an apposition or a group', () => {
    expect(meetings('The minister held a meeting with President Omar Diallo and Foreign Minister Ana Pires in Lisbon on Tuesday.')).toHaveLength(1);
    expect(meetings('Rossi and Lund met with President Omar Diallo and Foreign Minister Ana Pires in Lisbon on Tuesday.')).toHaveLength(1);
    expect(meetings('In Lisbon, the minister met with Gen. Tomas Vale, the chief of the General Staff, on Tuesday.')).toHaveLength(1);
    expect(meetings('In Lisbon, the minister met with defence officials, judges and mayors on Tuesday.')).toHaveLength(1);
    expect(meetings('The minister met jointly with President Omar Diallo and Foreign Minister Ana Pires in Lisbon on Tuesday.')).toHaveLength(1);
  });
});

describe('a time of the clause a "following" phrase hangs on', () => {
  it('is not the time of the meetings that phrase tells', () => {
    const got = meetings('The minister will fly to Ottawa later today, following two days of meetings in Montreal with Mayor Anne Roy and Premier Luc Gagnon.');
    expect(got.filter((m) => m.place === 'Montreal')).toHaveLength(2);
    expect(got.filter((m) => m.place === 'Montreal' && m.when === 'later today')).toHaveLength(0);
  });
});

describe('a meeting held during a trip away from the town the report is filed from', () => {
  it('is not placed at the dateline ("during the visits", "during the visit to seven countries", "to Peru")', () => {
    for (const s of [
      'During the visits, the minister met with defence officials, prime ministers and presidents.',
      'The minister met with generals and kings during the five-day visit to six countries.',
      'During her visit to Peru, the minister met with defence officials.',
    ]) expect(meetings(`LONDON, March 3, 2009 - The minister returned home today.\n${s}`)).not.toContainEqual(expect.objectContaining({ place: 'London' }));
  });

  it('is still the meeting its verb tells, with neither the dateline\'s town nor its day', () => {
    expect(meetings('LONDON, March 3, 2009 - The minister returned home today.\nDuring the visits, the minister met with defence officials and presidents.'))
      .toContainEqual(expect.objectContaining({ place: null, when: null }));
  });

  it('is at the dateline when the visit is to it, or names no other place', () => {
    expect(meetings('LONDON, March 3, 2009 - The minister ended a trip here.\nDuring his visit to London, the minister met with defence officials.'))
      .toContainEqual(expect.objectContaining({ place: 'London' }));
  });
});

describe('a meeting held on the sidelines of the next event its sentence names', () => {
  it('is read, and placed and dated by that event ("in the margins of", "on the sidelines of")', () => {
    const got = meetings('The two ministers agreed to hold a meeting of the contact group in the margins of the upcoming summit in Lima in March.');
    expect(got).toContainEqual(expect.objectContaining({ what: expect.stringMatching(/meeting/), place: 'Lima', when: 'in March' }));
    expect(got).toContainEqual(expect.objectContaining({ what: 'summit', place: 'Lima', when: 'in March' }));
  });

  it('is not held in the town the report is filed from', () => {
    const got = meetings('OTTAWA, May 2, 2019 - Ministers met here today.\nThey agreed to hold a meeting of the contact group on the sidelines of the summit in Lima in March.');
    expect(got.filter((m) => m.place === 'Lima')).toHaveLength(2);
  });
});
