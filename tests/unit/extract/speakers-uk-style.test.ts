import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * British government copy (realnews-dev6's Ministry of Defence story, on arrival): a unit after the
 * speaker's name ("Captain … of 204 Signal Squadron said:"), a surname that is also an outlet's name
 * ("Liam Fox said:"), and Parliament's styles ("the Rt Hon … MP"). Every article here is invented.
 */
const said = (body: string) => one(body).article.quotes.map((q) => [q.text.split(' ').slice(0, 5).join(' '), q.speaker]);
const people = (body: string) => one(body).lib.people.map((p) => p.name);

describe('British government copy', () => {
  it('gives the words to the person a unit or body follows ("Captain Ana Ruiz of 12 Signal Squadron said:")', () => {
    const body = 'Captain Ana Ruiz of 12 Signal Squadron said: “It was a great day for the whole unit and for the families at home.”';
    expect(said(body)).toEqual([['It was a great day', 'Ana Ruiz']]);
    expect(people(body)).not.toContain('Signal Squadron');
  });

  it('keeps a body of its own as the speaker ("the Ministry of Defence said:")', () => {
    const body = 'A spokesman for the Ministry of Defence said: “We will not comment on operations in the province at this time.”';
    expect(said(body)[0]?.[1]).not.toBe('Ana Ruiz');
    expect(said(body)[0]?.[1]).toMatch(/spokesman|Ministry/);
  });

  it('reads an outlet\'s word after a first name as the surname ("Liam Fox said:"), not before a body\'s name', () => {
    const body = [
      'The Defence Secretary, Dr Liam Fox, visited the base on Monday.',
      'Liam Fox said: "I will give you my promise that we will do everything we can to keep you safe."',
    ].join('\n\n');
    expect(said(body)).toEqual([['I will give you my', 'Liam Fox']]);
    expect(people('Will White House aides agree to the plan? Officials said they would meet on Monday.')).toEqual([]);
  });

  it('takes Parliament\'s styles as titles, not names ("the Rt Hon Andrew Mitchell MP")', () => {
    const body = 'The visitors were the Rt Hon Andrew Mitchell MP and the Right Honourable Maria Lopez. Mr Mitchell said the visit went well.';
    expect(people(body)).toEqual(expect.arrayContaining(['Andrew Mitchell', 'Maria Lopez']));
    expect(people(body).some((p) => /\b(?:Rt|Hon|Right)\b/.test(p))).toBe(false);
  });
});
