import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const said = (body: string) => one(body).article.quotes.map((q) => [q.speaker, q.pass]);

describe('pass colon-subject: a short clause before a colon announces its subject’s words', () => {
  it('gives the quotation to the one person the clause names', () => {
    expect(said('Angela Merkel met Mikheil Saakashvili in Tbilisi on Sunday. Merkel was blunt: “Georgia will become a member of NATO if it wants to.”'))
      .toEqual([['Angela Merkel', 'colon-subject']]);
  });

  it('gives nothing when the clause names someone else or speaks of another’s words', () => {
    expect(said('Angela Merkel met Mikheil Saakashvili in Tbilisi. Merkel and Saakashvili were blunt: “Georgia will become a member of NATO.”')).toEqual([[null, 'none']]);
    expect(said('Angela Merkel met Mikheil Saakashvili in Tbilisi. Merkel read a letter from the alliance: “Georgia will become a member of NATO.”')).toEqual([[null, 'none']]);
  });

  it('steps over a fronted phrase of setting that names nobody', () => {
    expect(said('In her speech, Ana Ruiz struck a defiant tone: “We are ready to talk about the budget now.”')).toEqual([['Ana Ruiz', 'colon-subject']]);
    expect(said('At the meeting with Tom Hale, Ana Ruiz was blunt: “We are ready to talk about the budget now.”')).toEqual([[null, 'none']]);
  });
});
