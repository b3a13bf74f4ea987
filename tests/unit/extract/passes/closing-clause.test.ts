import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass closing-clause: an attribution that closes the sentence after more words', () => {
  it('reads “…” … , X said', () => {
    expect(decided('A deal is “still possible” before the summit, Ana Ruiz said.', 'still possible')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'closing-clause' });
  });
});
