/**
 * Where one person told the news (a spokesman's press conference) is no fact of the story: neither a where-question
 * nor a card asks its place (round 15's full review rejected "At a press conference Monday in _____, a spokesman …").
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const report: ArticleInput = {
  id: 'norland-mediators',
  title: 'Mediators seek wider participation in Norland talks',
  body: [
    'Mediators have sent a delegation from the site of the peace talks in Sirte, Libya, to consult with rebel representatives in Norland.',
    '',
    'At a press conference Monday in Geneva, a spokesman for the mediation team, Arlo Penn, said he hoped the current consultations with rebel groups would be completed within four weeks.',
    '',
    'He also said the rebels should agree on a common position before the talks resume.',
    '',
  ].join('\n'),
  bodyStart: 0,
  outlet: 'Voice of America',
  date: '2031-11-06',
};

describe('a spokesman’s press conference', () => {
  it('is extracted as a meeting, but its place is not asked', () => {
    const facts = extractLibrary([report]);
    expect(facts.articles.flatMap((a) => a.meetings).some((m) => /press conference/.test(m.what) && m.place === 'Geneva')).toBe(true);
    const bank = generateBank(facts, [report]);
    const asksGeneva = bank.questions.filter((q) => q.answer === 'Geneva' || (q.kind === 'cloze' && /_____/.test(q.prompt) && /press conference/.test(q.prompt) && q.answer === 'Geneva'));
    expect(asksGeneva).toEqual([]);
  });
});
