import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass introduced-block: a bare quotation block after the sentence that introduces its speaker', () => {
  it('gives the block to the one person the sentence names before its verb', () => {
    const body = 'Dana Reyes, a nurse, described the night the ward flooded.\n\n“The water came in under the doors.\n\n“We carried the patients upstairs.”';
    expect(decided(body, 'water came')).toMatchObject({ speaker: 'Dana Reyes', pass: 'introduced-block' });
  });
});
