import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary, parseArticleFile } from '@/lib/extract';
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
    // The synthetic regression corpus: "For Simms, the promises came too late. “…,” she said" went to an EPA spokesperson.
    const file = 'tv-columbus-water-main.txt';
    const input = parseArticleFile(file, readFileSync(path.resolve(import.meta.dirname, '../../fixtures/blind', file), 'utf8'));
    const q = extractLibrary([input]).articles[0]?.quotes.find((x) => x.text.includes('lived on this street'));
    expect(q?.text).toBeDefined();
    expect(q?.speaker).not.toBe('an Ohio EPA spokesperson');
  });
});
