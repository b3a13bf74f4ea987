/**
 * Issue #15 (blind-54 to blind-57, "trivia"): an article's key facts are asked, its asides are not. Invented
 * text: a visit whose chairman is the story, his wife's remark about cookies, the hands he shook, a wire photo
 * caption's day, and a passer-by's remark in an article that has better questions.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { isGoodwillTally } from '@/lib/generate/figure-tallies';
import { isCaption } from '@/lib/extract/captions';
import { isBystander, isCompanion } from '@/lib/generate/bystanders';
import { buildContext } from '@/lib/generate/context';
import { mainSpeakers, salienceOf } from '@/lib/generate/salience';

function article(id: string, title: string, paragraphs: string[]): ArticleInput {
  const body = [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n').trimEnd();
  return { id, title, body, bodyStart: 0, date: '2031-12-22', outlet: 'Velmark Press' };
}

function bankOf(...articles: ArticleInput[]) {
  return generateBank(extractLibrary(articles), articles).questions;
}

describe('salience: asides are not asked', () => {
  it('asks no companion’s remark beside a visit', () => {
    const visit = article('visit', 'Defence chief Arlen Dace visits troops at Korvo', [
      'KORVO, Dec. 22, 2031 – Velmark’s defence chief, Gen. Arlen Dace, visited troops at the Korvo air base on Tuesday.',
      '“You are doing a great job and the whole country is proud of you,” Dace told the troops at lunch.',
      'Lena Dace, accompanying her husband on the trip, brought cookies baked by volunteers back home.',
      '“I think everybody just wanted to do something nice for the troops,” Lena Dace said.',
      '“The base will receive new radar systems next year,” Defence Minister Oren Halvik said in Marris.',
      '“Our pilots have flown more missions this year than ever before,” said Col. Petra Sand, the base commander.',
      '“We need more spare parts for the transport planes,” said Maj. Ilse Varn, the base’s chief engineer.',
    ]);
    const whoSaid = bankOf(visit).filter((q) => q.kind === 'who-said' || q.kind === 'what-said');
    expect(whoSaid.some((q) => q.answer === 'Lena Dace')).toBe(false);
    expect(isCompanion({ name: 'Lena Dace', role: null }, visit.body)).toBe(true);
    expect(isCompanion({ name: 'Arlen Dace', role: 'Gen.' }, visit.body)).toBe(false);
  });

  it('asks no count of hands shaken or cookies brought, but still a deployment’s size', () => {
    const tour = article('tour', 'Chairman Tavin Roe returns from tour of Korvo and Marris', [
      'MARRIS, Aug. 19, 2031 – Chairman Tavin Roe returned on Sunday from a tour of bases in Korvo and Marris.',
      'On the tour, Roe personally spoke and shook hands with more than 20,000 soldiers and their families.',
    ]);
    const bank = bankOf(tour);
    expect(bank.filter((q) => q.answer.includes('20,000'))).toEqual([]);
    const figure = (text: string, number: string) => {
      const at = text.indexOf(number);
      return { ...tourFigure, sentence: { start: 0, end: text.length }, valueStart: at, valueEnd: at + number.length };
    };
    const tourFigure = { id: 'f', articleId: 'a', kind: 'figure' as const, value: 0, unit: '', about: '', raw: '', qualifier: null, claimant: null, status: null, start: 0, end: 0, supportedBy: [], conflictIds: [], sentence: { start: 0, end: 0 }, valueStart: 0, valueEnd: 0 };
    const on = (text: string) => ({ ...tour, body: text });
    const shook = 'Roe shook hands with more than 20,000 soldiers.';
    const cookies = 'His wife brought cookies, about 12,000, baked by volunteers.';
    const thanked = 'Roe landed at Korvo, where he thanked some of the roughly 15,000 troops still in the country.';
    expect(isGoodwillTally(on(shook), figure(shook, '20,000'))).toBe(true);
    expect(isGoodwillTally(on(cookies), figure(cookies, '12,000'))).toBe(true);
    expect(isGoodwillTally(on(thanked), figure(thanked, '15,000'))).toBe(false);
  });

  it('asks no day of a wire photo caption', () => {
    const christmas = article('christmas', 'Officials visit troops ahead of Christmas', [
      'President Mara Velt meets retired Sgt. Ivo Pell and his wife as Velt visits with wounded service members at Korvo Military Hospital, Dec. 21, 2031, in Marris, Vel.',
      'Vice President Anton Greer made an unannounced visit to troops at the Korvo air base on Thursday, Dec. 21, his first trip there.',
    ]);
    const caption = christmas.body.split('\n')[2] ?? '';
    expect(isCaption(caption, 0, caption.length)).toBe(true);
    const visit = 'Greer visited the Korvo air base on Thursday, Dec. 21, 2031, in Marris.';
    expect(isCaption(visit, 0, visit.length)).toBe(false);
    const cited = bankOf(christmas).filter((q) => q.sources.some((s) => christmas.body.slice(s.start, s.end).includes('Pell')));
    expect(cited).toEqual([]);
  });
});

describe('salience: a passer-by’s remark gives way to the story', () => {
  const paragraphs = [
    'VELMARK CITY, March 3, 2031 – Velmark’s Foreign Minister Dara Quill met Korvan Foreign Minister Edo Brand in Marris on Monday to discuss the disputed border.',
    '“We have agreed to open the border crossings for trade by the end of the year,” Quill told reporters after the talks.',
    '“Our two countries have never been closer to a lasting peace,” Brand said.',
    'The two ministers will meet again in Korvo on April 14, officials said.',
    'Quill said Velmark would send 4,000 troops to guard the crossings.',
    '“We have waited for this day for twenty years,” said Ivo Tarn, a 61-year-old resident of the border town of Dellis.',
  ];
  it('drops it when the article has enough better questions', () => {
    const talks = article('talks', 'Velmark and Korva agree to reopen border crossings', paragraphs);
    const bank = bankOf(talks);
    expect(bank.filter((q) => q.kind !== 'source-check').length).toBeGreaterThanOrEqual(3);
    expect(bank.some((q) => q.answer === 'Ivo Tarn' || q.prompt.includes('waited for this day'))).toBe(false);
    expect(isBystander({ name: 'Ivo Tarn', role: null }, talks.body)).toBe(true);
    expect(isBystander({ name: 'Ivo Tarn', role: null }, 'The director of the Dellis institute, Ivo Tarn, said …')).toBe(false);
  });

  it('drops where a later press conference was held, when the article has enough better questions', () => {
    const talks = article('talks', 'Velmark and Korva agree to reopen border crossings', [
      ...paragraphs,
      'On Tuesday, Quill appeared with Korvan Prime Minister Alla Roos at a press conference in London.',
    ]);
    const bank = bankOf(talks);
    expect(bank.filter((q) => q.kind !== 'source-check').length).toBeGreaterThanOrEqual(3);
    expect(bank.some((q) => (q.kind === 'where' && q.answer === 'London') || (q.kind === 'when' && /press conference/.test(q.prompt)))).toBe(false);
  });

  it('keeps it in an article that has nothing better', () => {
    const talks = article('talks', 'Velmark and Korva agree to reopen border crossings', paragraphs);
    const town = article('town', 'Dellis waits for its border crossing', [
      '“The crossing will bring our families back together,” said Ivo Tarn, a 61-year-old resident of the border town of Dellis.',
    ]);
    const bank = bankOf(talks, town);
    expect(bank.some((q) => q.sources[0]?.article === 'town' && q.answer === 'Ivo Tarn')).toBe(true);
  });

  it('reads the main speakers and the headline meeting from the headline, the lead and the offices', () => {
    const talks = article('talks', 'Velmark and Korva agree to reopen border crossings', paragraphs);
    const facts = extractLibrary([talks]);
    const ctx = buildContext(facts, [talks], 'x');
    expect([...mainSpeakers(ctx, 'talks')].sort()).toEqual(['dara-quill', 'edo-brand']);
    const bank = generateBank(facts, [talks], { balance: false }).questions;
    const level = (find: (q: (typeof bank)[number]) => boolean) => {
      const q = bank.find(find);
      return q ? salienceOf(ctx, q) : null;
    };
    expect(level((q) => q.kind === 'who-said' && q.answer === 'Dara Quill')).toBe('key');
    expect(level((q) => q.kind === 'who-said' && q.answer === 'Ivo Tarn')).toBe('low');
    // The next meeting and the troops, told after the lead, are plain: asked, but after the key facts.
    expect(level((q) => q.kind === 'when' && q.answer === 'April 14')).toBe('plain');
    expect(level((q) => q.kind === 'figure-choice' && q.answer === '4,000')).toBe('plain');
  });
});
