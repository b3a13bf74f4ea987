/**
 * Classes of round 16 (issue #15), checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { titleForReport } from '@/lib/generate/time-bound-title';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('full review r15: a title’s “new” belongs to the report that wrote it', () => {
  const arrival = article('roe-varn-2006', 'New defence minister visits the front', '2006-12-21', [
    'The new U.S. Defense Secretary, Jana Roe, visited troops in Varn and held meetings with army chiefs on the second day of her trip.',
    '"The soldiers asked for more helicopters and better radios, and we will look at both," General Mark Tull said after the meeting.',
    '"I came to listen to the soldiers before any decision on reinforcements," Roe told reporters in Varn.',
  ]);
  const later = article('roe-lund-2010', 'Roe visit to Lund latest sign of closer ties', '2010-01-19', [
    'U.S. Defense Secretary Jana Roe arrived in Lund on Tuesday for talks on military cooperation with her counterpart, Olaf Berg.',
    '"We have as broad a range of exchanges with the Lund forces as we have almost anywhere in the world," Roe said.',
    '"Our two armies have trained together for a decade and will do so again next spring," Berg said.',
    '"The exchanges with Washington are the backbone of our defence planning for the next decade," said Lund Army chief Paul Nyberg.',
  ]);

  it('shows “Jana Roe (U.S. Defense Secretary)” for her 2010 words, not the 2006 report’s “new”', () => {
    const articles = [arrival, later];
    const explanations = generateBank(extractLibrary(articles), articles)
      .questions.filter((q) => q.kind === 'who-said' && q.sources[0]?.article === 'roe-lund-2010')
      .map((q) => q.explanation);
    expect(explanations.join('\n')).toContain('Jana Roe (U.S. Defense Secretary) said it.');
  });

  it('drops a leading time word the cited report does not write with the title', () => {
    expect(titleForReport('new U.S. Defense Secretary', 'Defense Secretary Robert Gates said it was time.')).toBe('U.S. Defense Secretary');
    expect(titleForReport('new U.S. Defense Secretary', 'The new U.S. Defense Secretary, Robert Gates, said it.')).toBe('new U.S. Defense Secretary');
    expect(titleForReport('former President', 'Former President Blaise Compaore fled.')).toBe('former President');
    expect(titleForReport('Defense Secretary', 'anything')).toBe('Defense Secretary');
  });
});
