/**
 * Where-options for a territory (#15, blind-51b): “the American hostages still held in _____” (Gaza) was offered
 * beside Jerusalem, Hebron and Ramallah, towns a student rules out by their kind. Territories get territories.
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { pickPlaces } from '@/lib/generate/places';
import { territoryPeers } from '@/lib/generate/place-territories';
import type { ArticleInput } from '@/lib/extract/types';

const briefing: ArticleInput = {
  id: 'adviser-briefing-2024',
  title: 'Remarks by the National Security Adviser in Press Conference',
  body: [
    'Jerusalem',
    'National Security Adviser Daniel Reyes met Prime Minister Avi Levin in Jerusalem on Thursday.',
    'Daniel Reyes said: “Before departing Washington, I once again met with the families of the hostages still held in Gaza.”',
    'He later travelled to Ramallah and Hebron for talks.',
  ].join('\n\n'),
  bodyStart: 0,
  date: '2024-12-12',
};

describe('options for a territory', () => {
  it('names the territory’s peers, never the territory under another form', () => {
    expect(territoryPeers('Gaza')).toEqual(['West Bank', 'Golan Heights', 'Sinai', 'southern Lebanon']);
    expect(territoryPeers('the Gaza Strip')).toEqual(['West Bank', 'Golan Heights', 'Sinai', 'southern Lebanon']);
    expect(territoryPeers('Ramallah')).toBeNull();
  });

  it('offers territories, not towns, beside Gaza', () => {
    const ctx = buildContext(extractLibrary([briefing]), [briefing], 'gaza');
    const picks = pickPlaces(ctx, 'Gaza', [], 3, 'seed', { articleId: briefing.id, shown: 'I once again met with the families of the hostages still held in _____.' });
    expect(picks).toHaveLength(3);
    for (const p of picks) expect(['West Bank', 'Golan Heights', 'Sinai', 'southern Lebanon']).toContain(p);
  });
});
