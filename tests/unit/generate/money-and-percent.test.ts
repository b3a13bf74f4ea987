/**
 * Sums of money and percentages, asked the way a teacher would sign them: options written like the
 * answer ("$X.Xbn", "X.XX%"), one defensible choice, and typed answers whose unit and tolerance the
 * prompt states. Hand-built facts, so the extractor's changing output on real news cannot move them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { nearbyAmounts } from '@/lib/generate/near-numbers';
import { parseWritten } from '@/lib/generate/numbers';
import type { ArticleInput, Figure, FigureQualifier, LibraryFacts } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { makeChecker } from './check-question';

const SENTENCES = {
  revenue: 'Chipmaker Northbeam on Tuesday reported quarterly revenue of $4.5bn, up 12% from a year earlier.',
  forecast: 'Northbeam forecast third-quarter revenue of $4.7 billion for the next quarter.',
  wages: 'The court ordered Northbeam to pay $162 million in back wages and penalties.',
  fund: 'The EU’s social climate fund worth €2.3 billion is meant to cushion the impact on poorer households.',
  aid: 'Britain announced £40m in emergency funding for the survivors.',
  rate: 'The committee voted to lower Bank Rate from 4.25% to 4% on Thursday.',
  vote: 'Labour won 28.0% of the vote, ahead of the Progress Party on 23.8%.',
  inflation: 'Inflation is expected to fall to 3.5 per cent by the end of next year.',
  food: 'Food prices are forecast to rise by about 5.5% by the end of the year.',
  jobs: 'Unemployment will rise to 5% next year, the Bank said.',
  emissions: 'Ministers agreed to cut the bloc’s net emissions by 90 percent by 2040.',
  score: 'Newcastle beat Leicester 2-1 on Saturday to go top of the table.',
};
const BODY = ['Chipmaker results and the week in numbers', '', ...Object.values(SENTENCES).flatMap((s) => [s, ''])].join('\n');
const article: ArticleInput = { id: 'numbers', title: 'Chipmaker results and the week in numbers', body: BODY, bodyStart: 0, date: '2031-03-11' };

function figure(id: string, sentenceText: string, raw: string, value: number, unit: string, about: string, qualifier: FigureQualifier = null): Figure {
  const start = BODY.indexOf(sentenceText);
  if (start < 0) throw new Error(`not found: ${sentenceText}`);
  const sentence = { start, end: start + sentenceText.length };
  const at = BODY.indexOf(raw, start);
  return {
    id, articleId: article.id, sentence, supportedBy: [article.id], conflictIds: [], kind: 'figure', value, unit, about, raw,
    valueStart: at, valueEnd: at + raw.length, qualifier, claimant: null, status: null, ...sentence,
  };
}

// Units and descriptions as lib/extract/figure-amounts.ts writes them.
const figures: Figure[] = [
  figure('f-revenue', SENTENCES.revenue, '$4.5bn', 4.5e9, 'US dollars', 'quarterly revenue (US dollars)'),
  figure('f-growth', SENTENCES.revenue, '12%', 12, 'percent', 'percent'),
  figure('f-forecast', SENTENCES.forecast, '$4.7 billion', 4.7e9, 'US dollars', 'third-quarter revenue (US dollars)'),
  figure('f-wages', SENTENCES.wages, '$162 million', 162e6, 'US dollars', 'US dollars in back wages'),
  figure('f-fund', SENTENCES.fund, '€2.3 billion', 2.3e9, 'euros', 'euros'),
  figure('f-aid', SENTENCES.aid, '£40m', 40e6, 'pounds', 'pounds in emergency funding'),
  figure('f-rate', SENTENCES.rate, '4.25%', 4.25, 'percent', 'Bank Rate (percent)'),
  figure('f-rate-now', SENTENCES.rate, '4%', 4, 'percent', 'percent'),
  figure('f-labour', SENTENCES.vote, '28.0%', 28, 'percent', 'percent of the vote'),
  figure('f-progress', SENTENCES.vote, '23.8%', 23.8, 'percent', 'percent'),
  figure('f-inflation', SENTENCES.inflation, '3.5 per cent', 3.5, 'percent', 'percent'),
  figure('f-food', SENTENCES.food, '5.5%', 5.5, 'percent', 'percent', 'about'),
  figure('f-jobs', SENTENCES.jobs, '5%', 5, 'percent', 'percent'),
  figure('f-emissions', SENTENCES.emissions, '90', 90, 'percent', 'percent by 2040'),
  figure('f-score', SENTENCES.score, '2-1', 2, 'goals', 'goals'),
];

const facts: LibraryFacts = {
  articles: [{ id: article.id, title: article.title, quotes: [], meetings: [], figures }],
  people: [],
  clusters: [],
  conflicts: [],
};

// Every candidate, before balancing: these tests look at one builder's question for one fact.
const bank = generateBank(facts, [article], { balance: false }).questions;
const question = (factId: string, kind: Question['kind']): Question => {
  const q = bank.find((x) => x.kind === kind && x.factIds.includes(factId));
  if (!q) throw new Error(`no ${kind} question about ${factId}`);
  return q;
};
/** The documented contract of `numeric` (lib/generate/types.ts): accepted when |typed − value| ≤ tolerance. */
const accepts = (q: Question, typed: number) => !!q.numeric && Math.abs(typed - q.numeric.value) <= q.numeric.tolerance + 1e-9;
const citedSentence = (q: Question) => BODY.slice(q.sources[0]!.start, q.sources[0]!.end);

