import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 17 of #16: shapes of text real news still left without a speaker. Every article here is invented
 * in those styles.
 */
const said = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker]);

describe('a name with the letters after it ("Jane Doe MP said")', () => {
  it('gives a GOV.UK block to the member, not to "MP"', () => {
    const body = [
      'Minister for Harbours, Rt Hon Dr Jane Doe MP, visited the port on Monday.',
      'Minister for Harbours, Rt Hon Dr Jane Doe MP said:',
      'The port is the heart of the town, and we will rebuild it.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The port is the heart of the town, and we will rebuild it.', 'Jane Doe']]);
  });

  it('reads "“…,” Jane Doe MP said" as said by Jane Doe', () => {
    const body = 'The minister visited the port.\n\n“We will rebuild the harbour before the winter,” Jane Doe MP said.';
    expect(said(body)).toEqual([['We will rebuild the harbour before the winter', 'Jane Doe']]);
  });
});

describe('a title set off from the name by a comma ("Foreign Secretary, Ana Ruiz, visited")', () => {
  it('gives "the Foreign Secretary said:" to the one person so titled', () => {
    const body = [
      'Foreign Secretary, Ana Ruiz, arrived in Lisbon on Monday for two days of talks.',
      'The UK has funded the harbour works since 2010 and leads the donors in the region.',
      'After meeting the Portuguese Prime Minister, the Foreign Secretary said:',
      'The port agreement is good for both our countries.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The port agreement is good for both our countries.', 'Ana Ruiz']]);
  });

  it('leaves "the secretary" unnamed when two people carry such a title', () => {
    const body = [
      'Home Secretary, Tom Reyes, and Foreign Secretary, Ana Ruiz, met the mayors on Monday.',
      '“We agreed on every point of the harbour plan,” the secretary said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['We agreed on every point of the harbour plan', 'the secretary']]);
  });
});

describe('a nation\'s leader for its president or prime minister ("the Russian leader")', () => {
  it('gives "the Russian leader" to the Russian President the story named, not to another president', () => {
    const body = [
      'President Tom Reyes met Russian President Ivan Petrov in Vienna on Friday.',
      'The Russian leader says they discussed the treaty at length. “There is no turning back for our country,” he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['There is no turning back for our country', 'Ivan Petrov']]);
  });

  it('gives "the American leader" to nobody when no title names the nation', () => {
    const body = 'President Tom Reyes met Russian President Ivan Petrov in Vienna.\n\n“We agreed on the treaty text,” the American leader said.';
    expect(said(body)).toEqual([['We agreed on the treaty text', 'the American leader']]);
  });
});
