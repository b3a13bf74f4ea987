/**
 * The when-questions two blind teachers sent back in blind-32 (tests/fixtures/question-review/blind-32*.json),
 * as classes checked on invented reports: a time of a journey home is not the day of the meeting left behind (Q15,
 * a false key), and a meeting the report says ran several days has no one day to ask (Q14).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { isReturnedFrom } from '@/lib/extract/meetings/return-from';
import { isManyDayMeeting } from '@/lib/generate/multi-day';
import type { ArticleInput } from '@/lib/extract/types';

/** An invented wire report dated Wednesday, May 14, 2031. */
const report = (id: string, body: string): ArticleInput => ({ id, title: `Report ${id}`, body, bodyStart: 0, date: '2031-05-14', outlet: 'Example Wire' });

function build(...articles: ArticleInput[]) {
  const lib = extractLibrary(articles);
  const bank = generateBank(lib, articles);
  return { meetings: lib.articles.flatMap((a) => a.meetings), whens: bank.questions.filter((q) => q.kind === 'when') };
}

describe('blind-32: a time of the journey home dates the journey, not the meeting left (Q15)', () => {
  const flyHome = report('fly-home', 'Austrian officials say Foreign Minister Lena Varga will fly home to Vienna as planned Friday from her meeting with Chilean Foreign Minister Tomas Ibarra.\n\nVarga and Ibarra signed a trade pact in Santiago. Ibarra said the pact would double trade.\n\nThe two ministers met Tuesday in Santiago, officials said.');

  it('asks no “when will the meeting take place?” keyed on the day she flies home', () => {
    const { meetings, whens } = build(flyHome);
    expect(meetings.filter((m) => m.when === 'Friday').map((m) => m.what)).toEqual([]);
    expect(whens.filter((q) => /Friday/.test(q.answer)).map((q) => q.prompt)).toEqual([]);
  });

  it('still dates the meeting by the day its sentence gives (“met Tuesday in Santiago”)', () => {
    expect(build(flyHome).meetings.filter((m) => m.place === 'Santiago').map((m) => m.when)).toContain('Tuesday');
    // Its sentence is asked once, by its place: the day's stem would show "Santiago" (blind-36, balance.ts).
    const bank = generateBank(extractLibrary([flyHome]), [flyHome]).questions;
    expect(bank.filter((q) => q.kind === 'where' && q.answer === 'Santiago')).toHaveLength(1);
  });

  it('reads the clause: returning or leaving from a meeting, not meeting before going', () => {
    expect(isReturnedFrom('Officials say Roh will head back home to Seoul as planned Thursday from his ')).toBe(true);
    expect(isReturnedFrom('The envoy returned Monday from ')).toBe(true);
    expect(isReturnedFrom('She left Geneva on Sunday straight from the ')).toBe(true);
    expect(isReturnedFrom('The ministers will meet Friday before flying home; officials expect the ')).toBe(false);
    expect(isReturnedFrom('The home secretary on Friday gave evidence from the ')).toBe(false);
  });

  it('keeps the date of a meeting the traveller will hold (“will meet Ibarra Friday in Santiago before flying home”)', () => {
    const { meetings } = build(report('meet-then-fly', 'Foreign Minister Lena Varga will meet Chilean Foreign Minister Tomas Ibarra on Friday in Santiago before flying home to Vienna.'));
    expect(meetings.filter((m) => m.when === 'Friday').length).toBeGreaterThan(0);
  });
});

describe('blind-32: a meeting of several days is not asked by one of its days (Q14)', () => {
  it('asks no “when did the summit take place?” keyed on the day one leader arrived for a three-day summit', () => {
    const { whens } = build(report('three-day', 'The presidents of Peru and Bolivia are expected to conclude their three-day summit Thursday with a joint statement.\n\nPresident Ana Quispe arrived Tuesday in Lima for the Andean summit, the first in ten years.\n\nThe two sides signed a water accord.'));
    expect(whens.map((q) => `${q.prompt} => ${q.answer}`)).toEqual([]);
  });

  it('still asks the day of a summit the report tells as held that day', () => {
    const { whens } = build(report('one-day', 'The presidents of Peru and Bolivia held an Andean summit Tuesday in Lima, the first in ten years.\n\nThe two sides signed a water accord.'));
    expect(whens.map((q) => q.answer)).toEqual(['Tuesday, May 13']);
  });

  it('knows a meeting of several days by its count, as modifier or as measure, whatever the meeting is called', () => {
    expect(isManyDayMeeting('They will conclude their three-day summit Thursday.', 'Korean summit')).toBe(true);
    expect(isManyDayMeeting('After two days of talks in Oslo, the envoys left.', 'talks')).toBe(true);
    expect(isManyDayMeeting('The 2-day ministerial meeting opened in Rome.', 'meeting')).toBe(true);
    expect(isManyDayMeeting('The one-day summit ended at noon.', 'summit')).toBe(false);
    expect(isManyDayMeeting('After a three-day visit to Oslo, the envoys held talks in Rome.', 'talks')).toBe(false);
  });
});
