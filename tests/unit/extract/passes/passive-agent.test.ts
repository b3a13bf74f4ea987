import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass passive-agent: “was made by X”', () => {
  it('gives the quoted words to the agent', () => {
    expect(decided('An offer of “reciprocal measures” was made by President Ana Ruiz on Monday.', 'reciprocal')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'passive-agent' });
  });
});