describe('reading money and percentages as written', () => {
  it('reads currency signs, scale words, decimals and percent forms', () => {
    expect(parseWritten('$4.5bn')?.value).toBe(4.5e9);
    expect(parseWritten('$162 million')?.value).toBe(162e6);
    expect(parseWritten('€2.3 billion')?.value).toBe(2.3e9);
    expect(parseWritten('£40m')?.value).toBe(40e6);
    expect(parseWritten('4.25%')).toMatchObject({ value: 4.25, style: { kind: 'decimal', places: 2 } });
    expect(parseWritten('28.0%')).toMatchObject({ value: 28, style: { kind: 'decimal', places: 1 } });
    expect(parseWritten('3.5 per cent')).toMatchObject({ value: 3.5, form: { percent: ' per cent' } });
    // Counts keep reading exactly as before.
    expect(parseWritten('100,000')).toEqual({ value: 100000, style: { kind: 'grouped', separator: ',' } });
  });

  it('does not read a score, a range or a vague amount as one number', () => {
    for (const raw of ['2-1', '5-4', '$five', 'tens of millions', '4.25%%']) expect(parseWritten(raw), raw).toBeNull();
  });

  it('offers "$943 million" no "$942 million" or "$944 million"', () => {
    const near = nearbyAmounts(943, 0, 1000);
    expect(near.filter((v) => Math.abs(v - 943) < 47)).toEqual([]);
  });

  it('keeps near amounts on the answer’s own grid: quarter points stay quarter points', () => {
    expect(nearbyAmounts(4.25, 2)).toEqual([2.75, 3.25, 3.75, 4.75, 5.25, 5.75]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), (n, places) => {
        const amount = n / 10 ** places;
        const near = nearbyAmounts(amount, places);
        expect(near).not.toContain(amount);
        expect(near.length).toBeGreaterThanOrEqual(3);
        for (const v of near) {
          expect(v).toBeGreaterThan(0);
          // A rival figure, not a trick: 5 % or more from the answer and from every other option.
          expect(Math.abs(v - amount)).toBeGreaterThanOrEqual(amount * 0.05 - 1e-9);
          for (const w of near) if (w !== v) expect(Math.abs(v - w)).toBeGreaterThanOrEqual(amount * 0.05 - 1e-9);
          // Written to the answer's decimals: nothing finer.
          expect(Math.abs(v * 10 ** places - Math.round(v * 10 ** places))).toBeLessThan(1e-6);
        }
      }),
    );
  });
});

