/**
 * Round 7 on #15, coverage: each article's headline fact asked, without a question a teacher would send
 * back. Asserted on the dev reports (what a student sees): the toll a headline gives is asked with the report
 * named by its outlet and day, never by the headline that holds the answer; the people seized, held or aboard
 * are a story's count as a toll is; and a stem never gives its answer in other words or by a sum.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import type { Question } from '@/lib/generate/types';

const root = path.join(import.meta.dirname, '../../fixtures');

/** The balanced bank of one report, as a teacher would receive it. */
function bankOf(file: string): Question[] {
  const { articles } = readArticleFiles([path.join(root, file)]);
  return generateBank(extractLibrary(articles), articles).questions;
}

const figures = (qs: Question[]) => qs.filter((q) => q.kind.startsWith('figure-') || q.kind === 'cloze');

describe('a headline toll is asked, the report named without the headline that gives it', () => {
  const cases: [file: string, answer: string, event: RegExp][] = [
    ['realnews-dev2/voa-bohol-earthquake-philippines-2013.md', '20', /earthquake .* central Philippines, killing at least _____ people/],
    ['realnews-dev2/voa-pisco-earthquake-peru-2007.md', '450', /earthquake that killed at least _____ people/],
    ['realnews-dev2/voa-hurricane-michael-toll-2018.md', '11', /Michael claimed at least _____ lives/],
  ];
  for (const [file, answer, event] of cases) {
    it(`asks ${answer} from ${path.basename(file)}`, () => {
      const q = figures(bankOf(file)).find((x) => x.answer === answer);
      expect(q?.prompt).toMatch(event);
      expect(q?.prompt).toContain('a report by Voice of America (');
      // The prompt never shows the number: neither the headline nor the sentence gives it.
      expect(q?.prompt).not.toMatch(new RegExp(`\\b${answer}\\b`));
    });
  }

  it('never asks a headline-free stem that does not say which event (“Officials say … rescued”)', () => {
    const ferry = figures(bankOf('question-review/articles-fresh11/06-voa-south-korea-ferry-sinks-2014.md'));
    for (const q of ferry) {
      expect(q.prompt).not.toMatch(/a report by .*Officials say/);
      // “At Least 4 Dead” over “… with _____ confirmed deaths” gives “four” away.
      if (q.prompt.includes('At Least 4 Dead')) expect(q.answer.toLowerCase()).not.toBe('four');
    }
  });
});

describe('people seized or aboard are the story’s count', () => {
  it('asks the 41 foreign hostages the militants seized at In Amenas', () => {
    const q = figures(bankOf('question-review/articles-fresh12/05-voa-algeria-in-amenas-hostage-crisis-2013.md')).find((x) => x.answer === '41');
    expect(q?.prompt).toContain('Islamic militants seized _____ foreign hostages');
  });

  it('asks how many passengers and crew the Germanwings plane carried, never the 144 passengers a student would answer 150 for', () => {
    const answers = figures(bankOf('question-review/articles-fresh12/07-wikinews-germanwings-crash-french-alps-2015.md')).map((q) => q.answer);
    expect(answers).toContain('150');
    // The label reads “… 150 on board”: “how many passengers were aboard?” with 144 as the key is a trap.
    expect(answers).not.toContain('144');
  });

  it('asks how many people the sunken ferry carried', () => {
    const q = figures(bankOf('question-review/articles-fresh11/06-voa-south-korea-ferry-sinks-2014.md')).find((x) => x.answer === '459');
    expect(q?.prompt).toContain('The boat was carrying more than _____ people');
  });

  it('never asks “hostages at _____ locations” (places, not people) nor hostages “reported freed” without where', () => {
    const mumbai = figures(bankOf('question-review/articles-fresh12/02-wikinews-mumbai-attacks-standoffs-2008.md'));
    expect(mumbai.map((q) => q.answer.toLowerCase())).not.toContain('three');
    expect(mumbai.some((q) => /hostages have been reported freed\?/.test(q.prompt))).toBe(false);
  });
});

describe('a share the stem’s other shares sum to is not asked', () => {
  it('never blanks Sisi’s 93.3 per cent beside “Hamdeen took 3pc and 3.7pc … void”', () => {
    const sisi = figures(bankOf('realnews-dev2/globalvoices-sisi-wins-egypt-2014.md'));
    expect(sisi.map((q) => q.answer)).not.toContain('93.3');
  });
});
