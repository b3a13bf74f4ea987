import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass embedded: an attribution inside the marks', () => {
  it('reads “…, warned X. …” and takes the attribution out of the text', () => {
    const r = decided('“The alliance will respond if Russia attacks, warned Jens Stoltenberg. We are ready.”', 'alliance');
    expect(r).toMatchObject({ speaker: 'Jens Stoltenberg', pass: 'embedded' });
  });
});
