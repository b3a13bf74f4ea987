/**
 * Who-said classes two blind teachers sent back in blind-35 (tests/fixtures/question-review/pending/review-blind-35*.judged.md),
 * checked on invented text: a photographer credited under a picture is no speaker to offer.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const whoSaid = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'who-said');

describe('blind-35: a photo credit names no speaker', () => {
  const roleOf = (body: string, name: string) => extractLibrary([{ id: 't', title: 'T', body, bodyStart: 0 }]).people.find((p) => p.name === name)?.role ?? null;

  it('gives the photographer of a caption’s credit line the role reporter', () => {
    expect(roleOf('The ministers met in Tarno on Monday. Navy photo by Petty Officer 2nd Class Lena Vos (Click photo for a larger image)\n\nThey agreed.', 'Lena Vos')).toBe('reporter');
    expect(roleOf('Ivo Brandt met Marta Kell in Tarno on Monday. (Photo courtesy of Lena Vos)\n\nThey agreed.', 'Lena Vos')).toBe('reporter');
    expect(roleOf('Lena Vos, the fisheries minister, said the ministers met in Tarno on Monday.', 'Lena Vos')).not.toBe('reporter');
  });

  it('never offers the photographer beside the speakers of the report', () => {
    const report = article('varnia-defence-2013', 'Defence chief praises alliance with Tessaly', '2013-08-30', [
      'TARNO, Aug. 30, 2013 – Varnian Defence Minister Ivo Brandt met Tessalian President Marta Kell at the palace in Tarno today.',
      'Varnian Defence Minister Ivo Brandt, left, meets Tessalian President Marta Kell in Tarno, Aug. 30, 2013. Navy photo by Petty Officer 2nd Class Lena Vos (Click photo for screen-resolution image)',
      '“Our alliance with Tessaly is the anchor of peace in the northern sea, and our fleets will train together every spring,” Brandt said.',
      'Tessalian Defence Minister Otto Rask said his country would open two ports to the Varnian fleet next year.',
      '“We will open the ports of Halden and Vik to the ships of our ally before the winter,” Rask said.',
      'Varnian Navy chief Admiral Piet Dorn said the first joint exercise would start in March.',
      '“Our sailors have waited ten years for this chance to train beside the Tessalian fleet,” Dorn said.',
    ]);
    const asked = whoSaid([report]);
    expect(asked).not.toHaveLength(0);
    expect(asked.filter((q) => q.choices.includes('Lena Vos')).map((q) => q.prompt)).toEqual([]);
  });
});
