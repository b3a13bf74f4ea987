/**
 * Classes of the questions blind teachers sent back (tests/fixtures/question-review/pending/) that the generator
 * still produced in round 13, each checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { glossWeekday } from '@/lib/generate/weekday-gloss';
import { gradeTypedAnswer } from '@/lib/grading/typed';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a typed day says what to type (blind-30)', () => {
  it('asks for the day and month, the form grading accepts, not “a day in March 2031” (which invites a lone “13”)', () => {
    const rates = article('rates', 'Bank holds rates', '2031-03-13', [
      'FRANKFURT (Wire) – The central bank on Thursday (Mar 13) held its main rate at 2% and said inflation was easing across the euro area.',
      'Bank president Mara Velde said the decision was taken unanimously by the council.',
    ]);
    const card = generateBank(extractLibrary([rates]), [rates]).questions.find((q) => q.kind === 'cloze' && /Thursday \(_____\)/.test(q.prompt));
    expect(card?.prompt).toMatch(/^Fill in the blank with the day and month \(a date in March 2031\), from “Bank holds rates”: /);
    const context = { answer: card?.answer ?? '', aliases: [], others: [], numeric: null };
    expect(['13 March', 'March 13', 'Thursday, 13 March'].map((typed) => gradeTypedAnswer(typed, context))).toEqual([true, true, true]);
  });
});

describe('a past weekday in a figure’s sentence is dated from the report’s date (blind-26)', () => {
  it('shows “On Tuesday [March 11, 2031]” in the stem, counted back from a report filed on Thursday', () => {
    const report = article('port', 'Port strike ends', '2031-03-13', [
      'HALDEN (Wire) – On Tuesday, the port authority dismissed 2,400 dock workers who had joined the strike at the northern terminal.',
      'Union leader Marta Gomez said the workers would appeal the decision in court.',
    ]);
    const figures = generateBank(extractLibrary([report]), [report], { balance: false }).questions.filter((q) => q.kind.startsWith('figure-'));
    const stems = figures.filter((q) => q.answer === '2,400').map((q) => q.prompt);
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).toContain('On Tuesday [March 11, 2031], the port authority dismissed _____ dock workers');
  });

  it('leaves a weekday to come as written: dated backwards it would be false', () => {
    expect(glossWeekday('The ministers will sign the deal on Tuesday, freeing _____ prisoners.', '2031-03-13')).toBe('The ministers will sign the deal on Tuesday, freeing _____ prisoners.');
    expect(glossWeekday('On Tuesday, the port authority dismissed _____ dock workers.', '2031-03-13')).toBe('On Tuesday [March 11, 2031], the port authority dismissed _____ dock workers.');
  });
});

describe('a “first since” card explains with the report’s own time (blind-27b)', () => {
  it('says “the first since the summer of 2027”, not “since 2027”', () => {
    const report = article('council', 'Ministers return to the Harbour Council', '2031-03-10', [
      'HALDEN (Wire) – Varnian Foreign Minister Ana Ruiz and Tessalian Foreign Minister Jiro Sato will meet on Wednesday at the Harbour Council in Halden, the first since the summer of 2027.',
      'Ruiz said the talks would cover the ports and the fishing grounds of the northern sea.',
    ]);
    const card = generateBank(extractLibrary([report]), [report], { balance: false }).questions.find((q) => q.kind === 'cloze' && q.answer === '2027');
    expect(card?.explanation).toMatch(/was the first since the summer of 2027\. Source:/);
  });
});
