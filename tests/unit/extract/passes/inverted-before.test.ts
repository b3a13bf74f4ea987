import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass inverted-before: "Said X:" opening the sentence of the quotation', () => {
  it('gives the quotation to the one name after the verb', () => {
    expect(decided('Ana Ruiz spoke at length about the budget.\n\nSays Ruiz, “We will not pay for this bridge.”', 'bridge'))
      .toMatchObject({ speaker: 'Ana Ruiz', pass: 'inverted-before' });
    expect(decided('Ana Ruiz spoke at length about the budget.\n\nSaid Ana Ruiz: “We will not pay for this bridge.”', 'bridge')?.speaker).toMatch(/Ana Ruiz$/);
    expect(decided('Ana Ruiz spoke at length about the budget.\n\nAdded the minister: “We will not pay for this bridge.”', 'bridge'))
      .toMatchObject({ pass: 'inverted-before' });
  });

  it('names nobody when two people follow the verb', () => {
    expect(decided('Ana Ruiz met Tom Reed.\n\nSaid Ruiz to Tom Reed: “We will not pay for this bridge.”', 'bridge')?.pass).not.toBe('inverted-before');
  });
});
