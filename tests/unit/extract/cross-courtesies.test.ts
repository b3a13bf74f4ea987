/*
 * A courtesy is every transcript's line, not one quotation two reports disagree about: "Thank you very much,
 * Mr. President." said by one leader in one transcript and another in the next made the later White House
 * transcript of fresh27 a "garbled copy" (two speaker conflicts), and every one of its 49 quotations went unasked.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const report = (id: string, date: string, body: string) => ({ id, title: `Report ${id}`, body, bodyStart: 0, date });

function speakerConflicts(a: ReturnType<typeof report>, b: ReturnType<typeof report>): string[] {
  return extractLibrary([a, b]).conflicts.filter((c) => c.kind === 'speaker').map((c) => c.about);
}

describe('cross-reference: courtesies are not one quotation', () => {
  it('does not set two transcripts’ thanks against each other', () => {
    const first = report('a', '2022-05-19', 'PRESIDENT HALVORSEN: Thank you very much, Mr. President.\n\nPRESIDENT ORTIZ: Thank you.\n\nPRESIDENT HALVORSEN: Our two navies will train together in the Baltic from next spring, and our engineers will share their plans.');
    const second = report('b', '2024-04-11', 'PRIME MINISTER TAKEDA: Thank you very much, Mr. President and Mr. Prime Minister.\n\nPRESIDENT ORTIZ: Thank you.\n\nPRIME MINISTER TAKEDA: The three coast guards will patrol the strait together this summer, starting from the northern ports.');
    expect(speakerConflicts(first, second)).toEqual([]);
  });

  it('still finds another speaker for the same words of substance', () => {
    const original = report('a', '2022-05-19', '“Our two navies will train together in the Baltic from next spring,” Halvorsen said after the talks.');
    const copy = report('b', '2022-05-20', '“Our two navies will train together in the Baltic from next spring,” Ortiz said following the talks.');
    expect(speakerConflicts(original, copy)).toHaveLength(1);
  });
});
