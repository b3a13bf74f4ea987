import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetingsOf = (title: string, body: string) => extractLibrary([{ id: 't', title, body, bodyStart: 0 }]).articles[0]!.meetings;

describe('the meeting a briefing transcript records', () => {
  it('takes where and when from the header lines above the first turn', () => {
    const body = 'James S. Brady Press Briefing Room\n\n1:24 P.M. EDT\n\nMS. JEAN-PIERRE: Good afternoon, everybody.\n\nQ Thank you.';
    expect(meetingsOf('Press Briefing by Press Secretary Karine Jean-Pierre', body)).toContainEqual(
      expect.objectContaining({ what: 'press briefing', place: 'Washington', when: '1:24 P.M. EDT' }));
  });

  it('reads a teleconference as virtual and a date from the title', () => {
    const tele = 'Via Teleconference\n\n11:04 A.M. EDT\n\nMR. SLAVITT: Good morning.\n\nDR. FAUCI: Thank you.';
    expect(meetingsOf('Press Briefing by the COVID-19 Response Team', tele)).toContainEqual(expect.objectContaining({ place: 'virtual' }));
    const dated = 'MR PRICE: Good afternoon. We have one item at the top.';
    expect(meetingsOf('Department Press Briefing – August 18, 2021', dated)).toContainEqual(expect.objectContaining({ place: null, when: 'August 18, 2021' }));
  });

  it('none for a story that is not a transcript, whatever its title says', () => {
    expect(meetingsOf('Press briefing on the budget', 'The minister spoke for an hour. “We are ready,” she said.').filter((m) => m.what === 'press briefing')).toEqual([]);
  });
});
