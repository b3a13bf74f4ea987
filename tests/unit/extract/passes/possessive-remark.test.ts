import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass possessive-remark: a quotation given as someone\'s comment', () => {
  it('gives an unnamed owner as written (globalvoices-trinidad-new-government-2015)', () => {
    const body = 'Her decision may have been a wise one, however, given the poor turnout. One What\'sApp user, Robin Foster, chuckled at a reporter\'s comment that “there were more red chairs than yellow jerseys at Rienzi Complex”. Red and yellow are the respective colours of Rowley\'s and Persad-Bissessar\'s parties.';
    expect(decided(body, 'red chairs')).toMatchObject({ speaker: 'a reporter', pass: 'possessive-remark' });
  });

  it('gives a named owner, with a colon or "that" before the marks', () => {
    expect(decided('The crowd cheered Ana Ruiz\'s reply: “We will not go back to the old ways.”', 'old ways')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'possessive-remark' });
  });

  it('reads "his"/"her" and "… was blunt:" like a name', () => {
    expect(decided('Ana Ruiz opened the session. Her message was clear: “We are ready to talk about the budget now.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'possessive-remark', method: 'pronoun' });
    expect(decided('Ana Ruiz opened the session. In her words, “we are ready to talk about the budget now.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'possessive-remark' });
    expect(decided('Ana Ruiz’s response was blunt: “We are ready to talk about the budget now.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'possessive-remark' });
  });

  it('reads the owner after "from" or "of" (The message from Ana Ruiz was simple: “…”)', () => {
    expect(decided('The message from Ana Ruiz was simple: “We are ready to talk about the budget now.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'possessive-remark' });
    expect(decided('A letter from Ana Ruiz arrived: “We are ready to talk about the budget now.”', 'ready')?.speaker).toBeNull();
  });

  it('leaves a quotation alone when the noun is not one of saying or the owner is not a person', () => {
    expect(decided('Robin Foster praised the party\'s slogan, “Let\'s do this together for all of us”.', 'together')?.speaker).toBeNull();
    expect(decided('Voters read the city\'s comment that “the roads will reopen next week after repairs”.', 'roads')?.speaker).toBeNull();
  });
});
