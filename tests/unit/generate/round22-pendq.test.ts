/**
 * Round 22 (#15, pendQ): sent-back quotations and figures that still came back in the judged form — a what-said
 * choice that is a transcript's broken-off line (blind-52's "to upend and — on our global climate ambitions"), a
 * what-said keyed on a pleasantry about the meeting (blind-51's "We had a very productive discussion today"), a who-said
 * whose gloss the citation did not show (blind-52b), a label made of a stored copy's description (blind-52), and
 * troop counts no teacher would ask (blind-51, blind-52b).
 */
import { describe, expect, it } from 'vitest';
import { quoteChoice } from '@/lib/generate/quote-text';
import { hasBrokenOffWord } from '@/lib/generate/self-repairs';
import { isMeetingTalk } from '@/lib/generate/small-talk';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { glossPronouns } from '@/lib/generate/glosses';
import { quoteSources } from '@/lib/generate/quote-sources';
import { withGlossSources } from '@/lib/generate/gloss-sources';
import type { ArticleInput } from '@/lib/extract/types';
import { sourceLabel } from '@/lib/generate/labels';
import { framedLabel } from '@/lib/generate/frames';
import { isTrivialBlank } from '@/lib/generate/figure-trivia';
import { figureClass } from '@/lib/generate/headline-figures';

describe('a transcript line broken off at a dash is no what-said choice', () => {
  it('finds words broken off on a word no sentence stops on', () => {
    expect(hasBrokenOffWord('To join our efforts to lift and — on our river ambitions that we have to raise')).toBe(true);
    expect(hasBrokenOffWord('We will keep working with the — all the partners of Velsk')).toBe(true);
    expect(hasBrokenOffWord('I want to thank you for — again, Mr. Kadri, for the welcome')).toBe(true);
  });

  it('leaves dashes that set words off', () => {
    expect(hasBrokenOffWord('The port is already at — or past — half its size.')).toBe(false);
    expect(hasBrokenOffWord('We met — all of us — in Velsk.')).toBe(false);
    expect(hasBrokenOffWord('We agreed on the river treaty — the first in forty years.')).toBe(false);
  });

  it('offers neither key nor choice from such a line', () => {
    expect(quoteChoice('To join our efforts to lift and — on our river ambitions that we have to raise, what happened is we talked about the treaty of Velsk.', 40)).toBeNull();
  });
});

describe('a pleasantry about the meeting is no what-said key or choice', () => {
  it('reads leaders getting together as talk of their own meeting', () => {
    expect(isMeetingTalk('When nations as close as ours get together, we always look for ways to do more, and today was no exception.')).toBe(true);
    expect(isMeetingTalk('When we get together, we agree to build the Velsk bridge by 2030.')).toBe(false);
  });

  it('offers no choice whose every sentence is thanks or talk of the meeting', () => {
    expect(quoteChoice('We had a very productive discussion today. When nations as close as ours get together, we always look for ways to do more, and today was no exception.', 40)).toBeNull();
    expect(quoteChoice('Thank you very much for the warm welcome here in Velsk. It is a great honor to be here with you.', 40)).toBeNull();
    expect(quoteChoice('We had a very productive discussion today. We agreed to build the bridge over the Velsk river by 2030.', 40)).not.toBeNull();
  });
});

describe('a glossed quotation cites the sentence naming whom the gloss means', () => {
  const report: ArticleInput = {
    id: 'velsk-warning-2031',
    title: 'Lorvania warns Tamsia over troops at the border',
    bodyStart: 0,
    date: '2031-01-26',
    body: [
      'Lorvanian Foreign Minister Pavel Orlov met his Tamsian counterpart in Velsk on Tuesday.',
      'Mr Orlov’s deputy Irena Kossova, who led a previous round of talks with Tamsia, said Mr Amir Kadri seemed ready to cross the river despite the warnings.',
      '“I have no idea whether he’s made the final decision, but we certainly see every sign that he is going to use force before the spring,” Ms Kossova told a forum.',
    ].join('\n\n'),
  };

  it('adds the sentence before, which names the pronoun’s person and the speaker in full', () => {
    const facts = extractLibrary([report]);
    const ctx = buildContext(facts, [report], 'cited');
    const q = ctx.quotes.find((x) => x.text.includes('final decision'))!;
    const shown = glossPronouns(ctx, q, 'I have no idea whether he’s made the final decision, but we certainly see every sign that he is going to use force before the spring')!;
    expect(shown).toContain('[Amir Kadri]');
    const cited = withGlossSources(ctx, q, shown, quoteSources(ctx, q) ?? []).map((s) => report.body.slice(s.start, s.end));
    expect(cited.some((t) => t.startsWith('Mr Orlov’s deputy Irena Kossova'))).toBe(true);
    expect(withGlossSources(ctx, q, 'I have no idea', quoteSources(ctx, q) ?? [])).toEqual(quoteSources(ctx, q));
  });
});

