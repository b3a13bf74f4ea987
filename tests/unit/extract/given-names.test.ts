import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { givenNameGender, isOtherGiven } from '@/lib/extract/given-name-gender';

const speakers = (body: string) => extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.quotes.map((q) => q.speaker);

describe('given names as a prior for pronouns', () => {
  it('knows names used for one gender only, and leaves shared names and initials open', () => {
    expect(givenNameGender('Wendy Sherman')).toBe('f');
    expect(givenNameGender('Jim Mattis')).toBe('m');
    expect(givenNameGender('Dana W. White')).toBeNull();
    expect(givenNameGender('J. Smith')).toBeNull();
    expect(isOtherGiven('Jim Mattis', 'f')).toBe(true);
  });

  it('rules out "Jim Mattis" as the "she" who added a quotation (DoD News, July 2017)', () => {
    const body = 'WASHINGTON, July 7, 2017 — Defense Secretary Jim Mattis met with British Defense Secretary Michael Fallon at the Pentagon today.\n\n'
      + 'In a statement summarizing the meeting, chief Pentagon spokesperson Dana W. White said Mattis lauded the partnership.\n\n'
      + 'Mattis also expressed his appreciation to Fallon for the recent decision to add more troops in Afghanistan, White said.\n\n'
      + '"The two leaders pledged to continue their dialogue on shared security interests and the U.S.-U.K. bilateral defense agenda," she added.';
    expect(speakers(body)).toEqual([expect.stringMatching(/White$/)]);
  });

  it('never picks between two men named: "he" stays open', () => {
    const body = 'Defense Secretary Jim Mattis met with British Defense Secretary Michael Fallon at the Pentagon today. "We are close allies," he said.';
    expect(speakers(body)).toEqual([null]);
  });
});
