import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Blind review 38: a photo caption in title case ("Secretary Clinton Shakes Hands With …") made a person of
 * its name and its verb, and a quotation went to that "person". Every article here is invented in that style.
 */
const people = (body: string) => one(body).lib.people.map((p) => p.name);
const said = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker]);

describe('a verb in a title-case caption line ends the name before it', () => {
  it.each([
    ['Senator Lindqvist Delivers Remarks to Chilean Foreign Minister Ibarra', 'Senator Lindqvist', 'Lindqvist'],
    ['Chancellor Vasquez Receives Award From Chilean President Ibarra', 'Chancellor Vasquez', 'Vasquez'],
    ['Secretary Marlowe Shakes Hands With Chilean Foreign Minister Ibarra', 'Secretary Marlowe', 'Marlowe'],
  ])('under "%s" the quotation goes to %s, with no verb in the name', (caption, titled, surname) => {
    const body = [caption, `This week ${titled} spent two days on the road. ${titled} said, “We are glad to be here.”`].join('\n\n');
    expect(said(body)).toEqual([['We are glad to be here.', surname]]);
    expect(people(body).filter((n) => n.startsWith(surname))).toEqual([surname]);
  });

  it('keeps a capitalised word after a name in prose as part of the name', () => {
    const body = 'Yesterday the council heard from Dana Shakes, who runs the ferry. Dana Shakes said the fares would rise.';
    expect(people(body)).toContain('Dana Shakes');
  });

  it('gives the caption\'s name no quotation of the person named in the text', () => {
    const body = [
      'March 3, 2012',
      'Secretary Marlowe Shakes Hands With Chilean Foreign Minister Ibarra',
      'This week, Secretary Marlowe hosted the Chilean delegation. The Secretary said, “Our partnership has never been stronger.”',
    ].join('\n\n');
    const quotes = said(body);
    expect(quotes).toEqual([['Our partnership has never been stronger.', 'Marlowe']]);
    expect(people(body)).not.toContain('Marlowe Shakes Hands');
  });
});

describe('a pronoun after a sentence that opens with a subordinate clause', () => {
  it('means the subject of the main clause, not the person the opening clause names', () => {
    const body = [
      'This week, Secretary Marlowe hosted the Chilean delegation. The Secretary said, “Our partnership has never been stronger.”',
      'As Secretary Marlowe prepares to travel to Asia next week, Deputy Minister Rafael Ortiz previewed the trade forum in Lima. He said, “Trade is the heart of the partnership.”',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Our partnership has never been stronger.', 'Marlowe'],
      ['Trade is the heart of the partnership.', 'Rafael Ortiz'],
    ]);
  });
});
