/**
 * Round 15's full review, who-said options of another scene (issue #15): a private person another report of the
 * same year names beside a head is no one of the asked head's scene (a Hong Kong legislator or an Afghan
 * schoolgirl for Xi's words at Mar-a-Lago), on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { sharesScene } from '@/lib/generate/scene-links';
import { readsAsNoPerson } from '@/lib/generate/person-words';
import type { ArticleInput, Person } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('round 15 (opts18): a private person of another report, linked by a head alone', () => {
  const summit = article('resort-2017', 'Leaders meet at the resort', '2017-04-07', [
    'President Dale Harmon met President Wen Sho at his resort. “We have built a trust,” Wen Sho said. “We made progress,” Harmon said.',
  ]);
  const robots = article('robots-2017', 'Girls’ robot team reaches the capital', '2017-07-18', [
    'President Dale Harmon welcomed a team of schoolgirls to the capital. “We want to show our talent,” said Lira Noor, 16.',
    'Foreign Minister Ansel Vey met the team too. “They are brave,” Vey said.',
  ]);
  const briefing = article('briefing-2017', 'Briefing on the trip', '2017-11-02', [
    'President Dale Harmon will travel to Osra next week. “The trip is about trade,” Nils Rook told reporters.',
  ]);
  const robotsWithRook = { ...robots, body: `${robots.body}\n\nNils Rook, who briefs on every trip, joined them.` };
  const articles = [summit, robotsWithRook, briefing];
  const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts18');
  const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';

  it('keeps a schoolgirl of another report out of the head’s scene, though the year is the same', () => {
    expect(id('Lira Noor')).not.toBe('');
    expect(ctx.people.byId.get(id('Lira Noor'))?.role ?? null).toBeNull();
    expect(sharesScene(ctx, 'resort-2017', id('Lira Noor'))).toBe(false);
  });

  it('counts someone of no office that two reports name as a public figure of the head’s year', () => {
    expect(id('Nils Rook')).not.toBe('');
    expect(sharesScene(ctx, 'resort-2017', id('Nils Rook'))).toBe(true);
  });

  it('still counts an office holder of the head’s year as of the scene', () => {
    expect(id('Ansel Vey')).not.toBe('');
    expect(sharesScene(ctx, 'resort-2017', id('Ansel Vey'))).toBe(true);
  });
});

describe('round 15 (opts18): a preposition opening the sentence is no part of a title', () => {
  it('reads “Under President Varro, Kestria …” as President Varro, and keeps “Under Secretary”', () => {
    const body = [
      'Under President Varro, Kestria has set a goal of bringing its people online.',
      'Under Secretary of State Mina Coll met the envoy. Among President Tal Orun’s guests was a poet.',
    ].join('\n\n');
    const facts = extractLibrary([{ id: 'kestria-2016', title: 'Kestria online', body, bodyStart: 0, date: '2016-03-21' }]);
    const role = (name: string) => facts.people.find((p) => p.name === name)?.role;
    expect(role('Varro')).toBe('President');
    expect(role('Mina Coll')).toBe('Under Secretary of State');
    expect(role('Tal Orun')).toBe('President');
  });
});

describe('round 15 (opts18): an envoy’s remit after “to” is no part of the name', () => {
  it('reads “Ambassador to Varnia Martin Thorn” as Martin Thorn, Ambassador to Varnia', () => {
    const body = 'British Ambassador to Varnia Martin Thorn discussed the vote in his blog. Thorn said it was flawed.';
    const facts = extractLibrary([{ id: 'varnia-2010', title: 'Week in review', body, bodyStart: 0, date: '2010-11-12' }]);
    const thorn = facts.people.find((p) => p.name === 'Martin Thorn');
    expect(thorn?.role).toBe('British Ambassador to Varnia');
    expect(facts.people.map((p) => p.name)).not.toContain('Varnia Martin Thorn');
  });
});

describe('round 15 (opts18): who reads as a person by how the reports write the name', () => {
  const visit = article('orrin-visit-2023', 'Secretary to visit Tumara New Lande', '2023-07-24', [
    'Defense Secretary Jon Orrin will visit Tumara New Lande this week. In Tumara New Lande he will sign an agreement.',
    'The beleaguered Mira Sandu-Pell administration has come to the end of its tenure in Kestria.',
  ]);
  const ctx = buildContext(extractLibrary([visit]), [visit], 'r15-opts18');
  const someone = (name: string, role: string | null = null): Person => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases: [], role, affiliation: null });

  it('takes a cut place name for no person, though a headline gave it a role', () => {
    expect(readsAsNoPerson(ctx, someone('Tumara New', 'Orrin First Defense Secretary'))).toBe(true);
    expect(readsAsNoPerson(ctx, someone('Jon Orrin', 'Defense Secretary'))).toBe(false);
  });

  it('takes a name whose only mention is “the … administration” for a person', () => {
    expect(readsAsNoPerson(ctx, someone('Mira Sandu-Pell'))).toBe(false);
  });
});
