/*
 * Meetings of one city in reports of different years are different meetings: a 2011 press conference in
 * Washington is not a 2022 forum there (blind-29: the AFP report's day card was dated 2011 through such a link).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const report = (id: string, date: string | null, body: string) => ({ id, title: `Report ${id}`, body, bodyStart: 0, date });
const talks = 'The foreign ministers of Norway and Chile held talks in Vienna on Tuesday, the ministry said.';

function linked(a: ReturnType<typeof report>, b: ReturnType<typeof report>): boolean {
  const lib = extractLibrary([a, b]);
  const [ma, mb] = lib.articles.map((x) => x.meetings[0]);
  expect(ma && mb).toBeTruthy();
  return lib.clusters.some((c) => c.factIds.includes(ma!.id) && c.factIds.includes(mb!.id));
}

describe('cross-reference: meetings of other years', () => {
  it('links two reports of the same year and the same talks', () => {
    expect(linked(report('a', '2014-03-04', talks), report('b', '2014-03-05', talks))).toBe(true);
  });

  it('keeps apart talks in the same city reported in other years', () => {
    expect(linked(report('a', '2011-03-08', talks), report('b', '2022-03-08', talks))).toBe(false);
  });

  it('reads an undated report’s year from its dated meetings', () => {
    const undated = report('a', null, 'The foreign ministers of Norway and Chile held talks in Vienna on Tuesday, March 8, 2022, the ministry said.');
    expect(linked(undated, report('b', '2011-03-08', talks))).toBe(false);
    expect(linked(undated, report('c', '2022-03-09', talks))).toBe(true);
  });
});