describe('a stored copy without a headline is named by its outlet and date', () => {
  const headless: ArticleInput = {
    id: 'velsk-base-2031',
    title: '(no headline in the stored copy) Orlov meets Kadri at Velsk airbase, tells troops they will stay',
    outlet: 'Harbour Radio (harbour.example)',
    bodyStart: 0,
    date: '2031-12-16',
    body: 'Lorvanian Defence Minister Pavel Orlov met Tamsian leader Amir Kadri at Velsk airbase on Sunday. The base houses more than 400 Lorvanian troops.',
  };
  const spoken: ArticleInput = {
    ...headless,
    id: 'velsk-remarks-2031',
    title: '(no headline in the stored copy) Pavel Orlov, Defence Minister, Velsk, December 16, 2031 — remarks with Amir Kadri',
  };
  const ctx = buildContext(extractLibrary([headless, spoken]), [headless, spoken], 'pendQ');

  it('never shows the store’s description as a headline', () => {
    expect(sourceLabel(ctx, headless.id).label).toBe('a report by Harbour Radio, December 16, 2031');
    expect(framedLabel(ctx, headless.id)).toBe('a report by Harbour Radio, December 16, 2031');
  });

  it('keeps the who-spoke-and-what form of a transcript without a headline', () => {
    expect(sourceLabel(ctx, spoken.id).label).toMatch(/^“Pavel Orlov: remarks with Amir Kadri”/);
  });
});

describe('figures not worth a student’s time', () => {
  const coalition: ArticleInput = {
    id: 'alliance-velsk-2031',
    title: 'Alliance chief stresses importance of Velsk Summit at Tarn talks',
    outlet: 'Alliance (alliance.example)',
    bodyStart: 0,
    date: '2031-05-04',
    body: [
      'Alliance Secretary General Pavel Orlov met Tamsian President Amir Kadri in Tarn on Friday.',
      'Germany has over 4,900 troops in Lorvania and has just over 1,200 troops in Kosovo.',
      'The Alliance will send 30,000 more troops to Lorvania next year.',
    ].join('\n\n'),
  };
  const headless: ArticleInput = {
    id: 'velsk-base-2031b',
    title: '(no headline in the stored copy) Orlov meets Kadri at Velsk airbase, tells troops they will stay',
    outlet: 'Harbour Radio (harbour.example)',
    bodyStart: 0,
    date: '2031-12-16',
    body: 'Lorvanian Defence Minister Pavel Orlov met Tamsian leader Amir Kadri at Velsk airbase on Sunday. The base houses more than 400 Lorvanian troops who have been working with the Tamsian army.',
  };
  const facts = extractLibrary([coalition, headless]);
  const figure = (raw: string) => facts.articles.flatMap((a) => a.figures).find((f) => f.raw === raw)!;

  it('reads a state’s contingent in a coalition, counted to the hundred, as trivia', () => {
    expect(isTrivialBlank(coalition, figure('4,900'))).toBe(true);
    expect(isTrivialBlank(coalition, figure('1,200'))).toBe(true);
    expect(isTrivialBlank(coalition, figure('30,000'))).toBe(false);
  });

  it('takes no troop count for the story from a headless copy’s description', () => {
    expect(figureClass(headless, figure('400'), 'count')).toBeNull();
  });
});

