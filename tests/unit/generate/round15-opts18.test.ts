/**
 * Round 15's full review, who-said options of another scene (issue #15): a private person another report of the
 * same year names beside a head is no one of the asked head's scene (a Hong Kong legislator or an Afghan
 * schoolgirl for Xi's words at Mar-a-Lago), on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { sharesScene } from '@/lib/generate/scene-links';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('round 15 (opts18): a private person of another report, linked by a head alone', () => {
  const summit = article('resort-2017', 'Leaders meet at the resort', '2017-04-07', [
    'President Dale Harmon met President Wen Sho at his resort. “We have built a trust,” Wen Sho said. “We made progress,” Harmon said.',
  ]);
  const robots = article('robots-2017', 'Girls’ robot team reaches the capital', '2017-07-18', [
    'President Dale Harmon welcomed a team of schoolgirls to the capital. “We want to show our talent,” said Lira Noor, 16.',
    'Foreign Minister Ansel Vey met the team too. “They are brave,” Vey said.',
  ]);
  const articles = [summit, robots];
  const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts18');
  const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';

  it('keeps a schoolgirl of another report out of the head’s scene, though the year is the same', () => {
    expect(id('Lira Noor')).not.toBe('');
    expect(ctx.people.byId.get(id('Lira Noor'))?.role ?? null).toBeNull();
    expect(sharesScene(ctx, 'resort-2017', id('Lira Noor'))).toBe(false);
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
