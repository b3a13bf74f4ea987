import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass colon-paragraph: a paragraph ending “X said:” hands the next quotation to X', () => {
  it('reads the quotation that opens the next paragraph', () => {
    expect(decided('Chiara Martinelli, director of the network, said:\n\n“This is a loophole.”', 'loophole')).toMatchObject({ speaker: 'Chiara Martinelli', pass: 'colon-paragraph' });
  });
});
