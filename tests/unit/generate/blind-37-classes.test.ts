/**
 * Classes two blind teachers sent back in blind-37 (tests/fixtures/question-review/pending/review-blind-37*.judged.md),
 * checked on invented text: a quotation whose "them" or "their" points at a group the report names just before it.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { hasLostPlural } from '@/lib/generate/plural-gloss';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const bankOf = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions;

const ministers = article('sahel-ministers-2012', 'Defense Ministers Discuss Sahel Mission', '2012-10-11', [
  'BRUSSELS — German Defense Minister Karl Brandt met Dutch Defense Minister Pieter Smit, Belgian Defense Minister Luc Martens and French Defense Minister Paul Girard at NATO headquarters on Thursday.',
  'In a news conference after the meeting, Brandt said that since March, Malian troops have led patrols across the north of the country. They now guard the main roads, he said, and are training new units of their own.',
  '“All this will put them in a strong position as they prepare to take over the whole mission at the end of next year,” Brandt said.',
  'Brandt’s second meeting of the day was with Polish Defense Minister Jan Kowal.',
  '“I praised their army reforms of recent years,” Brandt said, “and the way those reforms have opened the door to far closer training between our two armies.”',
  '“Our soldiers are ready for this work, and they will stay in the north for as long as they are needed there by the government,” Smit said.',
  'Martens said Belgium would pay for new radios, and Girard said France would send helicopters to the north.',
]);

describe('blind-37: a quotation whose “them” or “their” points outside it', () => {
  const bank = bankOf([ministers]);
  const whoSaid = bank.filter((q) => q.kind === 'who-said');

  it('glosses “them” with the plural subject the report carries into the quotation (“Malian troops … They now guard …”)', () => {
    expect(whoSaid.map((q) => q.prompt)).toContain('Who said: “All this will put them [Malian troops] in a strong position as they prepare to take over the whole mission at the end of next year”?');
  });

  it('glosses “their” with the state of the counterpart the sentence before names, and offers nobody of that state', () => {
    const q = whoSaid.find((x) => /army reforms/.test(x.prompt));
    expect(q?.prompt).toMatch(/^Who said: “I praised their \[Poland’s\] army reforms of recent years/);
    expect(q?.choices).not.toContain('Jan Kowal');
  });

  it('leaves a “they” the quotation itself resolves as it is (“Our soldiers … they will stay”)', () => {
    expect(whoSaid.filter((q) => /\bthey \[/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(hasLostPlural('Our soldiers are ready for this work, and they will stay')).toBe(false);
    expect(hasLostPlural('All this will put them in a strong position')).toBe(true);
    expect(hasLostPlural('I wanted to meet the men and women who are putting their lives on the line')).toBe(false);
  });

  it('does not ask a quotation whose “they” nothing just before it names', () => {
    const alone = article('sahel-visit-2012', 'Polish Minister Visits Base', '2012-10-12', [
      'Polish Defense Minister Jan Kowal arrived late from Warsaw on Friday, and German Defense Minister Karl Brandt and Dutch Defense Minister Pieter Smit met him at the base.',
      'The weather was cold.',
      '“We hope they can finish the work on the new base long before the winter comes to the north of the country,” Kowal said.',
      'Smit said the Netherlands would send twenty trainers, and Brandt said Germany would send doctors.',
    ]);
    expect(bankOf([ministers, alone]).filter((q) => /finish the work on the new base/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});
