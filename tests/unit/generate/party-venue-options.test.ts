/**
 * Where-options for talks between two states (blind-48): a Russian military delegation's talks in Pyongyang were
 * offered beside Colombo and Astana, towns of another part of Asia no such talks are held in. The other party's
 * towns where its leaders receive guests, and the towns of North Korea's own diplomacy, come first.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { pickPlaces } from '@/lib/generate/places';
import type { ArticleInput } from '@/lib/extract/types';

const talks: ArticleInput = {
  id: 'pyongyang-2011',
  title: 'North Korean Leader Tours Factory Ahead of Russian Summit',
  date: '2011-08-23',
  bodyStart: 0,
  body: [
    'North Korea’s leader toured a factory on Monday, days before a summit with Russia’s president.',
    'Russian officials announced Monday that a delegation of Russian military officers is visiting Pyongyang for talks on military cooperation with North Korea.',
    'Russia and North Korea share a short border, and Russia has offered to build a gas pipeline across North Korea to the South.',
  ].join('\n\n'),
};

describe('towns for talks between two states', () => {
  const ctx = buildContext(extractLibrary([talks]), [talks], 'places');
  const picks = pickPlaces(ctx, 'Pyongyang', [], 3, 'seed', { articleId: talks.id });

  it('offers the other party’s town where its leaders receive guests, and no town of South or Central Asia', () => {
    expect(picks).toContain('Vladivostok');
    for (const town of ['Colombo', 'Astana', 'Kathmandu', 'Dhaka', 'Tashkent']) expect(picks).not.toContain(town);
  });
});
