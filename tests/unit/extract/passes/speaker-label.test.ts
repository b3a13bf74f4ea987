import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const turns = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker, q.pass]);

describe('pass speaker-label: transcript turns', () => {
  it('gives each paragraph of a turn to the label, resolved to the person the article names', () => {
    const body = [
      'Press briefing with spokesperson Ned Price and Deputy Secretary Wendy Sherman.',
      'MR PRICE: Good afternoon. I am pleased to have the Deputy Secretary here.',
      'DEPUTY SECRETARY SHERMAN: Thank you very much.',
      'We have processed more than 4,840 people.',
      'Q: How many remain?',
    ].join('\n\n');
    expect(turns(body)).toEqual([
      ['Good afternoon. I am pleased to have the Deputy Secretary here.', 'Ned Price', 'speaker-label'],
      ['Thank you very much.', 'Wendy Sherman', 'speaker-label'],
      ['We have processed more than 4,840 people.', 'Wendy Sherman', 'speaker-label'],
      ['How many remain?', 'a reporter', 'speaker-label'],
    ]);
  });

  it('reads initials, roles after a comma, descriptions and the White House "Q" without a colon', () => {
    const body = [
      'Andrew Marr: Welcome, Foreign Secretary William Hague.',
      'WH: Thank you.',
      'AM: Should he go now?',
      'SENIOR ADMINISTRATION OFFICIAL: Let me make a few remarks.',
      'Q Happy Monday.',
      'WILLIAM HAGUE, FOREIGN SECRETARY: It is not for us to say.',
    ].join('\n\n');
    expect(turns(body).map((t) => t[1])).toEqual(['Andrew Marr', 'William Hague', 'Andrew Marr', 'a senior administration official', 'a reporter', 'William Hague']);
  });

  it('needs two labels in capitals, and never takes a caption or a note for a speaker', () => {
    expect(turns('PICTURE: Firefighters at work.\n\nNOTE: “We are ready,” the chief said.\n\nThe fire spread.')).toEqual([
      ['We are ready', 'the chief', 'after-close'],
    ]);
    expect(one('Sahel: 3.4 million children out of school\n\nSahel: 3.4 million children out of school\n\nMali: more closures.').article.quotes).toEqual([]);
  });

  it('ends a turn at a label it cannot read rather than giving the next speaker\'s words to the last one', () => {
    const body = 'MR. KIRBY: Thanks.\n\nMS. JEAN-PIERRE: Go ahead.\n\nDr Ana Ruiz, WHO: We need more vaccines.';
    expect(turns(body).map((t) => t[0])).toEqual(['Thanks.', 'Go ahead.']);
  });
});
