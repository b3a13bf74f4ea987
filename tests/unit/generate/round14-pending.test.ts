/**
 * Classes of the questions blind teachers sent back (tests/fixtures/question-review/pending/) that the generator
 * still produced in round 14, each checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { shownCitation } from '@/lib/generate/shown-citation';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a who-said’s explanation shows the cited passage clean where the fix is certain (blind-28, -28b, -32b, -36)', () => {
  const reply = article('reply', 'Written reply offers a way out of the port dispute', '2031-03-12', [
    'HALDEN (Wire) – Varnian Foreign Minister Ana Ruiz on Wednesday handed the Tessalian government Varnia’s written reply to its demands on the northern ports.',
    'Speaking to reporters in Halden, Ruiz said Tessalia would not be surprised by the contents of the reply that her deputy delivered to the Tessalian Foreign Ministry.',
    '“All told it opens a real road towards an agreement should Tessalia want one, she said.',
    '“The reply we have handed over sets out Varnias concerns about the fishing grounds, a fair reading of the worries that Tessalia has raised, and our own ideas for where we might meet.”',
    'Tessalian Foreign Minister Jiro Sato said on Tuesday that “the ports belong to the people who work in them, and nobody else will decide that for us”.',
    'Harbour Council chair Mara Velde said: “Both governments have told me they want the boats back at sea before the summer season begins.”',
    'Varnian Prime Minister Tomas Brenn told parliament on Tuesday that “our fishermen have waited long enough, and this government will not ask them to wait another winter”.',
    'Varnian Defence Minister Ilse Marr said the navy would keep its ships in port “so that nobody on either side can say we came to the talks with a threat in our pocket”.',
  ]);
  const bank = generateBank(extractLibrary([reply]), [reply], { balance: false }).questions;
  const whoSaid = bank.find((q) => q.kind === 'who-said' && /The reply we have handed over/.test(q.prompt));

  it('asks the quotation, its speaker named in the citation', () => {
    expect(whoSaid?.answer).toBe('Ana Ruiz');
  });

  it('closes the quotation the report left open before “she said”, and restores the lost apostrophe', () => {
    expect(whoSaid?.explanation).toContain('“All told it opens a real road towards an agreement should Tessalia want one,” she said.');
    expect(whoSaid?.explanation).toContain('sets out Varnia’s concerns');
    expect(whoSaid?.explanation).not.toMatch(/Varnias|want one, she said/);
  });

  it('repairs nothing it cannot be sure of', () => {
    expect(shownCitation('“All told it opens a road, she said, and we will take it.')).toBe('“All told it opens a road, she said, and we will take it.');
    expect(shownCitation('“It opens a road,” she said.')).toBe('“It opens a road,” she said.');
    expect(shownCitation('The two Koreas agreed, she said.')).toBe('The two Koreas agreed, she said.');
    // A name ending in "s" is no lost possessive unless the report writes the name without it (a country or city) or its possessive.
    expect(shownCitation('Hamas leaders met in Cairo.', 'Hamas leaders met in Cairo.')).toBe('Hamas leaders met in Cairo.');
    expect(shownCitation('Filipinos living abroad sent money home.', 'A Filipino nurse said Filipinos living abroad sent money home.')).toBe('Filipinos living abroad sent money home.');
    expect(shownCitation('about Bolivias concerns', 'Bolivia has raised concerns. We heard about Bolivias concerns.')).toBe('about Bolivia’s concerns');
  });
});

describe('of two reports giving one quotation, the one that prints it clean is cited (blind-36)', () => {
  const people = [
    'Tessalian Foreign Minister Jiro Sato said on Tuesday that “the ports belong to the people who work in them, and nobody else will decide that for us”.',
    'Harbour Council chair Mara Velde said: “Both governments have told me they want the boats back at sea before the summer season begins.”',
    'Varnian Prime Minister Tomas Brenn told parliament on Tuesday that “our fishermen have waited long enough, and this government will not ask them to wait another winter”.',
    'Varnian Defence Minister Ilse Marr said the navy would keep its ships in port “so that nobody on either side can say we came to the talks with a threat in our pocket”.',
  ];
  const wire = article('a-wire', 'Varnia answers Tessalia on the ports', '2031-03-12', [
    'HALDEN (Wire) – Varnian Foreign Minister Ana Ruiz on Wednesday sent the Tessalian government Varnia’s written reply to its demands on the northern ports.',
    'Ruiz told reporters: “The reply sets out Varnias concerns about the fishing grounds and our own ideas for where the two governments might meet.”',
    ...people,
  ]);
  const paper = article('b-paper', 'Reply on ports goes to Tessalia', '2031-03-12', [
    'HALDEN – Varnia’s reply to Tessalia’s demands on the northern ports was delivered on Wednesday, its foreign minister said.',
    'Varnian Foreign Minister Ana Ruiz said: “The reply sets out Varnia’s concerns about the fishing grounds and our own ideas for where the two governments might meet.”',
    ...people,
  ]);
  const bank = generateBank(extractLibrary([wire, paper]), [wire, paper], { balance: false }).questions;

  it('asks who said it from the report whose citation needs no repair', () => {
    const asked = bank.filter((q) => q.kind === 'who-said' && /The reply sets out Varnia’s concerns/.test(q.prompt));
    expect(asked.map((q) => [q.answer, q.sources[0]?.article])).toEqual([['Ana Ruiz', 'b-paper']]);
    expect(asked[0]?.explanation).not.toContain('Varnias');
  });

  it('still asks it from the only report that gives it, repaired', () => {
    const alone = generateBank(extractLibrary([wire]), [wire], { balance: false }).questions;
    const asked = alone.filter((q) => q.kind === 'who-said' && /The reply sets out Varnia’s concerns/.test(q.prompt));
    expect(asked.map((q) => q.sources[0]?.article)).toEqual(['a-wire']);
    expect(asked[0]?.explanation).toContain('sets out Varnia’s concerns');
  });
});
