/**
 * Who-said classes two blind teachers sent back in blind-33 (tests/fixtures/question-review/review-blind-33*.judged.md),
 * checked on invented text: in a joint press conference's transcript, the speaker's turn label is the evidence, never
 * a sentence of the other speaker's turn that only addresses them by name; and three who-said of one speaker
 * with the very same choices are one question asked three times.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
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

describe('blind-33: one speaker’s who-said with the same choices, twice at most', () => {
  // Round 12: a head's words are offered beside the people of the scene, so the conference names two more of them.
  const conf = article('varnia-tessaly-2019', 'Joint Press Conference with President Ana Ruiz and Prime Minister Ken Tanaka', '2019-03-02', [
    'Grand Palace',
    'Varnian Foreign Minister Pia Holm and Tessalian Foreign Minister Jiro Sato joined the two leaders at the Grand Palace.',
    'PRIME MINISTER TANAKA: I would like to welcome President Ana Ruiz to our capital. We had long talks about trade and about our ports.',
    'PRESIDENT RUIZ: Thank you, Prime Minister. It is good to be back here. This is my second visit as President.',
    'I have said many times that our two nations share a long history of trade across the northern sea, and that history makes us friends.',
    'Our ministers will meet again in May to finish the work on the new rail line, and we expect a deal on fishing rights in the northern sea too.',
    'We agreed today to double the number of students who study in each other’s universities, from four thousand to eight thousand by the year 2022.',
    'Our navies will hold a joint exercise in the Baltic Sea this summer, the first of its kind since the end of the Cold War in Europe.',
    'We will also open a new consulate in the port city of Halden, so that our traders and our tourists can get their papers more quickly.',
  ]);
  const other = article('varnia-2019', 'Varnia’s president meets union leaders', '2019-02-10', [
    'Varnian President Ana Ruiz met union leader Marta Gomez in Lisbon on Monday.',
    '“We will not accept any cut to the pensions of our members,” Gomez said after the meeting.',
    'Opposition leader Jorge Silva said the talks had achieved nothing at all for the workers of the country.',
  ]);

  it('asks the president’s press-conference words at most twice with one set of options', () => {
    const bank = generateBank(extractLibrary([conf, other]), [conf, other]);
    const sets = bank.questions.filter((q) => q.kind === 'who-said' && q.answer === 'Ana Ruiz').map((q) => [...q.choices].sort().join(' / '));
    expect(sets.length).toBeGreaterThan(0);
    const most = Math.max(...[...new Set(sets)].map((set) => sets.filter((s) => s === set).length));
    expect(most).toBeLessThanOrEqual(2);
  });
});
