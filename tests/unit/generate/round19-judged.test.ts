/**
 * Round 19: what the full-19 review (a teacher who never saw the code, 36 questions over fresh24–28) sent back.
 * Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { opensOnListItem } from '@/lib/generate/list-items';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const bank = (library: ArticleInput[]) => generateBank(extractLibrary(library), library, { balance: false }).questions;

describe('round 19: a transcript’s false starts', () => {
  const report = article('stammer-2021', 'Varnian president warns of drought in the north', '2021-06-02', [
    'TELBY — President Anna Korva of Varnia spoke to reporters on Tuesday after meeting farmers from the northern provinces.',
    '"We must be more effective in addro- — in addressing the drought that has struck the north of the country this year," Korva said.',
    '"The farmers of the north have lost half of their harvest, and the state will pay for the seed they need next spring," Korva said.',
    'Opposition leader Piet Kovac said: "The government has known about this drought for months and has told the farmers nothing at all."',
    'Engineer Lena Marsh, who surveyed the wells, said: "The wells we found are dry, and they are dry in every village we looked at."',
  ]);

  it('asks the clean quotation and not the one with a broken-off word', () => {
    const questions = bank([report]);
    const texts = questions.map((q) => q.prompt + ' ' + (q.choices ?? []).join(' '));
    expect(texts.some((t) => t.includes('lost half of their harvest'))).toBe(true);
    expect(texts.filter((t) => t.includes('addro-'))).toEqual([]);
  });
});

describe('round 19: a typed figure’s margin never takes in another number of the article', () => {
  const report = article('landing-2008', 'Varnian troops land on rebel-held island of Telby', '2008-03-26', [
    'Wednesday, March 26, 2008',
    'Around 450 troops disembarked on Monday, landing in the port of Telby on Tuesday at dawn, where a crowd cheered for them.',
    'Colonel Sandor said his supporters, who number 400, would fight on.',
    'Minister Anna Korva said: "The island will be back under the rule of law within a week, and its people will be free to vote."',
  ]);

  it('accepts 450 but not the rebels’ 400', () => {
    const typed = bank([report]).filter((q) => q.kind === 'figure-numeric' && q.numeric?.value === 450);
    expect(typed.length).toBe(1);
    expect(Math.abs(400 - 450)).toBeGreaterThan(typed[0]!.numeric!.tolerance);
  });
});

describe('round 19 (blind-45): a figure whose sentence points back at “that work”', () => {
  const report = (work: string) => article('funding-2022', 'Prime Minister travels to Telby in support of Varnia', '2022-02-01', [
    'Tuesday, February 1, 2022',
    'The Prime Minister will meet President Anna Korva in Telby today to discuss the security of Varnia.',
    'The United Kingdom has long supported the rule of law and the fight against corruption in Varnia.',
    `£88 million of new funding announced today will bolster ${work} and reduce Varnia’s reliance on imported gas.`,
  ]);
  const asksFunding = (work: string) => bank([report(work)]).some((q) => (q.kind.startsWith('figure') || q.kind === 'cloze') && q.prompt.includes(work));

  it('does not ask the funding whose purpose the sentence only points at', () => {
    expect(asksFunding('anti-corruption work in Varnia')).toBe(true);
    expect(asksFunding('that work')).toBe(false);
  });
});

describe('round 19 (blind-45): a quotation that opens on an item of the speaker’s list', () => {
  it('reads a verbless gerund phrase as a list item, and a sentence or an opening phrase as none', () => {
    expect(opensOnListItem('Upgrading Internet and communications infrastructure to connect all of Varnia to high-speed networks. As we are doing that at home, I compare it to electricity.')).toBe(true);
    expect(opensOnListItem('Investing in solar energy projects. It is going to help Varnians.')).toBe(true);
    expect(opensOnListItem('Building bridges helps everyone.')).toBe(false);
    expect(opensOnListItem('Looking ahead, we will work with our allies.')).toBe(false);
    expect(opensOnListItem('Being here is an honour.')).toBe(false);
    expect(opensOnListItem('We are upgrading the networks.')).toBe(false);
  });
});

describe('round 19 (blind-46): a report that dates the talks by two weekdays', () => {
  const report = (later: string) => article('kabul-talks-2015', 'Varnian leaders hold talks in Telby', '2015-03-24', [
    'Varnian President Anna Korva and Chief Executive Piet Telmar met top Kestrian officials on Tuesday including Foreign Minister Lena Marsh, who praised the talks as "productive."',
    `During the ${later} talks, the leaders addressed concerns about security ahead of the spring months.`,
    'Kestria said it would ask parliament for funding to keep the Varnian army at 352,000 troops through at least 2017.',
  ]);
  const asksDay = (later: string) => bank([report(later)]).some((q) => q.kind === 'when' && q.answer.includes('March'));

  it('asks the day when the report agrees with itself, and not when it names another weekday', () => {
    expect(asksDay('Tuesday')).toBe(true);
    expect(asksDay('Monday')).toBe(false);
  });
});
