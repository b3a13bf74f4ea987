/**
 * Round 16 (coverM): a meeting's place and day from the report's own record of itself, on invented reports: a wire
 * report's dateline for its "today" and "here", a section-labelled date line, and the header line above a record's lead.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { saysHere } from '@/lib/generate/report-dateline';

function article(id: string, title: string, date: string, lines: string[], outlet = 'American Forces Press Service'): ArticleInput {
  return { id, title, body: `${lines.join('\n\n')}\n`, bodyStart: 0, outlet, date };
}

function asked(a: ArticleInput, kind: 'when' | 'where'): Question[] {
  return generateBank(extractLibrary([a]), [a]).questions.filter((q) => q.kind === kind);
}

function cites(a: ArticleInput, q: Question, text: string): boolean {
  return q.sources.some((s) => a.body.slice(s.start, s.end) === text);
}

describe('a “today” in a report datelined with its day', () => {
  it('is asked as the dateline’s day, citing the dateline', () => {
    const a = article('vale-ruiz-lorvik', 'Vale, Norlish Defense Minister Hold Alliance Talks', '2031-05-07', [
      'By Jo Roe',
      'LORVIK, Norland, May 7, 2031 – Defense Secretary Tomas Vale met today in Lorvik with Norlish Defense Minister Ana Ruiz to discuss the alliance and shared interests.',
      'Vale said the alliance had never been stronger.',
    ]);
    const got = asked(a, 'when');
    expect(got.map((q) => q.answer)).toEqual(['May 7, 2031']);
    expect(cites(a, got[0]!, 'LORVIK, Norland, May 7, 2031')).toBe(true);
  });

  it('is asked from a section-labelled date line (“NEWS | May 7, 2031”)', () => {
    const a = article('vale-ruiz-news', 'Vale, Norlish Defense Minister Hold Alliance Talks', '2031-05-07', [
      'NEWS | May 7, 2031',
      'On the first stop of his trip, Defense Secretary Tomas Vale met today in Lorvik with Norlish Defense Minister Ana Ruiz to discuss the alliance and shared interests.',
      'Vale said the alliance had never been stronger.',
    ]);
    expect(asked(a, 'when').map((q) => q.answer)).toEqual(['May 7, 2031']);
  });

  it('is not dated by a dateline of another day', () => {
    const a = article('vale-ruiz-late', 'Vale, Norlish Defense Minister Hold Alliance Talks', '2031-05-08', [
      'By Jo Roe',
      'LORVIK, Norland, May 7, 2031 – Defense Secretary Tomas Vale met today in Lorvik with Norlish Defense Minister Ana Ruiz to discuss the alliance and shared interests.',
      'Vale said the alliance had never been stronger.',
    ]);
    expect(asked(a, 'when').map((q) => q.answer)).not.toContain('May 8, 2031');
  });
});

describe('a “here” in a datelined report', () => {
  const lines = (here: string) => [
    'By Jo Roe',
    `LISBON, Portugal, May 7, 2031 – Trade was a common theme in four meetings Defense Secretary Tomas Vale held ${here} with Norlish Defense Minister Ana Ruiz and other partners at an annual security forum.`,
    'Vale said the alliance had never been stronger.',
  ];

  it('places the meetings in the dateline’s city, citing the dateline', () => {
    const a = article('vale-here', 'Vale, Counterparts Discuss Growing Relationships', '2031-05-07', lines('here today'));
    const got = asked(a, 'where');
    expect(got.map((q) => q.answer)).toEqual(['Lisbon']);
    expect(cites(a, got[0]!, 'LISBON, Portugal, May 7, 2031')).toBe(true);
  });

  it('reads “here” in the reporter’s words only', () => {
    expect(saysHere('four meetings Vale held here today with partners')).toBe(true);
    expect(saysHere('“We are glad to meet here,” Vale said after the talks')).toBe(false);
  });

  it('does not place meetings the clause does not say were “here”', () => {
    const a = article('vale-not-here', 'Vale, Counterparts Discuss Growing Relationships', '2031-05-07', lines('today'));
    expect(asked(a, 'where')).toEqual([]);
  });
});

describe('the lead of a record under its dated header line', () => {
  const record = (lead: string) => article('berg-vale-record', 'Meeting with Prime Minister of Norland Tomas Vale', '2031-03-04', [
    'March 4, 2031, The Kremlin, Moscow',
    lead,
    'The two leaders discussed trade, energy and cooperation in the north, and agreed to meet again in the autumn.',
  ], 'President of Russia');

  it('is dated by the header line, citing it', () => {
    const a = record('President Anna Berg had a meeting with Prime Minister of Norland Tomas Vale.');
    const got = asked(a, 'when');
    expect(got.map((q) => q.answer)).toEqual(['March 4, 2031']);
    expect(cites(a, got[0]!, 'March 4, 2031, The Kremlin, Moscow')).toBe(true);
  });

  it('is not dated by a record of a meeting away from its publisher’s seat, whose calendar it keeps', () => {
    const a = article('berg-vale-lima', 'Meeting with Prime Minister of Norland Tomas Vale', '2031-11-20', [
      'November 20, 2031, Lima',
      'President Anna Berg had a meeting with Prime Minister of Norland Tomas Vale.',
      'The two leaders discussed trade, energy and cooperation in the north.',
    ], 'President of Russia');
    expect(asked(a, 'when').map((q) => q.answer)).not.toContain('November 20, 2031');
  });

  it('is not dated by a bare date line, which may be a release’s', () => {
    const a = article('berg-vale-release', 'Meeting with Prime Minister of Norland Tomas Vale', '2031-03-04', [
      'March 4, 2031',
      'President Anna Berg had a meeting with Prime Minister of Norland Tomas Vale.',
      'The two leaders discussed trade, energy and cooperation in the north.',
    ], 'President of Russia');
    expect(asked(a, 'when').map((q) => q.answer)).not.toContain('March 4, 2031');
  });

  it('is not dated by the header when the lead tells a day of its own', () => {
    const a = record('President Anna Berg had a meeting with Prime Minister of Norland Tomas Vale yesterday.');
    expect(asked(a, 'when').map((q) => q.answer)).not.toContain('March 4, 2031');
  });
});
