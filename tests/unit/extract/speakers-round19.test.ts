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

describe('a label run into its words, with no space after the colon', () => {
  it('gives the statement under "President of Portugal Tomas Vieira:Madam Minister, …" to him, paragraph by paragraph', () => {
    const body = [
      'Press statements following Portuguese-Swedish talks',
      'President of Portugal Tomas Vieira:Madam Minister, ladies and gentlemen,',
      'First of all, let me welcome Minister Marta Ellison to Lisbon and thank her for coming.',
      'The harbour project has become a good tradition between our countries.',
    ].join('\n\n');
    expect(said(body, 'Press statements following Portuguese-Swedish talks')).toEqual([
      ['Madam Minister, ladies and gentlemen', 'Tomas Vieira'],
      ['First of all, let me welcome Minister Marta Ellison to Lisbon and thank her for coming.', 'Tomas Vieira'],
      ['The harbour project has become a good tradition between our countries.', 'Tomas Vieira'],
    ]);
  });

  it('makes no speaker of a post alone glued to a sentence', () => {
    const body = ['Minister Ellison:The talks lasted three hours.', 'The harbour will reopen in May, the council said.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});

describe('an excerpt whose one label opens on a salutation', () => {
  it('gives "Name: Dear Mr Chairman!" and the lines after it to that speaker', () => {
    const body = [
      'Tomas Vieira: Dear Madam Minister!',
      'Dear Mr Mayor!',
      'Let me welcome you both to Lisbon. I think our harbours have much to learn from each other.',
      'Thank you very much.',
    ].join('\n');
    expect(said(body).map((q) => q[1])).toEqual(['Tomas Vieira', 'Tomas Vieira', 'Tomas Vieira', 'Tomas Vieira']);
  });

  it('still makes no label of a name over an exclamation and a third person\'s story', () => {
    const body = ['Marta Ellison: What a Life!', 'She was born in Lund in 1950 and ran the harbour for thirty years.'].join('\n');
    expect(said(body)).toEqual([]);
  });
});
