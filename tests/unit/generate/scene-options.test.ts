/**
 * Who-said options the blind judges of blind-48 to blind-50 and full-19 sent back (#15), on invented text: a
 * person the reports only mention, a person another report brings from a side no one of the asked scene is of,
 * and the listener the words address by office ("Mr. President, …").
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { eligibleFor } from './option-eligibility';
import { addressedOffices, holdsAddressedOffice } from '@/lib/generate/addressed';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });


describe('a person the report only mentions, at work in another time', () => {
  const summit = article('paris-2019', 'News conference following the Paris summit', '2019-12-10', [
    'Paris',
    'President Ivan Rusakov said: “The constitution must be amended to fix the special status of the region on a permanent basis.”',
    'President Emile Marchand said: “We agreed to meet again in four months, and we will hold to that.”',
    'Question: Do you think, just as Prime Minister Pavel Orlov, that there is a serious problem with doping?',
  ]);
  const talks = article('moscow-2011', 'Prime Minister Pavel Orlov Meets Chinese Premier', '2011-08-20', [
    'Moscow',
    'Prime Minister Pavel Orlov met Chinese Premier Li Wenjun in Moscow on Saturday for talks on trade.',
    'Orlov said: “Our trade has grown by a third this year, and we expect it to grow again next year.”',
  ]);

  it('offers no prime minister named in a journalist’s question and shown at work only eight years before', () => {
    const library = [summit, talks];
    const ctx = buildContext(extractLibrary(library), library, 'opts');
    expect(eligibleFor(ctx, 'special status of the region', 'Emile Marchand')).toBe(true);
    expect(eligibleFor(ctx, 'special status of the region', 'Pavel Orlov')).toBe(false);
  });
});

describe('the listener the words address by office', () => {
  it('reads “Mr. President, …” and “Madam Chancellor, …” as the addressed offices', () => {
    expect(addressedOffices('Mr. President, it is with great pleasure to be standing here today with you.')).toEqual(['president']);
    expect(addressedOffices('Thank you, Madam Chancellor. We agree.')).toEqual(['chancellor']);
    expect(addressedOffices('The President said that the talks went well.')).toEqual([]);
  });

  it('holds the office only for the same office, not a vice president’s or a prime minister’s for “Mr. Minister”', () => {
    expect(holdsAddressedOffice('US President', ['president'])).toBe(true);
    expect(holdsAddressedOffice('Vice President', ['president'])).toBe(false);
    expect(holdsAddressedOffice('Prime Minister', ['minister'])).toBe(false);
    expect(holdsAddressedOffice('Prime Minister', ['prime minister'])).toBe(true);
  });

  const garden = article('garden-2022', 'Remarks by President Carver, President Niemela of Finland, and Prime Minister Aspen of Sweden', '2022-05-19', [
    'The Rose Garden',
    'President Daniel Carver hosted President Arvo Niemela of Finland and Prime Minister Maja Aspen of Sweden at the White House on Thursday.',
    'PRESIDENT CARVER: Welcome to the White House. Finland and Sweden have applied to join the alliance, and we back them fully.',
    'PRESIDENT NIEMELA: Mr. President, it is with great pleasure and honor to be standing here today with you, together with my Swedish colleague.',
    'PRIME MINISTER ASPEN: Thank you for your warm welcome. Sweden will be a strong ally, and we are ready to do our part.',
  ]);

  it('offers no president for words that open “Mr. President, …”', () => {
    const ctx = buildContext(extractLibrary([garden]), [garden], 'opts');
    expect(eligibleFor(ctx, 'great pleasure and honor', 'Daniel Carver')).toBe(false);
    expect(eligibleFor(ctx, 'we back them fully', 'Arvo Niemela')).toBe(true);
  });
});

describe('the answer the one choice of its side', () => {
  const visit = article('iraq-visit-2007', 'President Bush Meets Iraqi President Talib al-Hashemi', '2007-01-10', [
    'WASHINGTON — President George Walker met Iraqi President Talib Hassani at the White House on Monday.',
    'Hassani said: “I don’t deny shortcomings. We are still suffering from some problems, but we are determined to meet the benchmarks.”',
    'Walker said: “I told the President that our patience is not unlimited, and that we expect results soon.”',
    'U.S. Secretary of State Connie Rider said: “We will keep working with the Iraqi government, and we will help it meet its goals.”',
    'U.S. Defense Secretary Robert Garrison said: “Our troops will stay as long as they are needed to help the Iraqi forces.”',
  ]);

  it('leaves the Iraqi’s words unasked when every other choice is an American', () => {
    const bank = generateBank(extractLibrary([visit]), [visit], { balance: false }).questions;
    const asked = bank.filter((q) => q.kind === 'who-said' && q.prompt.includes('suffering from some problems'));
    for (const q of asked) expect(q.choices.some((c) => /Rider|Garrison/.test(c)) && q.choices.filter((c) => /Rider|Garrison|Walker/.test(c)).length >= 3).toBe(false);
  });
});
