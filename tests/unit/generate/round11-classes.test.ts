/**
 * Round 11's classes (#15), from gen12's dev sheets over real excerpts (fresh13, fresh16, realnews-dev3,
 * realnews-dev6) and blind-31's notes, checked on the bank built from those excerpts and on invented stems.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { withOfficeNamed } from '@/lib/generate/office-names';
import { folderLibrary } from './banks';

const { articles, facts } = folderLibrary([
  'tests/fixtures/question-review/articles-fresh16',
  'tests/fixtures/question-review/articles-fresh13',
  'tests/fixtures/realnews-dev6',
  'tests/fixtures/realnews-dev3',
]);
const bank = generateBank(facts, articles);
const whoSaidOf = (slug: string) => bank.questions.filter((q) => q.kind === 'who-said' && q.sources[0]?.article.startsWith(slug));
const offered = (slug: string) => whoSaidOf(slug).flatMap((q) => q.choices.filter((c) => c !== q.answer));

describe('round 11: who-said options are people of this scene', () => {
  it('offers no one from the Pentagon’s ISIL briefing for Obama’s words in Hanoi (the two reports share only Obama)', () => {
    expect(offered('09-whitehouse-obama-quang').filter((c) => ['Ash Carter', 'Martin E. Dempsey'].includes(c))).toEqual([]);
    // The briefing's own people are still offered for the briefing's words.
    expect(offered('dod-obama-anti-isil-strategy')).toEqual(expect.arrayContaining(['Ash Carter', 'Martin E. Dempsey']));
  });

  it('offers no generals of an Afghan war story for Obama’s words beside Medvedev, Hollande or Cameron', () => {
    const generals = ['Daniel P. Bolger', 'John R. Allen', 'Anthony Thomas', 'William C. Mayville', 'Leon E. Panetta'];
    for (const slug of ['kremlin-medvedev-obama-deauville', 'whitehouse-obama-hollande', 'whitehouse-obama-cameron']) {
      expect(offered(slug).filter((c) => generals.includes(c))).toEqual([]);
    }
  });

  it('offers no Afghan defence minister for Panetta’s words beside China’s (blind-31): a peer of a state the report never names', () => {
    expect(offered('05-dod-panetta-liang').filter((c) => c === 'Bismullah Khan Mohammadi')).toEqual([]);
  });

  it('still offers the people in the room: Hagel’s words in Kabul beside the generals he met', () => {
    expect(offered('07-dod-hagel-kabul')).toEqual(expect.arrayContaining(['John R. Allen', 'Joseph F. Dunford Jr']));
  });
});

describe('round 11: clean text', () => {
  it('names no office twice: “the Prime Minister, Nawaz Sharif, …” needs no “[Nawaz Sharif]”', () => {
    expect(bank.questions.filter((q) => /\[Nawaz Sharif\], Nawaz Sharif/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(withOfficeNamed('Hammond met the Prime Minister, Nawaz Sharif, in Islamabad.', ['Nawaz Sharif'], 'UK')).toBe('Hammond met the Prime Minister, Nawaz Sharif, in Islamabad.');
    expect(withOfficeNamed('Hammond met the Prime Minister in Islamabad.', ['Nawaz Sharif'], 'UK')).toBe('Hammond met the Prime Minister [Nawaz Sharif] in Islamabad.');
  });
});
