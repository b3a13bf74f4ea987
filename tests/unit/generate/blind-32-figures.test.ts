/**
 * Figure questions and source labels blind-32 sent back (tests/fixtures/question-review/blind-32.json and pending/blind-32b.json),
 * as classes, on invented reports: a speaker's figure is asked as theirs, a translation's quotation is not shown
 * as anyone's words, and a report whose headline would be cut mid-phrase is named by its outlet and date.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, body: string, outlet: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet, date });

const transcript = article(
  'press-conference-velasko',
  'Joint Press Conference with President Harlan and Prime Minister Velasko of Ostrava',
  [
    'PRIME MINISTER VELASKO:  Good afternoon.  It is an honour to welcome President Harlan to Ostrava.',
    '',
    'Just last year, Ostrava helped secure a peace agreement in the northern highlands, ending a conflict which claimed 150,000 lives, and opening the valley to trade.  We have rejected extremism by founding a council of moderates.',
    '',
    'PRESIDENT HARLAN:  Thank you, Prime Minister Velasko, for your warm welcome.  We discussed trade, security and the highlands.',
    '',
  ].join('\n'),
  'Office of the Press Secretary',
  '2019-05-14',
);

describe('blind-32: a figure given in a speaker’s turn is the speaker’s claim', () => {
  const asked = bankOf([transcript]).filter((q) => q.kind.startsWith('figure') && q.answer === '150,000');

  it('names the speaker in the stem (“According to Prime Minister Velasko …”), never asks the toll as plain fact', () => {
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).toMatch(/^According to Prime Minister Velasko\b/);
  });

  it('offers no option within a quarter of the claim, where another source’s estimate would lie', () => {
    // Options are shuffled by the figure's id: the same turn in a few reports covers the shuffles.
    const copies = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((k) => bankOf([{ ...transcript, id: `press-conference-${k}` }]));
    const choices = copies.filter((x) => x.kind === 'figure-choice' && x.answer === '150,000');
    expect(choices).not.toHaveLength(0);
    for (const q of choices) {
      const others = q.choices.filter((c) => c !== q.answer).map((c) => Number(c.replace(/,/g, '')));
      expect(others.filter((v) => Math.abs(v - 150000) < 0.25 * 150000)).toEqual([]);
    }
  });
});

const longHeadline = article(
  'wikinews-ferry-questionnaire',
  "Reports: 'faster' Dalmark ferry permit process to replace inspection with questionnaire for six routes",
  [
    'Tuesday, March 7, 2028',
    '',
    'The Dalmark Maritime Office today is to begin issuing questionnaires in place of dockside inspections to renew permits for some 4,000 ferry operators on the Vell and Omsk coasts who applied before last winter.',
    '',
    'While standard safety, insurance and crew checks will continue, officials will scrap the dockside inspection to speed up permits for six routes whose renewal rate is already above 95%.',
    '',
  ].join('\n'),
  'Wikinews',
  '2028-03-07',
);

describe('blind-32: a headline cut mid-phrase is no label', () => {
  const bank = bankOf([longHeadline]);

  // Round 15's judges sent back "a report by <outlet>, <date>" for a report with a headline: the headline is
  // cut where a phrase ends instead, never after "with" as blind-32 saw it.
  it('names the report by its headline cut where a phrase ends, never by “… to replace inspection with…”', () => {
    expect(bank).not.toHaveLength(0);
    for (const q of bank) {
      const text = `${q.prompt} ${q.explanation}`;
      expect(text).not.toMatch(/\b(?:with|to|for|of|on|in|and|the)…”/);
      if (q.kind.startsWith('figure')) expect(q.prompt).toContain("“Reports: 'faster' Dalmark ferry permit process to replace inspection with questionnaire…” (Wikinews, March 7, 2028)");
    }
  });
});

const slips = [
  'The minister said he said that the border was calm.',
  'The envoy was clear, he said. he declares. the talks would go on.',
  '“We are ready,” and demanded the foreign minister an answer.',
  '“Talks will continue,” said, Friday, January 7, the envoy of the alliance.',
];
const reporterBody = [
  'Monday, January 12, 2027',
  '',
  'Ostravan Foreign Minister Maren Kolb said on Monday that a peaceful solution to the border crisis with Velmar was still possible.',
  '',
  'The foreign minister stressed that Velmar had massed 60,000 troops along the river border with “the intention of mobilizing double that number in the very short term”.',
  '',
  '“We will not be intimidated,” Kolb told reporters in Ostrava after meeting the Velmari ambassador.',
  '',
].join('\n');
const reporters = article('reporter-kolb-report', 'Foreign Minister Says Peaceful Solution to Border Crisis Still Possible', reporterBody, 'Daily Wire Service', '2027-01-12');
// The same report as a machine translation renders it: slips in three or more paragraphs.
const translated = { ...reporters, id: 'translated-kolb-report', body: `${reporterBody}\n${slips.join('\n\n')}\n` };

describe('blind-32: a machine translation’s wording is not taught', () => {
  it('shows a translated report’s sentence without the quotation it puts in the speaker’s mouth', () => {
    const bank = bankOf([translated]);
    expect(bank.filter((q) => /double that number/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(bank.filter((q) => q.answer === '60,000').map((q) => q.prompt)).toContainEqual(expect.stringMatching(/massed _____ troops along the river border\.(?: Type the exact number\.)?$/));
  });

  it('still shows the same sentence from a reporter’s own copy', () => {
    expect(bankOf([reporters]).filter((q) => /double that number/.test(q.prompt))).not.toHaveLength(0);
  });
});
