import { describe, expect, it } from 'vitest';
import { decided } from './decided';
import { one } from '../helpers';

describe('pass after-close: the clause right after the closing mark', () => {
  it('reads “…,” X said and “…,” said X', () => {
    expect(decided('“We are ready,” Ana Ruiz said.', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close', method: 'explicit' });
    expect(decided('“We are ready,” said Ana Ruiz, the mayor.', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close', method: 'inverted' });
  });
});

describe('pass after-close: a verb that ends in a colon hands over to the next quotation', () => {
  it('leaves “…NATO.” to the speaker before it, not to "The German leader added:"', () => {
    const quotes = one('Angela Merkel said in Tbilisi: “Georgia will be a member of NATO.” Saakashvili added: “We will stand by that.”').article.quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Angela Merkel', 'Saakashvili']);
  });

  it('reads a one-word owner before a descriptor as the owner, not the subject', () => {
    // tests/fixtures/blind/reuters-nordwest-bank.txt (the synthetic regression corpus).
    expect(decided('"Closing hundreds of branches in one go is not modernisation, it is abandoning rural customers," Verdi board member Stefan Kuehn said in a statement.', 'Closing'))
      .toMatchObject({ speaker: 'Stefan Kuehn', pass: 'after-close' });
    expect(decided('“We will not pay,” Smith told reporter Jane Doe.', 'pay')).toMatchObject({ speaker: 'Smith' });
  });

  it('steps over a party and state in brackets after the name', () => {
    expect(decided('“We will not pay for this at all,” Rep. Ana Ruiz (D-Mo.) said.', 'pay')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close' });
  });

  it('keeps the body an anonymous source speaks for', () => {
    expect(decided('“We will not pay for this at all,” a spokesperson for the Department of Health said.', 'pay'))
      .toMatchObject({ speaker: 'a spokesperson for the Department of Health', pass: 'after-close' });
  });

  it('steps over where a person works to the verb', () => {
    expect(decided('“We will not pay for this at all,” Ana Ruiz of the University of Ohio said.', 'pay')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close' });
    expect(decided('“We will not pay for this at all,” Ana Ruiz with Tom Reed said.', 'pay')?.speaker).toBeNull();
  });
});
