import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 19 of #16: quotations real news (dev13) still missed. Transcripts whose labels stand in capitals on lines
 * of their own, a label run into the words with no space after its colon, an excerpt whose one label opens on a
 * salutation. Every article here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('labels in capitals on lines of their own', () => {
  it('gives each turn under "HARBOUR MINISTER ELLISON:" and "SECRETARY VIEIRA:" to its speaker', () => {
    const body = [
      'Remarks With Harbour Minister Marta Ellison Before Their Meeting',
      'Secretary Tomas Vieira',
      'Lisbon',
      'May 4, 2011',
      'HARBOUR MINISTER ELLISON:',
      'I am glad to be in Lisbon again, and I am looking forward to our talks on the fisheries agreement.',
      'SECRETARY VIEIRA:',
      'Well, thank you. It is good to have you here, and we have a lot to talk about.',
      'HARBOUR MINISTER ELLISON:',
      'Thank you.',
    ].join('\n\n');
    expect(said(body, 'Remarks With Harbour Minister Marta Ellison Before Their Meeting')).toEqual([
      ['I am glad to be in Lisbon again, and I am looking forward to our talks on the fisheries agreement.', 'Marta Ellison'],
      ['Well, thank you. It is good to have you here, and we have a lot to talk about.', 'Tomas Vieira'],
      ['Thank you.', 'Marta Ellison'],
    ]);
  });

  it('still reads no transcript from two headings in capitals', () => {
    const body = [
      'KEY POINTS:',
      'The harbour will reopen in May, the council said on Monday.',
      'BACKGROUND:',
      'The council closed the harbour in 2009 after a storm.',
    ].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});
