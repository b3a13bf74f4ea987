import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 18 of #16: quotations real news (dev12) still missed. A transcript excerpt that kept only its first
 * speaker's label, its lines set off by single line breaks; a readout a named spokesperson provides; a
 * statement's last paragraph. Every article here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('an excerpt whose one label opens the body', () => {
  it('gives every line after "Name Surname:" to that speaker, whatever the line breaks', () => {
    const body = [
      'Marta Ellison: Good morning, and welcome to Lund, Mr Minister.',
      'I am glad that the talks we planned in Oslo could take place so soon.',
      'The harbour project is going well. Trade between our towns has doubled since the spring.',
    ].join('\n');
    expect(said(body)).toEqual([
      ['Good morning, and welcome to Lund, Mr Minister.', 'Marta Ellison'],
      ['I am glad that the talks we planned in Oslo could take place so soon.', 'Marta Ellison'],
      ['The harbour project is going well. Trade between our towns has doubled since the spring.', 'Marta Ellison'],
    ]);
  });

  it('reads a label on a line of its own at the top the same way', () => {
    const body = ['Marta Ellison:', 'Good morning, and welcome to Lund, Mr Minister.', 'I am glad we could meet so soon.'].join('\n');
    expect(said(body).map((q) => q[1])).toEqual(['Marta Ellison', 'Marta Ellison']);
  });

  it('makes no label of a heading, a place or a post before a colon, nor of a name inside a sentence', () => {
    const heading = ['Press Releases: Minister Ellison’s Meeting With Harbour Officials', 'We met the harbour officials on Monday, the ministry said.'];
    const place = ['New Delhi: The minister arrived on Monday for talks on the harbour project.', 'We will meet again in May, she said.'];
    const post = ['Minister Ellison: I am glad to be here in Lund today.', 'The talks lasted three hours.'];
    const inside = ['The mayor met Marta Ellison: the talks lasted three hours and I was there.', 'We will meet again.'];
    for (const lines of [heading, place, post, inside]) expect(said(lines.join('\n'))).toEqual([]);
  });

  it('makes no label of a name that opens narrative text speaking of others', () => {
    const body = ['Marta Ellison: A Life in the Harbour Trade', 'She was born in Lund in 1950 and ran the harbour for thirty years.'].join('\n');
    expect(said(body)).toEqual([]);
  });
});

describe('a readout a named spokesperson provides', () => {
  it('gives every paragraph of "Ms. X provided the following readout:" to her, though it speaks in the third person', () => {
    const body = [
      'Harbour Ministry Spokesperson Ms. Ada Lindqvist provided the following readout:',
      'Minister of Trade Jonas Berg met today with Estonian Minister of Economy Tiit Kask in Lund.',
      'Minister Berg welcomed the new ferry link between the two countries and the progress on the harbour project.',
      'Both ministers agreed to meet again in Tallinn in the autumn.',
    ].join('\n\n');
    expect(said(body).map((q) => q[1])).toEqual(['Ada Lindqvist', 'Ada Lindqvist', 'Ada Lindqvist']);
  });

  it('keeps a readout provided by a body, and a statement, to the paragraphs that speak in the first person', () => {
    const body = [
      'The ministry provided the following readout:',
      'Minister of Trade Jonas Berg met today with Estonian Minister of Economy Tiit Kask in Lund.',
      'Minister Berg welcomed the new ferry link between the two countries and the progress on the harbour project.',
      'Both ministers agreed to meet again in Tallinn in the autumn.',
    ].join('\n\n');
    expect(said(body).length).toBeLessThanOrEqual(1);
  });
});

describe('the last paragraph of a statement handed over by "X said:"', () => {
  it('ends the statement when only page furniture follows it', () => {
    const body = [
      'The Trade Secretary will travel to Tallinn next month.',
      'A ministry spokeswoman said:',
      'The Trade Secretary has accepted an invitation to visit Tallinn in the spring.',
      'We have always been clear that trade with Estonia is in our national interest.',
      'Details of the programme will be announced in due course.',
      'Published 4 May 2019',
    ].join('\n\n');
    expect(said(body).map((q) => q[0])).toEqual([
      'The Trade Secretary has accepted an invitation to visit Tallinn in the spring.',
      'We have always been clear that trade with Estonia is in our national interest.',
      'Details of the programme will be announced in due course.',
    ]);
  });

  it('leaves the reporter a closing paragraph that reports speech, or one that more prose follows', () => {
    const reported = ['A ministry spokeswoman said:', 'We have always been clear that trade with Estonia is in our interest.', 'The minister told reporters the visit would last two days.'];
    const more = ['A ministry spokeswoman said:', 'We have always been clear that trade with Estonia is in our interest.', 'The visit was planned in May.', 'Tallinn has hosted three such visits since 2015.'];
    expect(said(reported.join('\n\n')).map((q) => q[0])).toEqual(['We have always been clear that trade with Estonia is in our interest.']);
    expect(said(more.join('\n\n')).map((q) => q[0])).toEqual(['We have always been clear that trade with Estonia is in our interest.']);
    const named = ['Ahead of the visit, Minister Ruiz said:', 'We have always been clear that trade with Estonia is in our interest.', 'While in Tallinn, Minister Ruiz will open the new ferry terminal.', 'Published 4 May 2019'];
    expect(said(named.join('\n\n')).map((q) => q[0])).toEqual(['We have always been clear that trade with Estonia is in our interest.']);
  });
});
