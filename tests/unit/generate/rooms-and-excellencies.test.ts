/**
 * blind-43 offered "Benjamin Franklin Room" (a room of the State Department, from a transcript's header line) and
 * "Excellency Miguel Angel Moratinos" ("His Excellency …" in a photo caption) as people beside Rice's words.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { isPersonLike } from '@/lib/generate/people';
import type { ArticleInput } from '@/lib/extract/types';

const remarks: ArticleInput = {
  id: 'ruiz-vale-remarks',
  title: 'Remarks With Foreign Minister Tomas Vale of Lorvania After Their Meeting',
  body: [
    'Secretary Ana Ruiz, Benjamin Franklin Room, Washington, DC, June 19, 2031',
    '',
    'Secretary Ruiz with His Excellency Tomas Vale, Minister of Foreign Affairs of Lorvania, speak to the press after their bilateral meeting.',
    '',
    'SECRETARY RUIZ: Good afternoon. I am delighted to welcome my colleague Tomas Vale, the Foreign Minister of Lorvania, to Washington.',
    '',
  ].join('\n'),
  bodyStart: 0,
  outlet: 'U.S. Department of State',
  date: '2031-06-19',
};

describe('names that are no one to offer', () => {
  const people = extractLibrary([remarks]).people;

  it('reads “His Excellency” as a form of address, not part of the name', () => {
    expect(people.map((p) => p.name)).toContain('Tomas Vale');
    expect(people.map((p) => p.name).filter((n) => /Excellency/.test(n))).toEqual([]);
  });

  it('offers no room named after someone as a person', () => {
    expect(people.filter(isPersonLike).map((p) => p.name).filter((n) => /Room$/.test(n))).toEqual([]);
  });
});
