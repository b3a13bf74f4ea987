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

  it('leaves "she" open when someone quoted before is named again after the last speaker', () => {
    // tests/fixtures/blind/tv-columbus-water-main.txt (the synthetic regression corpus): it went to the spokesperson.
    const body = [
      '"Nobody from the city knocked on our door, not once," said Loretta Simms, who has lived on East Hudson Street since the 1980s.',
      'The Ohio Environmental Protection Agency said it had been in contact with the city throughout. "Testing confirmed the water met all safety standards before the advisory was lifted," an Ohio EPA spokesperson said in an email.',
      'For Simms, the promises came too late.',
      '"I\'ve lived on this street most of my life and I\'ve never felt this forgotten," she said.',
    ].join('\n\n');
    expect(decided(body, 'lived on this street')?.speaker).not.toBe('an Ohio EPA spokesperson');
  });
});
