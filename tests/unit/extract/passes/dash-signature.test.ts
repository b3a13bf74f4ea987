import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass dash-signature: a quotation signed after a dash', () => {
  it('gives the name that ends the paragraph, with or without a title after it', () => {
    expect(decided('Ana Ruiz opened the session.\n\n“We are ready to talk about the budget now.” — Ana Ruiz', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'dash-signature' });
    expect(decided('“We are ready to talk about the budget now.” – Ana Ruiz, Minister of Finance', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'dash-signature' });
  });

  it('does not sign a quotation whose dash opens an aside that goes on', () => {
    expect(decided('The motto — “ready to talk about the budget now” — was everywhere, and Ana Ruiz smiled.', 'ready')?.pass).not.toBe('dash-signature');
  });
});
