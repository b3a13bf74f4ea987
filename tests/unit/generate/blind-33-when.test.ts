/**
 * When-questions and captions blind-33 sent back (tests/fixtures/question-review/review-blind-33*.judged.md),
 * as classes, on invented reports: a meeting the report tells in the past is asked in the past even when its topic
 * looks ahead; the day of a press conference is not asked; no stem is cut from a photo caption.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, body: string, outlet: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet, date });

const visit = article(
  'alliance-secretary-visits-kestrel',
  'Alliance Secretary General visits Kestrel',
  [
    'Alliance Secretary General Anna Voss met with Foreign Minister Tomas Brill and Defence Minister Elin Roth on Thursday (13 March 2031) to discuss fairer burden-sharing within the Alliance, the decisions taken at the Alliance Summit in July and preparations for upcoming Alliance ministerials.',
    '',
    'The Secretary General thanked the ministers for their strong support of the Alliance.',
    '',
  ].join('\n'),
  'Alliance',
  '2031-03-13',
);

describe('blind-33: a meeting told in the past is asked in the past, whatever its topic looks forward to', () => {
  it('asks “when did …”, never “when will …”, of talks that “met … to discuss preparations for upcoming ministerials”', () => {
    const asked = bankOf([visit]).filter((q) => q.kind === 'when');
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/\bwill\b/);
  });
});

const trip = article(
  'minister-kell-begins-trip-lisbon',
  'Minister Kell Begins 10-day Overseas Trip in Lisbon',
  [
    'LISBON, June 8, 2032 — Defence Minister Dara Kell arrived here today to begin a 10-day trip that will take her to four countries.',
    '',
    'Kell said in a Ministry press conference June 4 that, among other things, she intends to thank the Portuguese for their strong support.',
    '',
    'She will meet Prime Minister Rui Costa in Lisbon on June 9 to discuss the naval exercise.',
    '',
  ].join('\n'),
  'Ministry of Defence',
  '2032-06-08',
);

describe('blind-33: the day of a press conference is not asked', () => {
  it('asks no when-question about “the Ministry press conference” (the day the news was told, not an event of it)', () => {
    const asked = bankOf([trip]).filter((q) => q.kind === 'when' || q.kind === 'cloze');
    expect(asked.filter((q) => /press conference/i.test(q.prompt) && /June 4/.test(q.answer))).toEqual([]);
  });
});

const launch = article(
  'wikinews-agency-celebrates-launch-anniversary',
  'Space agency celebrates 20th anniversary of first rocket launch',
  [
    'Wednesday, April 13, 2031',
    '',
    'Agency Director Lena Hart announces where three rockets will be permanently displayed at the conclusion of the Rocket Program during an event commemorating the 20th anniversary of the first launch on April 12, 2031. Image: Agency Jo Bell.',
    '',
    'The space agency on Tuesday celebrated the 20th anniversary of its first rocket launch, announcing that three retired rockets will go to museums in Velm, Orsk and Tarn.',
    '',
  ].join('\n'),
  'Wikinews',
  '2031-04-13',
);

describe('blind-33: no question’s stem is a photo caption', () => {
  it('shows no line that ends on a photographer’s credit (“Image: …”) as a stem', () => {
    const asked = bankOf([launch]);
    expect(asked.filter((q) => /permanently displayed at the conclusion/.test(q.prompt))).toEqual([]);
  });
});
