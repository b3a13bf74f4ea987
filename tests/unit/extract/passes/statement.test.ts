import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass statement: an organisation\'s statement speaks for its issuer', () => {
  it('keeps the issuer as written, before or after the quotation', () => {
    expect(decided('“The border will reopen on Monday,” said a joint statement from the two agencies.', 'border')).toMatchObject({ speaker: 'the two agencies', pass: 'statement', method: 'statement' });
    expect(decided('“The border will reopen,” read a statement issued by the ministry.', 'border')).toMatchObject({ speaker: 'the ministry', pass: 'statement' });
  });

  it('needs no pass of its own when the organisation is the subject of the verb', () => {
    expect(decided('“We see inflation easing,” the bank said in a statement.', 'inflation')).toMatchObject({ speaker: 'the bank', pass: 'after-close' });
  });
});
