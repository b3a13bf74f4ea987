import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/grading/grade';
import { gradeTypedAnswer, type TypedAnswerContext } from '@/lib/grading/typed';
import { parseTypedNumber } from '@/lib/grading/numbers';

// The people and places of the five articles, as the people table and the bank's tags know them.
const PEOPLE = {
  blinken: ['Antony Blinken', 'Blinken', 'Mr Blinken', 'Tony Blinken'],
  stoltenberg: ['Jens Stoltenberg', 'Stoltenberg'],
  lavrov: ['Sergey Lavrov', 'Lavrov', 'Sergei Lavrov'],
  leDrian: ['Jean-Yves Le Drian', 'Le Drian'],
  price: ['Ned Price'],
  peskov: ['Dmitry Peskov', 'Dmitri Peskov'],
};
const PLACES = ['Geneva', 'Vienna', 'Brussels', 'Paris', 'Berlin', 'Moscow'];
const everyone = Object.values(PEOPLE).flat();

function person(answer: string, own: string[]): TypedAnswerContext {
  return { answer, aliases: own, others: [...everyone.filter((n) => !own.includes(n)), ...PLACES], numeric: null };
}
function place(answer: string): TypedAnswerContext {
  return { answer, aliases: [], others: [...everyone, ...PLACES.filter((p) => p !== answer)], numeric: null };
}
const troops: TypedAnswerContext = { answer: '100,000', aliases: [], others: [], numeric: { value: 100_000, tolerance: 10_000, unit: 'troops' } };
const countries: TypedAnswerContext = { answer: '30', aliases: [], others: [], numeric: { value: 30, tolerance: 2, unit: 'countries' } };

const accepted: [string, string, TypedAnswerContext][] = [
  ['exact surname', 'Blinken', person('Blinken', PEOPLE.blinken)],
  ['lower case', 'blinken', person('Blinken', PEOPLE.blinken)],
  ['full name for a surname answer', 'Antony Blinken', person('Blinken', PEOPLE.blinken)],
  ['known alias "Tony Blinken"', 'Tony Blinken', person('Blinken', PEOPLE.blinken)],
  ['known alias "Mr Blinken"', 'Mr Blinken', person('Antony Blinken', PEOPLE.blinken)],
  ['a dotted title', 'Mr. Blinken', person('Antony Blinken', PEOPLE.blinken)],
  ['one-letter slip in a longer name', 'Stoltenburg', person('Stoltenberg', PEOPLE.stoltenberg)],
  ['slip in a full name', 'Jens Stoltenbreg', person('Jens Stoltenberg', PEOPLE.stoltenberg)],
  ['accents and hyphen', 'jean yves le drián', person('Jean-Yves Le Drian', PEOPLE.leDrian)],
  ['surrounding punctuation and spaces', '  “Le Drian!” ', person('Le Drian', PEOPLE.leDrian)],
  ['accented place', 'Genève', place('Geneva')],
  ['place in capitals', 'VIENNA', place('Vienna')],
  ['figure with a comma', '100,000', troops],
  ['figure with a space', '100 000', troops],
  ['figure with a narrow space', '100\u202f000', troops],
  ['figure with k', '100k', troops],
  ['figure in words', 'one hundred thousand', troops],
  ['figure with its unit', '95,000 troops', troops],
  ['figure within tolerance', '110000', troops],
  ['figure with "about"', 'about 100,000', troops],
  ['small figure in words', 'thirty', countries],
  ['small figure within tolerance', '31', countries],
  ['number word answer typed as digits', '2', { answer: 'two', aliases: [], others: [], numeric: null }],
  ['digits answer typed as words', 'forty thousand', { answer: '40 000', aliases: [], others: [], numeric: null }],
];

