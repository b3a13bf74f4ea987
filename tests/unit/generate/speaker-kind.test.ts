/**
 * Who-said options are people when the answer is a person (#15, blind-27): a crash, a storm or a clause
 * read as a name ("Germanwings Flight", "Hurricane Florence", "Article Five") is never offered.
 */
import { describe, expect, it } from 'vitest';
import { speakerKind } from '@/lib/generate/speaker-kind';

describe('speaker kinds', () => {
  it('reads names of things as things, not people', () => {
    // "Yamaguchi Prefecture" was offered beside Vladimir Putin in blind-28.
    for (const name of ['Germanwings Flight', 'Hurricane Florence', 'Immigrant Visa', 'Direct Line', 'Article Five', 'Tamil Tiger', 'Yamaguchi Prefecture', 'Helmand Province']) {
      expect(speakerKind({ name }, [])).toBe('thing');
    }
  });

  it('keeps people whose names share a word with things', () => {
    for (const name of ['Tiger Woods', 'Bruce Robin', 'Theresa May', 'Mike Pompeo', 'Antony Blinken']) expect(speakerKind({ name }, [])).toBe('person');
  });
});
