/**
 * Round 17 (coverQ): quotations of each major speaker asked (#15). Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const whoSaid = (library: ArticleInput[]) => generateBank(extractLibrary(library), library, { balance: false }).questions.filter((q) => q.kind === 'who-said');

describe('round 17 (coverQ): a study quoted from its lead author, others heard in reported speech', () => {
  const study = article('salt-study-2007', 'Varnian children short of selenium, study finds', '2007-03-14', [
    'Wednesday, March 14, 2007',
    'Almost half of Varnian schoolchildren are short of selenium, a national study has found, and its authors call for selenium to be added to bread.',
    'Professor Anton Keller, director of the national selenium study, says the shortfall is serious. "The effects of too little selenium show up slowly, and by the time a doctor sees them the damage is done," Professor Keller said.',
    'Senior researcher Ines Varga, of the University of Telby, said "it is reasonable to assume that older people are short of selenium as well."',
    'Marta Holm for the Varnian Food Agency, says they are looking at guidelines on selenium by the end of the year. She says the issue is complicated and will take time to get right.',
    '"If the shortfall is serious, children lose weight and fall ill more often. There is no reason for anyone to go short of selenium in a country like ours," Professor Keller said.',
  ]);

  it('offers the author beside the researcher quoted and the official whose words the report only reports', () => {
    const asked = whoSaid([study]).filter((q) => q.answer === 'Anton Keller');
    expect(asked.length).toBeGreaterThanOrEqual(1);
    for (const q of asked) {
      expect(q.choices).toContain('Ines Varga');
      expect(q.choices).toContain('Marta Holm');
    }
  });
});

describe('round 17 (coverQ): a quotation the page broke with a stray bar', () => {
  const report = article('bar-2008', 'Minister warns of delays to the Telby bridge', '2008-05-02', [
    'TELBY — Transport Minister Anna Berg said on Friday that the bridge would open a year late.',
    '"We have tried so far and have not succeeded, so we have told the builders of the Telby crossing | that every pillar must be checked again," Berg said.',
    'Opposition leader Piet Kovac said: "The minister has known about these delays for months and has told the public nothing at all."',
    'Engineer Lena Marsh, who inspected the pillars, said: "The cracks we found are small, but they are in every pillar we looked at."',
  ]);

  it('does not ask the broken quotation', () => {
    expect(whoSaid([report]).filter((q) => q.prompt.includes('|'))).toEqual([]);
  });
});

describe('round 17 (coverQ): two people the report quotes in the same words', () => {
  const study = article('echo-2007', 'Varnian mothers short of selenium, study finds', '2007-04-11', [
    'Wednesday, April 11, 2007',
    'Professor Anton Keller, director of the national selenium study, said he is alarmed by what they found. "Mothers in Varnia are getting half of what they need each day, and that alarms me, because there is a risk of harm to the next generation of children born in this country," he said.',
    'Senior researcher Ines Varga, of the University of Telby, said: "Older people are short of selenium too, putting the next generation of children born in this country at risk as well."',
    'Marta Holm for the Varnian Food Agency, says they are looking at guidelines on selenium by the end of the year.',
    'Engineer Piet Kovac, who tested the bread, said: "Most bakeries in Telby add no minerals to their flour at all, and nobody asks them to."',
  ]);

  it('does not offer the researcher whose words echo the author’s', () => {
    const asked = whoSaid([study]).filter((x) => x.prompt.includes('next generation'));
    expect(asked.length).toBeGreaterThanOrEqual(1);
    for (const q of asked) {
      const other = q.answer === 'Anton Keller' ? 'Ines Varga' : 'Anton Keller';
      expect(q.choices).not.toContain(other);
    }
  });
});