describe('multiple choice on money and percentages', () => {
  it('offers four "$X.Xbn" options for "$4.5bn", exactly one of them right', () => {
    const q = question('f-revenue', 'figure-choice');
    expect(q.answer).toBe('$4.5bn');
    expect(q.choices).toHaveLength(4);
    for (const c of q.choices) expect(c).toMatch(/^\$\d+\.\dbn$/);
    expect(q.choices.filter((c) => c === '$4.5bn')).toHaveLength(1);
    expect(new Set(q.choices).size).toBe(4);
    // The forecast in the same article is also revenue in dollars: offering it would make two options defensible.
    expect(q.choices).not.toContain('$4.7bn');
    expect(q.prompt).not.toContain('4.5');
    expect(citedSentence(q)).toContain('$4.5bn');
  });

  it('writes every option the way the answer is written, near its magnitude', () => {
    const cases: [string, RegExp, number][] = [
      ['f-wages', /^\$\d+ million$/, 162e6],
      ['f-fund', /^€\d+\.\d billion$/, 2.3e9],
      ['f-aid', /^£\d+m$/, 40e6],
      ['f-forecast', /^\$\d+\.\d billion$/, 4.7e9],
    ];
    for (const [id, shape, value] of cases) {
      const q = question(id, 'figure-choice');
      expect(q.choices, id).toHaveLength(4);
      for (const c of q.choices) {
        expect(c, id).toMatch(shape);
        const v = parseWritten(c)!.value;
        expect(v, c).toBeGreaterThanOrEqual(value / 2);
        expect(v, c).toBeLessThanOrEqual(value * 2);
      }
      expect(q.choices.filter((c) => c === q.answer), id).toHaveLength(1);
    }
  });

  it('gives percentages options with the same decimals and the same sign or words', () => {
    const rate = question('f-rate', 'figure-choice');
    for (const c of rate.choices) expect(c).toMatch(/^\d+\.\d\d%$/);
    expect(rate.choices).not.toContain('4.00%');

    const labour = question('f-labour', 'figure-choice');
    for (const c of labour.choices) expect(c).toMatch(/^\d+\.\d%$/);
    // The other party's share is in the same sentence; it must not be offered as a wrong answer.
    expect(labour.choices).not.toContain('23.8%');

    const inflation = question('f-inflation', 'figure-choice');
    for (const c of inflation.choices) expect(c).toMatch(/^\d+\.\d per cent$/);
    expect(inflation.choices.filter((c) => c === '3.5 per cent')).toHaveLength(1);
  });

  it('never offers a share of 100 % or more for a share under 100 %', () => {
    const q = question('f-emissions', 'figure-choice');
    expect(q.choices).toContain('90');
    for (const c of q.choices) expect(Number(c)).toBeLessThan(100);
    // …yet not only smaller ones, which would make the answer the largest option every time.
    expect(q.choices.some((c) => Number(c) > 90)).toBe(true);
  });

  it('blanks "5%" without touching "5.5%" or "4.25%"', () => {
    const card = question('f-jobs', 'cloze');
    expect(card.prompt).toBe('Fill in the blank, from “Chipmaker results and the week in numbers” (March 11, 2031): Unemployment will rise to _____ next year, the Bank said.');
    const rate = question('f-rate-now', 'figure-choice');
    expect(rate.prompt).toContain('from 4.25% to _____ on Thursday');
  });

  it('makes a cloze card of a sum of money, with the cited sentence on the back', () => {
    const card = question('f-revenue', 'cloze');
    expect(card.prompt).toContain('revenue of _____, up 12%');
    expect(card.answer).toBe('$4.5bn');
    expect(card.back).toBe(SENTENCES.revenue);
  });
});

