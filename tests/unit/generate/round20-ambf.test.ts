/**
 * Where, when and figure questions with one true answer (issue #15, round 20), on invented reports: a summit of two
 * leaders who meet again and again, a meeting held to prepare a summit, a day counted from another meeting's, an
 * injury count beside another, a present-tense count of an old report,
 * a speaker's figure asked as plain fact, a running toll, and a round figure a speaker names.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { preparatoryName } from '@/lib/generate/meeting-preparatory';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, outlet: string, date: string, paragraphs: string[]): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet, date,
});

describe('ambiguous: a where-stem says which meeting of people who meet again and again', () => {
  it('dates “the summit between A and B” held “at the end of last year” by the report’s year (blind-45)', () => {
    const bank = bankOf([article('moor-briefing', 'Remarks by Special Envoy Lena Moor in Press Conference in Belgrad', 'Marlowland Government', '2024-08-29', [
      'MS. MOOR: Good evening. President Marlow has been clear that he is committed to managing this relationship responsibly.',
      'Those discussions helped lay the foundation for a productive summit between President Anna Marlow and President Tomas Velikanov in Tallinn at the end of last year. There, our leaders agreed on concrete steps on trade.',
    ])]);
    const where = bank.filter((q) => q.kind === 'where' && q.answer === 'Tallinn');
    expect(where.map((q) => q.prompt)).toEqual([expect.stringMatching(/where did the summit between Anna Marlow and Tomas Velikanov at the end of 2023 take place\?$/)]);
  });

  it('names a meeting held to prepare a summit as its sentence does, not by the summit’s body (full-r15-part3)', () => {
    const sentence = 'Following the conference in Belgium, the minister will also travel to Riga to participate in a ministerial meeting in preparation for the July summit of the Northern Council nations (Ostravia, Marlowland and Velmar) in Tallinn.';
    expect(preparatoryName(sentence, 'Northern Council', 'Riga')).toBe('ministerial meeting in preparation for the July summit of the Northern Council nations');
    // Placed after the summit's name, the place is the summit's, and so is the name.
    expect(preparatoryName(sentence, 'Northern Council', 'Tallinn')).toBe('July summit of the Northern Council nations');
    const bank = bankOf([article('hale-travels', 'Minister Hale travels to Velmar and Europe', 'Ministry of Foreign Affairs', '2005-06-17', [
      `Minister Jonas Hale will travel to Velmar and Ostravia next week. ${sentence}`,
    ])]);
    const prompts = bank.filter((q) => q.kind === 'where').map((q) => q.prompt);
    expect(prompts.some((p) => /the Northern Council meeting/.test(p))).toBe(false);
    expect(prompts).toContainEqual(expect.stringMatching(/where will the July summit of the Northern Council nations take place\?$/));
  });

  it('an injury count asked by “How many people have been reported injured?” is not asked beside another injury count (blind-44)', () => {
    const bank = bankOf([article('border-plan', 'Leaders agree on border plan', 'Northern Wire', '2007-11-28', [
      'Leaders of Ostravia and Marlowland agreed on Tuesday to start new talks on the border.',
      'Meanwhile, in Velmar, hundreds protested the talks at a funeral in Tarn. They clashed with police who fired shots into the air. At least 24 people have been reported injured.',
      'Also, today, aircraft struck a militia base near Brel, killing two militia members and wounding more than 10 others, according to officials.',
    ])]);
    expect(bank.filter((q) => /how many people have been reported injured\?/.test(q.prompt))).toEqual([]);
  });
});

describe('other: a stem adds no day the cited sentence does not show (blind-41)', () => {
  it('names a body’s meeting “the next day” by the meeting of the day before, not by a date worked out from it', () => {
    const bank = bankOf([article('alliance-unity', 'Before the border talks in Riga, the alliance shows its unity', 'Northern Wire', '2022-01-08', [
      'Before the border talks Monday, January 10 in Riga, the alliance shows its unity.',
      'After the Riga talks, Ostravia has agreed to take part Wednesday in a meeting of the Northern Council, the first since 2019. A meeting of the Baltic Assembly will follow in Vilnius the next day.',
    ])]);
    const where = bank.filter((q) => q.kind === 'where' && q.answer === 'Vilnius');
    expect(where).toHaveLength(1);
    expect(where[0]?.prompt).toMatch(/Baltic Assembly meeting on the day after the Northern Council meeting/);
    expect(where[0]?.prompt).not.toMatch(/January 13/);
  });
});

describe('tense, figure-conflict and tolerance: a figure asked as of its report and as its speaker’s', () => {
  const voa = article('velmar-talks', 'Ostravian President heads to Belgrad for talks', 'Voice of the North', '2013-01-07', [
    'Ostravian President Tomas Velikanov arrives in Belgrad on Monday for talks on the future of the peacekeeping mission in Velmar.',
    'About 46,000 Marlowland troops are in Velmar, and officials in Belgrad say most of them will leave by the end of next year.',
    'Nearly 1,900 civilians have been killed as a result of the fighting in Velmar since the mission began, according to the Velmar Red Cross.',
  ]);
  const bank = bankOf([voa]);

  it('asks a present-tense count of an old report in the past, at the report’s month (full-r15-part3)', () => {
    const troops = bank.filter((q) => q.answer === '46,000');
    expect(troops.length).toBeGreaterThan(0);
    for (const q of troops) expect(q.prompt).toMatch(/how many Marlowland troops were in Velmar in January 2013\?/);
  });

  it('asks a running toll “by the count reported that day” (full-r15-part3)', () => {
    const toll = bank.filter((q) => q.answer === '1,900');
    expect(toll.length).toBeGreaterThan(0);
    for (const q of toll) expect(q.prompt).toMatch(/\(Voice of the North, January 7, 2013\), by the count reported that day/);
  });

  it('names the speaker of a transcript whose figure it asks, though the page writes only “PRESIDENT MARLOW:” (blind-40)', () => {
    const remarks = article('marlow-remarks', 'Remarks by President Marlow and President Velikanov of Ostravia in Press Conference', 'Marlowland Government', '2021-05-21', [
      'PRESIDENT MARLOW: Good afternoon. It has been an honor to host President Velikanov today.',
      "And I am particularly gratified that so many leading Ostravian companies see the benefits of investing in Marlowland, including this morning's announcement of more than $30 billion in new investments from Kova, Brel, and Tarn.",
      'PRESIDENT VELIKANOV: Thank you, Mr. President.',
    ]);
    const pact = article('marlow-pact', 'Marlowland and Ostravia sign investment pact', 'Daily Courier', '2021-05-22', [
      'President Anna Marlow of Marlowland and President Tomas Velikanov of Ostravia signed an investment pact in Belgrad on Friday.',
      '"This is a good day for both our countries," President Anna Marlow told reporters.',
    ]);
    const asked = bankOf([remarks, pact]).filter((q) => q.answer === '$30 billion');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/^According to President Marlow in “Remarks by President Marlow/);
  });

  it('types a round figure a speaker names exactly, though hedged; a reporter’s estimate keeps its margin (blind-41)', () => {
    const conference = article('roos-conference', 'Press conference by Secretary General Anna Roos ahead of the Northern Alliance summit', 'Northern Alliance', '2025-06-05', [
      'Good afternoon. Next week leaders of the Northern Alliance will meet in Tallinn for their summit.',
      'Since the war in Velmar began, Allies have provided around 30 billion crowns in military aid each year. I expect leaders to agree to keep that level of support.',
    ]);
    const aid = bankOf([conference]).filter((q) => q.kind === 'figure-numeric' && q.answer === '30 billion');
    expect(aid.map((q) => q.numeric?.tolerance)).toEqual([0]);
    expect(bank.find((q) => q.kind === 'figure-numeric' && q.answer === '46,000')?.numeric?.tolerance).toBeGreaterThan(0);
  });
});
