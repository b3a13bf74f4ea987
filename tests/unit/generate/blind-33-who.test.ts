/**
 * Who-said classes two blind teachers sent back in blind-33 (tests/fixtures/question-review/pending/review-blind-33*.judged.md),
 * checked on invented text: in a joint press conference's transcript, the speaker's turn label is the evidence, never
 * a sentence of the other speaker's turn that only addresses them by name.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { speakerEvidence } from '@/lib/generate/evidence';
import { fullQuoteSpan } from '@/lib/generate/quote-text';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('blind-33: a transcript turn is evidenced by its own label', () => {
  const body = article('varnia-tessaly-2019', 'Joint Press Conference with President Ruiz and Prime Minister Tanaka', '2019-03-02', [
    'Grand Palace',
    'PRIME MINISTER TANAKA: I would like to welcome President Ana Ruiz to our capital. We had long talks about trade and about our ports.',
    'We agreed that our two countries will build a new rail line across the border before the end of next year.',
    'Ana, you told me about the fish soup you ate last night and you said it was the best you ever had.',
    'PRESIDENT RUIZ: Thank you, Prime Minister. It is good to be back here. This is my second visit as President.',
    'I have said many times that our two nations share a long history, and that history makes us friends.',
    'Our ministers will meet again in May to finish the work on the rail line, and we expect a deal on fishing rights too.',
  ]);

  it('cites “PRESIDENT RUIZ:” for her third paragraph, not the prime minister’s “Ana, you told me …”', () => {
    const ctx = buildContext(extractLibrary([body]), [body], 'b33');
    const q = ctx.quotes.find((x) => x.text.includes('fishing rights'));
    expect(q?.method).toBe('label');
    if (!q) return;
    const evidence = speakerEvidence(ctx, q, fullQuoteSpan(ctx, q));
    expect(evidence && body.body.slice(evidence.start, evidence.end)).toBe('PRESIDENT RUIZ:');
  });
});
