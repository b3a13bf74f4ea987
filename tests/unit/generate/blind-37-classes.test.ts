/**
 * Classes two blind teachers sent back in blind-37 (tests/fixtures/question-review/review-blind-37*.judged.md),
 * checked on invented text: a quotation whose "them" or "their" points at a group the report names just before it;
 * a citation whose source lost or mistyped its quotation marks; a quotation whose "this year" only the report's date places;
 * a transcript's words given through an interpreter, asked as what the minister said.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { hasLostPlural } from '@/lib/generate/plural-gloss';
import { pairedMarks } from '@/lib/generate/quote-marks';
import { inMarks } from '@/lib/generate/text';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const bankOf = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions;

const ministers = article('sahel-ministers-2012', 'Defense Ministers Discuss Sahel Mission', '2012-10-11', [
  'BRUSSELS — German Defense Minister Karl Brandt met Dutch Defense Minister Pieter Smit, Belgian Defense Minister Luc Martens and French Defense Minister Paul Girard at NATO headquarters on Thursday.',
  'In a news conference after the meeting, Brandt said that since March, Malian troops have led patrols across the north of the country. They now guard the main roads, he said, and are training new units of their own.',
  '“All this will put them in a strong position as they prepare to take over the whole mission in the north of the country,” Brandt said.',
  'Brandt’s second meeting of the day was with Polish Defense Minister Jan Kowal.',
  '“I praised their army reforms of recent years,” Brandt said, “and the way those reforms have opened the door to far closer training between our two armies.”',
  '“Our soldiers are ready for this work, and they will stay in the north for as long as they are needed there by the government,” Smit said.',
  'Martens said Belgium would pay for new radios, and Girard said France would send helicopters to the north.',
]);

describe('blind-37: a quotation whose “them” or “their” points outside it', () => {
  const bank = bankOf([ministers]);
  const whoSaid = bank.filter((q) => q.kind === 'who-said');

  it('glosses “them” with the plural subject the report carries into the quotation (“Malian troops … They now guard …”)', () => {
    expect(whoSaid.map((q) => q.prompt)).toContain('According to “Defense Ministers Discuss Sahel Mission” (October 2012), who said: “All this will put them [Malian troops] in a strong position as they prepare to take over the whole mission in the north of the country”?');
  });

  it('glosses “their” with the state of the counterpart the sentence before names, and offers nobody of that state', () => {
    const q = whoSaid.find((x) => /army reforms/.test(x.prompt));
    expect(q?.prompt).toMatch(/^According to “Defense Ministers Discuss Sahel Mission” \(October 2012\), who said: “I praised their \[Poland’s\] army reforms of recent years/);
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

describe('blind-37: a citation’s quotation marks, paired and in one style', () => {
  it('gives a closing mark its opening, makes straight marks curly, and glues no stray mark onto the sentence', () => {
    expect(pairedMarks('I have seen a well trained force,” the minister said.')).toBe('“I have seen a well trained force,” the minister said.');
    expect(pairedMarks('"We will not stand alone," she said.')).toBe('“We will not stand alone,” she said.');
    expect(pairedMarks('WASHINGTON -- ”This is my first trip,” said the minister.')).toBe('WASHINGTON -- “This is my first trip,” said the minister.');
    expect(pairedMarks('"The talks will go on, " he said.')).toBe('“The talks will go on, ” he said.');
    expect(pairedMarks('The talks ended on Monday.”')).toBe('The talks ended on Monday.');
    expect(pairedMarks('Brandt said “the plan sets out a path forward, he said.')).toBe('Brandt said “the plan sets out a path forward,” he said.');
    // A quotation running on into the next sentence is closed where the citation stops; a clean one is left alone.
    expect(pairedMarks('“We are delighted you came.')).toBe('“We are delighted you came.”');
    expect(pairedMarks('Talks resumed, said “a senior official”.')).toBe('Talks resumed, said “a senior official”.');
  });

  it('explains a quotation whose source lost its opening mark in the same marks as the rest', () => {
    expect(inMarks('I have seen a well trained force,” the minister said.')).toBe('“I have seen a well trained force,” the minister said.');
    expect(inMarks('"For over a year, the army has led."')).toBe('“For over a year, the army has led.”');
    const visit = article('kabul-visit-2014', 'Alliance Chief Visits Kabul Commandos', '2014-11-06', [
      'The alliance chief Erik Lund, German Defense Minister Karl Brandt and French Defense Minister Paul Girard visited a commando school in Kabul on Thursday, with Dutch Defense Minister Pieter Smit.',
      'I have seen a highly trained and professional force,” Mr. Lund said. "For over a year, Afghan soldiers have led security operations across the country, and at the end of this year, you will take full charge of security."',
      'Brandt said Germany would keep its trainers in the north, and Girard said France would pay for new radios.',
      'Smit said the Netherlands would send doctors.',
    ]);
    const q = bankOf([ministers, visit]).find((x) => x.kind === 'who-said' && /full charge of security/.test(x.prompt));
    expect(q?.explanation).toContain('Source: “I have seen a highly trained and professional force,” Mr. Lund said. … “For over a year,');
    expect(q?.explanation).not.toMatch(/said\.”|"/);
    // "this year" is the report's year: the stem names the report and its date.
    expect(q?.prompt).toMatch(/^According to “Alliance Chief Visits Kabul Commandos” \(November 6, 2014\), who said: “For over a year/);
  });
});

describe('blind-37: words given through an interpreter are the remarks, not what the minister said', () => {
  const transcript = (note: string) => article(`lisbon-remarks-2014${note ? '-i' : ''}`, 'Remarks With Portuguese Foreign Minister Rui Costa After Their Meeting', '2014-05-05', [
    'Remarks',
    'John Kerry',
    'Secretary of State',
    'Lisbon, Portugal',
    `FOREIGN MINISTER COSTA: ${note}Good morning. I had the opportunity to meet Secretary of State Kerry today, and we discussed trade and energy.`,
    'We also had occasion to discuss the autumn summit of Atlantic leaders to be held in Madrid with over 20 Atlantic leaders to be present.',
    'Thank you.',
    'SECRETARY KERRY: Thank you very much. I agree with the summary that the foreign minister gave, and I thank Foreign Minister Costa for his welcome.',
  ]);
  const placeStem = (a: ArticleInput) => bankOf([a]).find((q) => q.kind === 'where' && q.answer === 'Madrid')?.prompt ?? '';

  it('names interpreted words as the remarks of the speaker, through an interpreter', () => {
    expect(placeStem(transcript('(Via interpreter) '))).toMatch(/^Which place completes the remarks of Rui Costa \(through an interpreter\), in /);
  });

  it('still asks a speaker’s own words as what they said', () => {
    expect(placeStem(transcript(''))).toMatch(/^Which place completes what Rui Costa said, in /);
  });
});
