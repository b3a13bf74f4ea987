/**
 * Round 17 (coverM2): meetings the extractor can only call "the talks", asked when their own sentence says which by
 * who met; and the blanks that would show the answer's weekday or date again. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function article(id: string, title: string, date: string, lines: string[], outlet = 'Voice of America'): ArticleInput {
  return { id, title, body: `${lines.join('\n\n')}\n`, bodyStart: 0, outlet, date };
}

function asked(a: ArticleInput, kind: 'when' | 'where'): Question[] {
  return generateBank(extractLibrary([a]), [a]).questions.filter((q) => q.kind === kind);
}

describe('“Thursday, X met with Y”: a bare meeting told by who met', () => {
  it('is asked with its day blanked', () => {
    const a = article('vale-rook-talks', 'Norland Defense Chief Meets Top Ostrian Leaders', '2031-05-08', [
      'The new Norlish Defense Secretary, Tomas Vale, visited troops and held meetings with top Ostrian officials on the second day of a trip to Ostria.',
      'Thursday, Vale met with Ostrian Prime Minister Amir al-Rook, Ostria’s defense minister, and the Ostrian Security Council.',
      'He said the meetings were very positive.',
    ]);
    const got = asked(a, 'when');
    expect(got.map((q) => q.answer)).toEqual(['Thursday, May 8']);
    expect(got[0]!.prompt).toContain('_____, Vale met with Ostrian Prime Minister Amir al-Rook');
  });

  it('is not asked when no one is named after the verb (“whom he first met”)', () => {
    const a = article('vale-rook-whom', 'Norland Defense Chief Visits Ostria', '2031-05-08', [
      'Vale said Thursday he looked forward to seeing Ostrian Prime Minister Amir al-Rook, whom he first met on Thursday.',
    ]);
    expect(asked(a, 'when')).toEqual([]);
  });
});

describe('a blank whose sentence shows the answer again', () => {
  it('does not blank the weekday beside the written date (“on _____ (8 May 2031)”)', () => {
    const a = article('vale-rook-paren', 'Norland Defense Chief Meets Ostrian Prime Minister', '2031-05-09', [
      'Norlish Defense Secretary Tomas Vale met with Ostrian Prime Minister Amir al-Rook at the Grand Palace on Thursday (8 May 2031) for talks on the alliance.',
    ]);
    const gates: string[] = [];
    const bank = generateBank(extractLibrary([a]), [a], { trace: (_id: string, gate: string) => gates.push(gate) });
    expect(gates).toContain('when:stem-gives-it');
    for (const q of bank.questions) expect(q.prompt).not.toMatch(/on _____ \(8 May 2031\)/);
  });
});
