/**
 * Round 23: who-said wrong choices a teacher would sign. A library's story joins every report that names one head of
 * state, so a Kremlin press statement's who-said borrowed people of other stories that only name Putin too (Austria's
 * foreign minister at her wedding, FEMA's chief after a hurricane) beside Niinistö and Aliyev. A wrong choice is
 * someone of the occasion, an official of the speaker's state or body, or a peer of the speaker's office that is no
 * head; with too few such people the question is not asked. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const talks: ArticleInput = {
  id: 'volkin-linden-2018',
  title: 'Press statements following Russian-Norlandic talks',
  date: '2018-08-22',
  bodyStart: 0,
  body: [
    'Vladimir Putin held talks in the Kremlin with President of Norland Tarvo Linden.',
    'President of Russia Vladimir Putin: Mr President, ladies and gentlemen, our talks were held in a businesslike and constructive atmosphere.',
    'President of Norland Tarvo Linden (retranslated): Thank you for your hospitality. The timber mills of the Karsk valley will open to Russian investors from next year, and our customs posts will work day and night.',
    'Vladimir Putin: We also agreed to restore the direct rail service between our two capitals before the end of the year.',
  ].join('\n\n'),
};

const wedding: ArticleInput = {
  id: 'haas-wedding-2018',
  title: 'Putin dances at the wedding of Austria’s foreign minister',
  date: '2018-08-18',
  bodyStart: 0,
  body: 'Russian President Vladimir Putin attended the wedding of Austrian Foreign Minister Greta Haas in the village of Gamlitz on Saturday. "It was a private visit and a great honour for us," Foreign Minister Greta Haas told reporters after the ceremony.',
};

const hurricane: ArticleInput = {
  id: 'hurricane-2018',
  title: 'Death toll from Hurricane Nadia climbs to 11',
  date: '2018-10-12',
  bodyStart: 0,
  body: 'Russian President Vladimir Putin sent his condolences to the families of the victims. "We have got to get the power back on for these people as fast as we can," said Federal Emergency Management Agency Administrator Dale Pruitt on Thursday.',
};

const library = [talks, wedding, hurricane];
const whoSaid = () => {
  const facts = extractLibrary(library);
  return generateBank(facts, library).questions.filter((q) => q.kind === 'who-said' && q.sources.some((s) => s.article === talks.id));
};

describe('who-said wrong choices from the occasion, the speaker’s state, or the speaker’s office', () => {
  it('never offers people another story names beside Putin alone for words said at the talks', () => {
    const asked = whoSaid();
    for (const q of asked) {
      expect(q.choices).not.toContain('Greta Haas');
      expect(q.choices).not.toContain('Dale Pruitt');
    }
  });

  it('asks no question whose only wrong choices would come from other stories', () => {
    // The talks have two people on stage: Putin's words beside Linden and FEMA's chief were a two-way guess.
    expect(whoSaid().map((q) => q.prompt)).toEqual([]);
  });

  it('still asks the words beside the people of the occasion', () => {
    const attended = { ...talks, body: talks.body.replace('with President of Norland Tarvo Linden.', 'with President of Norland Tarvo Linden. Foreign Minister Sergey Lavrov and Norland’s Foreign Minister Ilse Marak took part.') };
    const lib = [attended, wedding, hurricane];
    const asked = generateBank(extractLibrary(lib), lib).questions.filter((q) => q.kind === 'who-said' && q.sources.some((s) => s.article === talks.id));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const c of q.choices) expect(['Vladimir Putin', 'Tarvo Linden', 'Sergey Lavrov', 'Ilse Marak']).toContain(c);
  });
});
