import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass after-close: the clause right after the closing mark', () => {
  it('reads “…,” X said and “…,” said X', () => {
    expect(decided('“We are ready,” Ana Ruiz said.', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close', method: 'explicit' });
    expect(decided('“We are ready,” said Ana Ruiz, the mayor.', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close', method: 'inverted' });
  });
});
