import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

/** The header of a Court of Appeal judgment as BAILII prints it (dev: R v McNee, Russell and Gunn). */
const HEADER = 'Neutral Citation Number: [2007] EWCA Crim 1529\n\nIN THE COURT OF APPEAL\n\nCRIMINAL DIVISION\n\nRoyal Courts of Justice\n\nStrand\n\nLondon, WC2\n\n3rd May 2007\n\nB e f o r e :\n\nSIR IGOR JUDGE\n\n';

describe('the hearing a court record is', () => {
  it('reads the court, the city and the date of a judgment\'s header as its hearing', () => {
    expect(meetings(`${HEADER}The appellants were convicted of conspiracy and now appeal against sentence.`, 'McNee & Ors, R. v [2007] EWCA Crim 1529'))
      .toEqual([expect.objectContaining({ what: 'Court of Appeal hearing', place: 'London', when: '3rd May 2007' })]);
  });

  it('reads no hearing from a court named in prose', () => {
    expect(meetings('In the Court of public opinion, he lost long ago.\n\nHe will appeal, his lawyer said.')).toEqual([]);
  });
});

describe('court events told by their verb (dev6: a Wikinews brief)', () => {
  it('reads a trial held and a sentencing on a date as hearings, a sentence without a time as none', () => {
    const got = meetings('Joshua French and Tjostolv Moland were originally sentenced in September 2009, but lost their appeal in December of the same year. The latest trial was held in April after the Congolese Military High Court overturned the original sentences and ordered a retrial.');
    expect(got).toEqual([
      expect.objectContaining({ what: 'sentencing', place: null, when: 'in September 2009' }),
      expect.objectContaining({ what: 'trial', place: null, when: 'in April' }),
    ]);
    expect(meetings('Two former Norwegian soldiers have been sentenced to death in the Democratic Republic of Congo for the second time.')).toEqual([]);
    expect(meetings('The trial of the century is a good book.')).toEqual([]);
  });
});
