/**
 * A transcript label whose name holds a small particle ("President of Syria Bashar al-Assad (retranslated):") was not
 * read as a label: the guest's turns went on as the host's, and a where-question asked "what Vladimir Putin said" in
 * the guest's words (blind-57). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

function statements(guestLabel: string): ArticleInput {
  return {
    id: 'talks-2019',
    title: 'Statements following Norlandian-Telban talks',
    date: '2019-05-17',
    bodyStart: 0,
    body: [
      'President of Norland Ivan Petrov: During our conversation, the President of Telba and I coordinated our efforts on the border.',
      'We are counting on support from all the countries interested in a settlement.',
      `${guestLabel} (retranslated): I rate the results of today’s meeting very highly. It was very fruitful, in every sense.`,
      'We assessed the political process in recent months, and we discussed the steps that need to be taken next.',
    ].join('\n\n'),
  };
}

const speakersOf = (a: ArticleInput) => {
  const facts = extractLibrary([a]);
  const name = (id: string | null | undefined) => facts.people.find((p) => p.id === id)?.name ?? null;
  return facts.articles[0]!.quotes.map((q) => [q.text.slice(0, 20), name(q.speakerId)]);
};

describe('labels whose names hold a particle', () => {
  it.each([
    ['President of Telba Karim al-Hadi', 'Karim al-Hadi'],
    ['President of Telba Alexander Van der Berg', 'Alexander Van der Berg'],
    ['Prime Minister of Telba Anwar bin Yusof', 'Anwar bin Yusof'],
  ])('gives the guest’s turns to the guest: %s', (label, name) => {
    const got = speakersOf(statements(label));
    expect(got.slice(2)).toEqual([['I rate the results o', name], ['We assessed the poli', name]]);
    expect(got.slice(0, 2).map((x) => x[1])).toEqual(['Ivan Petrov', 'Ivan Petrov']);
  });
});