describe('typed answers state their unit and tolerance', () => {
  it('asks "$4.5bn" in billions of US dollars, within a tolerance that excludes the forecast’s $4.7bn', () => {
    const q = question('f-revenue', 'figure-numeric');
    expect(q.numeric).toEqual({ value: 4.5, tolerance: 0.1, unit: 'billion US dollars' });
    expect(q.prompt).toContain('Type the amount in billions of US dollars; answers within 0.1 of the reported figure are accepted.');
    expect(accepts(q, 4.5)).toBe(true);
    expect(accepts(q, 4.6)).toBe(true);
    expect(accepts(q, 4.7)).toBe(false);
    expect(accepts(q, 4.5e9)).toBe(false);
    expect(q.prompt).not.toContain('4.5');
  });

  it('asks money in the scale it is written in', () => {
    const wages = question('f-wages', 'figure-numeric');
    expect(wages.prompt).toContain('in millions of US dollars; answers within 8 ');
    expect(accepts(wages, 170)).toBe(true);
    expect(accepts(wages, 171)).toBe(false);
    expect(question('f-aid', 'figure-numeric').prompt).toContain('in millions of pounds');
    expect(question('f-fund', 'figure-numeric').numeric).toEqual({ value: 2.3, tolerance: 0.1, unit: 'billion euros' });
  });

  it('wants a percentage exact to its stated decimals', () => {
    const q = question('f-rate', 'figure-numeric');
    expect(q.numeric).toEqual({ value: 4.25, tolerance: 0, unit: 'percent' });
    expect(q.prompt).toContain('Type the percentage to two decimal places; only the exact figure is accepted.');
    expect(accepts(q, 4.25)).toBe(true);
    expect(accepts(q, 4.2)).toBe(false);
    expect(accepts(q, 4.3)).toBe(false);

    const labour = question('f-labour', 'figure-numeric');
    expect(labour.prompt).toContain('to one decimal place');
    expect(accepts(labour, 28)).toBe(true);
    expect(accepts(labour, 28.1)).toBe(false);
  });

  it('allows a hedged percentage a small tolerance, stated in percentage points', () => {
    const q = question('f-food', 'figure-numeric');
    expect(q.numeric?.tolerance).toBeGreaterThan(0);
    expect(q.numeric!.tolerance).toBeLessThan(0.5); // 5% is in the article too: 5.0 must not be accepted
    expect(q.prompt).toContain(`answers within ${q.numeric!.tolerance} percentage points of the reported figure are accepted`);
    expect(accepts(q, 5.5)).toBe(true);
    expect(accepts(q, 5)).toBe(false);
  });

  it('says what is typed and leaves no answer in the prompt', () => {
    const typed = bank.filter((q) => q.kind === 'figure-numeric');
    expect(typed.length).toBeGreaterThanOrEqual(10);
    for (const q of typed) {
      expect(q.prompt, q.prompt).toMatch(/Type (the (amount|percentage|exact amount|exact number)|a number)/);
      expect(q.prompt, q.prompt).toMatch(q.numeric!.tolerance > 0 ? /within \S+ / : /exact/);
      expect(q.prompt, q.prompt).not.toContain(q.answer);
      expect(citedSentence(q), q.prompt).toContain(q.answer);
    }
  });
});

describe('the whole bank', () => {
  it('asks nothing about a score', () => {
    expect(bank.filter((q) => q.factIds.includes('f-score'))).toEqual([]);
    expect(bank.filter((q) => q.answer === '2-1' || q.choices.includes('2-1'))).toEqual([]);
  });

  it('the checker catches a figure given away in any dress, not a longer number that starts the same', () => {
    const problems = makeChecker(facts, [article]);
    const revenue = question('f-revenue', 'figure-choice');
    expect(problems({ ...revenue, prompt: `${revenue.prompt} (about 4.5 billion)` }).length).toBeGreaterThan(0);
    expect(problems({ ...revenue, prompt: `${revenue.prompt} (not 4.55)` })).toEqual([]);
    // "4%" blanked beside "4.25%" gives nothing away.
    expect(problems(question('f-rate-now', 'figure-choice'))).toEqual([]);
  });

  it('keeps the bank invariants for any seed, with options written like their answer', () => {
    const problems = makeChecker(facts, [article]);
    expect(bank.flatMap(problems)).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (seed) => {
        const qs = generateBank(facts, [article], { seed, balance: false }).questions;
        expect(qs.flatMap(problems)).toEqual([]);
        for (const q of qs.filter((x) => x.kind === 'figure-choice')) {
          const shape = (s: string) => s.replace(/\d/g, '9');
          expect(new Set(q.choices.map(shape)).size, q.choices.join(' | ')).toBeLessThanOrEqual(q.answer.includes('.') ? 1 : 2);
          for (const c of q.choices) expect(c.replace(/[\d.,]/g, ''), q.prompt).toBe(q.answer.replace(/[\d.,]/g, ''));
        }
      }),
      { numRuns: 20 },
    );
  });
});
