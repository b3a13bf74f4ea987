/**
 * Who-said options (#15, blind-49): a person a meeting's report names only in passing, of a side none of its parties
 * is of, was offered for a party's words (the UN's Libya envoy for Merkel's words on Nord Stream). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import type { ArticleInput } from '@/lib/extract/types';
import { eligibleFor } from './option-eligibility';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const talks = article('kremlin-talks-2020', 'News conference following Russian-German talks', '2020-01-11', [
  'Moscow',
  'Russian President Ivan Rusakov and German Chancellor Anna Weber held talks in the Kremlin on Saturday. Foreign Minister Pavel Orlov also attended.',
  'Ivan Rusakov said: “We discussed the situation in Libya, and we support the efforts of Karim Haddad to bring the sides together.”',
  'Anna Weber said: “We also talked about the pipeline project. We need to carry it through this year.”',
]);
const conference = article('libya-conference-2020', 'UN envoy Karim Haddad briefs the Berlin conference on Libya', '2020-01-19', [
  'Berlin',
  'Karim Haddad, the Special Representative of the UN Secretary-General for Libya, addressed the conference on Sunday.',
  'Karim Haddad said: “The ceasefire must hold, and the arms embargo must be respected by everyone.”',
  'Russian Foreign Minister Pavel Orlov said: “Moscow backs the talks, and we will keep in touch with all the sides.”',
]);

describe('a person a meeting’s report only talks of', () => {
  const library = [talks, conference];
  const ctx = buildContext(extractLibrary(library), library, 'talked');

  it('offers the other party, not the envoy of a third side named in passing', () => {
    expect(eligibleFor(ctx, 'the pipeline project', 'Ivan Rusakov')).toBe(true);
    expect(eligibleFor(ctx, 'the pipeline project', 'Karim Haddad')).toBe(false);
  });

  it('still offers a person of a party’s side whom the report names in passing', () => {
    expect(eligibleFor(ctx, 'the pipeline project', 'Pavel Orlov')).toBe(true);
  });
});