const refused: [string, string, TypedAnswerContext][] = [
  ['another person', 'Lavrov', person('Blinken', PEOPLE.blinken)],
  ['another person, full name', 'Sergey Lavrov', person('Antony Blinken', PEOPLE.blinken)],
  ['a place for a person', 'Geneva', person('Stoltenberg', PEOPLE.stoltenberg)],
  ['another place', 'Vienna', place('Geneva')],
  ['two slips', 'Stoltenbrug', person('Stoltenberg', PEOPLE.stoltenberg)],
  ['a slip in a short name', 'Prise', person('Price', ['Ned Price', 'Price'])],
  ['a slip that spells another name', 'Peskov', person('Pskov', ['Dmitry Pskov', 'Pskov'])],
  ['an empty answer', '   ', person('Blinken', PEOPLE.blinken)],
  ['only a title', 'Mr', person('Blinken', PEOPLE.blinken)],
  ['figure outside tolerance', '80,000', troops],
  ['figure in words outside tolerance', 'fifty thousand', troops],
  ['not a number', 'lots', troops],
  ['a different number word', 'three', { answer: 'two', aliases: [], others: [], numeric: null }],
  ['small figure outside tolerance', '40', countries],
];

describe('typed answers', () => {
  it.each(accepted)('accepts %s: %j', (_label, response, context) => {
    expect(gradeTypedAnswer(response, context)).toBe(true);
  });
  it.each(refused)('refuses %s: %j', (_label, response, context) => {
    expect(gradeTypedAnswer(response, context)).toBe(false);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['100,000', 100_000],
    ['100 000', 100_000],
    ['100.000', 100_000],
    ['1.5 million', 1_500_000],
    ['1.5m', 1_500_000],
    ['2bn', 2_000_000_000],
    ['1.2 trillion', 1_200_000_000_000],
    ['3tn', 3_000_000_000_000],
    ['two trillion', 2_000_000_000_000],
    ['forty-two', 42],
    ['one hundred and five', 105],
    ['a hundred thousand', 100_000],
    ['13,000', 13_000],
    ['0.5', 0.5],
  ])('%s is %d', (text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });
  it.each(['', 'Geneva', '12 apples and 3 pears', '1,00,0'])('%j is not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });
});

describe('multiple choice', () => {
  const question = { kind: 'where' as const, choices: ['Geneva', 'Paris', 'Vienna'], answer: 'Geneva', numeric: null };
  it('is right only for the answer, exactly as offered', () => {
    expect(gradeResponse(question, 'Geneva')).toBe(true);
    expect(gradeResponse(question, 'Paris')).toBe(false);
    expect(gradeResponse(question, 'geneva')).toBe(false);
  });
});

describe('a typed day, written the student’s way (blind review 30: “Jan 26” and “Thursday 27 February” accepted only as written)', () => {
  const day = (answer: string): TypedAnswerContext => ({ answer, aliases: [], others: [...PLACES], numeric: null });

  it('accepts the day in any order, abbreviated or not, with or without its weekday', () => {
    for (const typed of ['Jan 26', 'January 26', '26 January', '26 Jan', 'Jan. 26', 'the 26th of January', 'Wednesday, January 26', 'january 26 2022']) {
      expect(gradeTypedAnswer(typed, day('Jan 26')), typed).toBe(true);
    }
    for (const typed of ['27 February', 'Feb 27', 'Thursday 27 February', 'February 27th']) expect(gradeTypedAnswer(typed, day('Thursday 27 February')), typed).toBe(true);
  });

  it('marks another day, another month, another year or a bare number wrong', () => {
    for (const typed of ['Jan 25', 'February 26', '26', 'Wednesday', 'January', 'January 26 2021', 'Jan 26 in Geneva']) {
      expect(gradeTypedAnswer(typed, day('January 26, 2022')), typed).toBe(false);
    }
  });

  it('grades the same way through gradeResponse, as the quiz and the offline flashcards do', () => {
    expect(gradeResponse({ kind: 'cloze', choices: [], answer: 'Jan 26', numeric: null }, '26 January')).toBe(true);
  });
});
