/**
 * Round 15 (meet19): questions of meetings the extractor newly reads, on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const host: ArticleInput = {
  id: 'vale-to-host-vogt',
  title: 'Kestrel announces new aid as Vale, Vogt to meet',
  body: [
    'Kestrel announced $2 billion in new aid for Lorvania as President Tomas Vale prepared to host Lorvanian Chancellor Irma Vogt for talks Thursday at the White House.',
    '',
    'Vogt thanked Kestrel for its support and said the aid would be used well.',
    '',
  ].join('\n'),
  bodyStart: 0,
  outlet: 'Voice of America',
  date: '2031-09-25',
};

describe('a meeting someone “prepared to host”', () => {
  it('is asked about as still to come', () => {
    const asked = generateBank(extractLibrary([host]), [host]).questions.filter((q) => q.kind === 'when' || q.kind === 'where');
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/\b(?:did|visit)\b/);
  });
});
