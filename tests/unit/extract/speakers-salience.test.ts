import { describe, expect, it } from 'vitest';
import { decided } from './passes/decided';

describe('pronouns: who else the text names', () => {
  it('does not count the firm after "Name of" as someone else who could be meant', () => {
    // tests/fixtures/retired-blind/circuit-foldable-launch.txt (the synthetic regression corpus).
    const body = 'Another analyst, Dana Whitcombe of Crestline Securities, was more upbeat. “People said the same thing about the first $1,000 phone,” she wrote in a note to clients.';
    expect(decided(body, 'People said')).toMatchObject({ speaker: 'Dana Whitcombe', pass: 'after-close' });
  });

  it('still counts a second person named in full', () => {
    const body = 'Another analyst, Dana Whitcombe, met Robin Ames. “People said the same thing about the first $1,000 phone,” she wrote in a note to clients.';
    expect(decided(body, 'People said')?.speaker).toBeNull();
  });
});
