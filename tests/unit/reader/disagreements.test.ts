import { describe, expect, it } from 'vitest';
import { articleLabels, articleStandings, copyLinks, type ConflictSides } from '@/lib/reader/disagreements';

const tie = (id: string, a: string, b: string): ConflictSides => ({ id, claims: [{ article: a, says: `${id} in ${a}` }, { article: b, says: `${id} in ${b}` }], reference: null });
const misspelt = (id: string, article: string): ConflictSides => ({ id, claims: [{ article, says: 'Pskov' }], reference: 'Peskov' });

// A garbled copy ("copy") of a faithful report ("orig"): ties between them, and spellings the curated list refutes.
const conflicts = [tie('speaker', 'orig', 'copy'), tie('status', 'orig', 'copy'), tie('wording', 'other', 'copy'), misspelt('n1', 'copy'), misspelt('n2', 'copy')];

describe('articleStandings', () => {
  it('marks the one report that disagrees with the others, and not the faithful report it disputes', () => {
    const standings = articleStandings(conflicts);
    expect(standings.get('copy')).toEqual({ conflicts: 5, outvoted: 5, disagreesWithOthers: true });
    expect(standings.get('orig')).toEqual({ conflicts: 2, outvoted: 2, disagreesWithOthers: false });
    expect(standings.get('other')?.disagreesWithOthers).toBe(false);
  });

  it('marks nobody when two reports merely differ', () => {
    const standings = articleStandings([tie('a', 'x', 'y'), tie('b', 'x', 'y'), tie('c', 'x', 'y')]);
    expect([...standings.values()].some((s) => s.disagreesWithOthers)).toBe(false);
  });

  it('lets the majority stand: the lone dissenter is outvoted', () => {
    const standings = articleStandings([{ id: 'c', claims: [{ article: 'a', says: 'Friday' }, { article: 'b', says: 'friday' }, { article: 'c', says: 'Tuesday' }], reference: null }]);
    expect([...standings].map(([id, s]) => [id, s.outvoted])).toEqual([['a', 0], ['b', 0], ['c', 1]]);
  });
});

describe('copyLinks and articleLabels', () => {
  const articles = [
    { id: 'orig', title: 'US rejects Russia demand', duplicateOf: null },
    { id: 'copy', title: 'US rejects Russia demand', duplicateOf: null },
    { id: 'other', title: 'Talks in Geneva', duplicateOf: null },
  ];

  it('names the original of a same-headline copy that disagrees with the others', () => {
    const links = copyLinks(articles, articleStandings(conflicts));
    expect(links).toEqual([{ copy: 'copy', original: 'orig', basis: 'inferred' }]);
    expect(articleLabels(articles, links)).toEqual(new Map([['orig', 'US rejects Russia demand (original)'], ['copy', 'US rejects Russia demand (copy)'], ['other', 'Talks in Geneva']]));
  });

  it('prefers what the library records', () => {
    const recorded = articles.map((a) => (a.id === 'other' ? { ...a, duplicateOf: 'orig' } : a));
    expect(copyLinks(recorded, new Map())).toEqual([{ copy: 'other', original: 'orig', basis: 'recorded' }]);
  });

  it('numbers twins when nothing tells which is the original', () => {
    expect([...articleLabels(articles, []).values()]).toEqual(['US rejects Russia demand (1)', 'US rejects Russia demand (2)', 'Talks in Geneva']);
  });
});
