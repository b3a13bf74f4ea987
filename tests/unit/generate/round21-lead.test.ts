/**
 * Round 21's classes found by the lead in blind-51, each on invented text that fails before the change.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { clauseAround } from '@/lib/generate/meeting-clause';
import { folderLibrary, realLibrary } from './banks';
import { isRangeEnd } from '@/lib/generate/range-ends';
import { placeNameGoesOn } from '@/lib/generate/meeting-blanks';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a meeting is not dated or placed by the founding of what it continues (blind-51 Q17, a false key)', () => {
  const sentence = 'Defense Minister Ana Ruiz and Defense Minister Tomas Berg today conducted the first Ruiz-Berg Security Dialogue, an initiative established March 3 in Lisbon by the two prime ministers.';

  it('cuts the meeting’s clause before the appositive that tells of the founding', () => {
    const at = sentence.indexOf('Security Dialogue');
    const { start, end } = clauseAround(sentence, at);
    expect(sentence.slice(start, end)).not.toMatch(/March 3|Lisbon/);
  });

  it('asks neither the founding day nor its town as the meeting’s', () => {
    const report = article('dialogue', 'Two Nations Launch Security Dialogue', '2031-04-24', [
      'OSLAVIA, April 24, 2031 – Defense leaders of the two nations met for the first time under a new agreement.',
      sentence,
      '“This is a good day for both our countries and for the region,” Ruiz said after the talks.',
    ]);
    const bank = generateBank(extractLibrary([report]), [report], { balance: false }).questions;
    const asked = bank.filter((q) => (q.kind === 'when' || q.kind === 'where') && /Dialogue/.test(q.prompt));
    for (const q of asked) expect(`${q.answer}`, q.prompt).not.toMatch(/March 3|Lisbon/);
  });
});

describe('a figure’s wrong choices are no number the report gives for something else (blind-27b, -51b)', () => {
  it('offers no 13,000 (the toll the AFP report gives) for the 8,500 troops on standby', () => {
    const { facts, articles } = realLibrary();
    const troops = generateBank(facts, articles).questions.filter((q) => q.kind === 'figure-choice' && q.answer === '8,500');
    expect(troops.length).toBeGreaterThan(0);
    for (const q of troops) expect(q.choices).not.toContain('13,000');
  });
});

describe('words a speaker recites from a writer are asked as neither’s, and a reporter who names herself is no speaker (blind-51 Q3, Q5)', () => {
  const report = article('remarks', 'Remarks by Foreign Minister Ana Ruiz and Prime Minister Tomas Costa in Press Conference', '2031-05-02', [
    'Lisbon, Portugal',
    'PRIME MINISTER COSTA:  Welcome to Lisbon. We spoke today about the prisoners and about the new border crossings that our engineers will open in the autumn.',
    'MINISTER RUIZ:  Thank you. I came to Lisbon to talk about the prisoners still held across the border, and about the families who wait for them.',
    'I have often quoted a poem that means a great deal to my family, a poem from Walter Pell, which says, “No river runs so far that it forgets the sea.” That is the spirit in which we came here today.',
    'Q    Maria Lind with the Lisbon Courier.',
    'MINISTER RUIZ:  Hi, Maria.',
    'Q    Will the families be allowed to visit the prisoners before the winter comes to the mountains?',
    'MINISTER RUIZ:  We agreed with the Prime Minister to send a joint team to the border next month to speak to the families.',
    'DEPUTY MINISTER JONAS BERG:  The team will report to both governments before the end of the year, and we will publish what it finds.',
  ]);
  const bank = generateBank(extractLibrary([report]), [report], { balance: false }).questions;

  it('asks no who-said or what-said of the poet’s line the minister quoted, and offers the poet as no one’s choice', () => {
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.filter((q) => /^No river runs/.test(q.answer) || /(?:^W|, w)ho said: “No river/.test(q.prompt))).toEqual([]);
    for (const q of bank) expect(q.choices, q.prompt).not.toContain('Walter Pell');
  });

  it('offers the reporter who named herself on the question line as no speaker', () => {
    for (const q of bank) expect(q.choices, q.prompt).not.toContain('Maria Lind');
  });
});

describe('no blank inside a gathering’s name, nor at one end of a span of days (blind-51 Q26/Q28, blind-52 Q22)', () => {
  it('reads the span and the name around a blank', () => {
    expect(isRangeEnd('Following a meeting in Brussels last Thursday and Friday, the minister spoke.', 'last Thursday')).toBe(true);
    expect(isRangeEnd('The talks ran from Monday to Wednesday in Oslo.', 'Wednesday')).toBe(true);
    expect(isRangeEnd('The ministers met in Oslo on Monday.', 'Monday')).toBe(false);
    expect(placeNameGoesOn('its meeting on the sidelines of the _____ Economic Forum in May')).toBe(true);
    expect(placeNameGoesOn('the ministers met in _____ on Monday')).toBe(false);
  });

  it('makes no card of the town in a forum’s name (the blind-52 library)', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh38']);
    const cards = generateBank(facts, articles).questions.filter((q) => q.kind === 'cloze');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((q) => /_____ (?:International )?Economic Forum/.test(q.prompt))).toEqual([]);
  });
});

describe('a lede card’s day of another year is not dated by the report’s year (blind-52 Q23)', () => {
  it('makes no card of “this day next year, May 15” in the blind-52 library', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh38']);
    const cards = generateBank(facts, articles).questions.filter((q) => q.kind === 'cloze');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((q) => /next year, _____/.test(q.prompt))).toEqual([]);
  });
});
