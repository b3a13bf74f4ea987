import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 19 of #16: a post of a few words without a full stop ("Внезапно pic.twitter.com/…", "ruslan_k: Done :)")
 * reads like a subhead and was dropped as page furniture, with the translation after it. A line signed under it or
 * opened by a label that labels other lines of the same chat is a post. Every article here is invented.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a short post under a roundup heading', () => {
  it('reads a post of a few words above its signature line, and the translation after it', () => {
    const body = [
      'Some of the week\'s most shared posts:',
      'Мост снова закрыт pic.twitter.com/qWxKzPa',
      '— Oleg Varlamov (@olegvar) May 5, 2014',
      'The bridge is closed again.',
      'The city council meets on Tuesday to discuss the repairs, which have already cost twice the planned sum.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Мост снова закрыт pic.twitter.com/qWxKzPa', 'Oleg Varlamov'],
      ['The bridge is closed again.', 'Oleg Varlamov'],
    ]);
  });

  it('reads a chat line of a few words whose label opens other lines of the same chat', () => {
    const body = [
      'The ban on the film divided the bloggers of Almaty, as this exchange shows:',
      'ruslan_k: The cinema first said it would show the film and then said it had never heard of it. I will drive to Bishkek to watch it.',
      'aigerim88: I will come with you, if there is a seat left in the car.',
      'ruslan_k: Then we leave on Friday morning, before the roads fill up with holiday traffic.',
      'ruslan_k: Done :)',
      'The film opened in Bishkek a week later, to full houses.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The cinema first said it would show the film and then said it had never heard of it. I will drive to Bishkek to watch it.', 'ruslan_k'],
      ['I will come with you, if there is a seat left in the car.', 'aigerim88'],
      ['Then we leave on Friday morning, before the roads fill up with holiday traffic.', 'ruslan_k'],
      ['Done :)', 'ruslan_k'],
    ]);
  });

  it('keeps a short line that labels no one else\'s turn as a subhead', () => {
    const body = [
      'The ban on the film divided the bloggers of Almaty, as this exchange shows:',
      'ruslan_k: The cinema first said it would show the film and then said it had never heard of it. I will drive to Bishkek to watch it.',
      'aigerim88: I will come with you, if there is a seat left in the car.',
      'ruslan_k: Then we leave on Friday morning, before the roads fill up with holiday traffic.',
      'olga_t: Film opens',
      'The film opened in Bishkek a week later, to full houses.',
    ].join('\n\n');
    expect(said(body).map((x) => x[1])).toEqual(['ruslan_k', 'aigerim88', 'ruslan_k']);
  });
});
