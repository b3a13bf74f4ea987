import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass continued: the quotation goes on with the speaker before it', () => {
  it('reads the next quotation of the paragraph and a paragraph that continues an unclosed one', () => {
    expect(decided('“We are ready,” Ana Ruiz said. “We have been for weeks.”', 'for weeks')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'continued' });
    expect(decided('“We are ready,” Ana Ruiz said. “We waited.\n\n“Now we act.”', 'Now we act')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'continued' });
  });

  it('not across someone else named in between', () => {
    expect(decided('“We are ready,” Ana Ruiz said, but Tom Hale disagreed. “Not yet.”', 'Not yet')?.speaker).not.toBe('Ana Ruiz');
  });
});
