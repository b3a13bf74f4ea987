import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const TITLE = 'Gordon Brown pledges to tackle youth unemployment';
/** number10-brown-youth-unemployment-2009, cut: the body calls the headline's subject by his post only. */
const BODY = [
  'HISTORIC PRESS RELEASE : Gordon Brown pledges to tackle youth unemployment [December 2009]',
  'The Prime Minister assured young jobseekers that new measures would bring down unemployment in the coming year during a visit to the Acton Jobcentre Plus in London today.',
  'Whilst hearing the stories of a number of young people who had been helped by their local Jobcentre, he said:',
  '“We really don’t want to have a generation of young people who are out of the labour market for too long.”',
  'Gordon Brown was joined by Work and Pensions Secretary Yvette Cooper.',
].join('\n\n');

const speakerOf = (body: string, title: string, snippet: string) => one(body, title).article.quotes.find((q) => q.text.includes(snippet))?.speaker;

describe('headline person: an untitled role noun stands for the one person the headline names', () => {
  it('reads "The Prime Minister … he said:" as the headline\'s Gordon Brown, not as "The Prime Minister"', () => {
    expect(speakerOf(BODY, TITLE, 'labour market')).toBe('Gordon Brown');
  });

  it('does not count "the Acton Jobcentre Plus" as someone else "he" could mean', () => {
    const body = BODY.replace('The Prime Minister', 'Gordon Brown');
    expect(speakerOf(body, TITLE, 'labour market')).toBe('Gordon Brown');
  });

  it('leaves the role as written when the headline names two people', () => {
    const title = 'Gordon Brown and Yvette Cooper pledge to tackle youth unemployment';
    const body = BODY.replace('Gordon Brown pledges', 'Gordon Brown and Yvette Cooper pledge').replace('he said:', 'the Prime Minister said:');
    expect(speakerOf(body, title, 'labour market')).not.toBe('Gordon Brown');
  });
});
