import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass reacting-subject: a quotation right after its speaker reacts or is asked', () => {
  it('reads “Asked …, X shook his head.” and “X grinned.” before the quotation', () => {
    expect(decided('Asked whether he would resign, coach Tom Hale shook his head. “Not a chance.”', 'chance')).toMatchObject({ speaker: 'Tom Hale', pass: 'reacting-subject' });
    expect(decided('Ana Ruiz grinned. “I told you so.”', 'told you')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'reacting-subject' });
  });
});
