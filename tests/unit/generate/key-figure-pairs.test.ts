/**
 * A key figure whose sentence leans on the one before (round 24, issue #15: "Pence … thanked some of the roughly
 * 15,000 U.S. personnel still in the country" was never asked) is asked as a passage quoting both sentences and
 * citing both; a sentence that still does not read after the one before ("the _____ countries") is not shown at
 * all. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { standsAfter } from '@/lib/generate/figure-stems';
import { restoreApostrophes } from '@/lib/generate/clean';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, body: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet: 'Voice of America', date: '2027-12-21' });

const visit = article(
  'velmar-minister-visits-troops',
  'Defence Minister Visits Troops Ahead of Winter Holiday',
  [
    'Senior Velmar officials visited troops abroad on Thursday as part of an annual holiday tradition.',
    '',
    'Prime Minister Ana Vey visited wounded soldiers at the Karsk military hospital.',
    '',
    'Defence Minister Tomas Reyn arrived in Moldavia for a surprise visit to the troops stationed on its border.',
    '',
    'Under heavy security, Reyn landed at Orlen Air Base, where he thanked some of the roughly 4,500 Velmar soldiers still in the country.',
    '',
  ].join('\n'),
);

// The same report with a quotation before the figure's sentence, as a live blog's last item ends.
const quoted = { ...visit, id: 'velmar-minister-visits-troops-quoted', body: visit.body.replace(/Defence Minister Tomas Reyn arrived in Moldavia[^\n]*/, '“We are proud of them all, and we will not forget them.”') };

const asksFigure = (q: Question, answer: string) => q.kind.startsWith('figure') && q.answer === answer;

describe('a key figure whose sentence leans on the one before', () => {
  it('is asked as a passage quoting both sentences, citing both', () => {
    const asked = bankOf([visit]).filter((q) => asksFigure(q, '4,500'));
    expect(asked.length).toBeGreaterThan(0);
    const body = visit.body;
    for (const q of asked) {
      expect(q.prompt).toMatch(/completes this passage/);
      expect(q.prompt).toContain('Defence Minister Tomas Reyn arrived in Moldavia');
      expect(q.prompt).toContain('still in the country.');
      const cited = body.slice(q.sources[0]?.start, q.sources[0]?.end);
      expect(cited).toContain('arrived in Moldavia');
      expect(cited).toContain('4,500');
    }
  });

  it('never quotes a quotation before it: its speaker is not shown', () => {
    expect(bankOf([quoted]).filter((q) => asksFigure(q, '4,500') && /proud of them/.test(q.prompt))).toEqual([]);
  });

  it('reads a pronoun or "the country" after a sentence that names them, not a blank after "the"', () => {
    expect(standsAfter('Reyn arrived in Moldavia.', 'Under heavy security, he thanked some of the roughly _____ soldiers still in the country.')).toBe(true);
    expect(standsAfter('Reyn arrived in Moldavia.', 'The _____ countries co-chair the group.')).toBe(false);
    expect(standsAfter('Reyn arrived in Moldavia.', 'At least _____ people have died in this latest conflict.')).toBe(false);
    expect(standsAfter('He arrived there.', 'He thanked _____ soldiers in the country.')).toBe(false);
  });

  it('keeps "pre-Christmas" as written in a shown sentence', () => {
    expect(restoreApostrophes('arrived for a pre-Christmas surprise visit')).toBe('arrived for a pre-Christmas surprise visit');
  });
});
