/**
 * Classes two blind teachers sent back in blind-36 (tests/fixtures/question-review/pending/review-blind-36*.judged.md),
 * checked on invented text: a town of the named state offered among foreign capitals; two questions of one sentence
 * where one's stem gives the other's answer; a wiki's posting date blanked as if it were the news; a place card whose
 * answer is the home capital of the people who met.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { datelineLength } from '@/lib/generate/dateline';
import { isTownOfNamedState } from '@/lib/generate/place-giveaways';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const bankOf = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions;

const flag = article('chile-flag-2015', 'Chile begins process to consider changing national flag design', '2015-05-07', [
  'Thursday, May 7, 2015 On Tuesday, the Chilean government announced the start of a public process to suggest designs for a new national flag, and to ask whether its citizens would prefer a different flag.',
  'The government’s Flag Commission has planned a number of conferences and roadshows as part of this process, with the first meeting set to take place in Valparaíso on May 16.',
  'Professor Elena Ruiz, the chair of the commission’s panel of twelve, said the flag of Chile had never before been open to public choice.',
  'Names of participants would be engraved on a monument to be built in the nation’s capital, Santiago.',
  'The government intends to hold two referendums on the flag, at an estimated cost of 26 million dollars.',
]);

describe('blind-36: a town of the named state among foreign capitals', () => {
  it('takes a town to be of the one state the headline names, or of the state written after it', () => {
    expect(isTownOfNamedState(flag.title, flag.body, 'the first meeting set to take place in _____ on May 16.', 'Valparaíso')).toBe(true);
    expect(isTownOfNamedState('Talks between Chile and Peru', '', 'The first meeting is in _____.', 'Valparaíso')).toBe(false);
    expect(isTownOfNamedState('Fishing ministers to meet', 'They will meet in Valparaíso, Chile, in June.', 'Ministers of Chile will meet in _____.', 'Valparaíso')).toBe(true);
    // A capital is no town of another state; a town of another part of the world is not the headline state's.
    expect(isTownOfNamedState(flag.title, flag.body, 'The first meeting is in _____.', 'Santiago')).toBe(false);
    expect(isTownOfNamedState(flag.title, flag.body, 'The first meeting is in _____.', 'Toronto')).toBe(false);
  });

  it('never offers the headline state’s town among capitals of other states', () => {
    const asked = bankOf([flag]).filter((q) => q.kind === 'where' && q.answer === 'Valparaíso');
    expect(asked.map((q) => q.choices)).toEqual([]);
  });
});

describe('blind-36: one sentence, two questions, one stem giving the other’s answer', () => {
  const sameSentence = (a: Question, b: Question) => a !== b && a.sources[0]?.article === b.sources[0]?.article && a.sources[0]?.start === b.sources[0]?.start;
  const gives = (a: Question, b: Question) => a.answer !== b.answer && a.prompt.includes(b.answer);

  it('keeps the meeting’s place and drops the day whose stem names it', () => {
    const talks = article('fish-2019', 'Fishing ministers agree to meet again', '2019-03-04', [
      'Norwegian Fisheries Minister Lena Moor met Swedish Fisheries Minister Per Holm for talks on cod quotas on Monday.',
      'The two ministers agreed to hold their next round of talks in Helsinki on March 28, with officials of Finland and Denmark.',
      'Moor said the two states would also share the data of their research ships.',
    ]);
    const bank = bankOf([talks]);
    const pairs = bank.flatMap((a) => bank.filter((b) => sameSentence(a, b) && gives(a, b)).map((b) => `${a.kind} shows ${b.kind}'s ${b.answer}`));
    expect(pairs).toEqual([]);
    expect(bank.filter((q) => q.kind === 'where').map((q) => q.answer)).toContain('Helsinki');
  });
});

describe('blind-36: a posting date is no news day', () => {
  it('reads a wiki’s posting date run into the first sentence as a dateline', () => {
    const text = 'Thursday, May 7, 2015 On Tuesday, the Chilean government announced a process.';
    expect(text.slice(datelineLength(text))).toBe('On Tuesday, the Chilean government announced a process.');
    expect(datelineLength('May 7, 2015 On Tuesday, the government announced a process.')).toBeGreaterThan(0);
    // A sentence's own date keeps its comma, and a date that opens no sentence stays.
    expect(datelineLength('On May 7, 2015, the government announced a process.')).toBe(0);
    expect(datelineLength('May 7, 2015, was the day the government announced a process.')).toBe(0);
  });

  it('never blanks the posting date, and no card shows it', () => {
    const bank = bankOf([flag]);
    expect(bank.filter((q) => /May 7|Thursday/.test(q.answer)).map((q) => q.prompt)).toEqual([]);
    expect(bank.filter((q) => /\b2015 On Tuesday\b/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe('blind-36: the home capital of the people who met', () => {
  it('asks no place where the only people who met are of the state whose capital it is', () => {
    const visit = article('chile-trip-2013', 'Chilean President Heads to Ottawa for Talks', '2013-01-07', [
      'Chilean President Ana Rojas left on Monday for talks in Ottawa with Canadian Prime Minister Tom Hale on trade and mining.',
      'Before leaving, Ms. Rojas met in Santiago with a delegation of visiting Canadian senators.',
      'Her office said the issues discussed during that meeting included a new mining pact between the two countries.',
    ]);
    const bank = bankOf([visit]);
    expect(bank.filter((q) => q.answer === 'Santiago').map((q) => q.prompt)).toEqual([]);
  });

  it('still asks the place when people of two states met', () => {
    const visit = article('chile-canada-2013', 'Two leaders sign mining pact', '2013-01-07', [
      'Chilean President Ana Rojas met Canadian Prime Minister Tom Hale in Santiago on Monday to sign a mining pact.',
      'Hale said the pact would double trade in copper by 2020.',
      'Rojas said the two countries would also cooperate on renewable energy.',
    ]);
    expect(bankOf([visit]).filter((q) => q.answer === 'Santiago')).not.toHaveLength(0);
  });
});
