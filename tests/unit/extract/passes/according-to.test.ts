import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass according-to: “according to X” in the sentence', () => {
  it('gives the quotation to the source', () => {
    expect(decided('The plan is “dead on arrival,” according to Senator Ana Ruiz.', 'dead on arrival')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'according-to' });
  });
});
