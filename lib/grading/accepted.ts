/**
 * What a typed answer accepts, in words a student reads after answering: "exactly 30 (in figures or in
 * words)", "any number from 5,300 to 5,900", "10 or “ten”". Grading reads numbers however they are written
 * (see parseTypedNumber); the feedback says so, so that a right "10" for "ten" is no surprise and a wrong
 * 33 for "nearly 30" is explained.
 */
import type { GradableQuestion } from './grade';
import { isTypedQuestion } from './grade';
import { parseTypedNumber } from './numbers';
import { dayInWords, parseTypedDay } from './days';
import { acceptedForms } from './accepted-forms';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A whole number under a hundred in words ("thirty-two"), or null.
 *
 * @example
 * inWords(32) // 'thirty-two'
 */
export function inWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
  if (n < 20) return ONES[n]!;
  return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
}

const figures = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/**
 * The sentence of feedback that says what a typed answer accepts, or null for a multiple-choice question
 * or a name (a name is its own answer; the feedback shows it).
 *
 * @example
 * acceptedNote({ kind: 'cloze', choices: [], answer: 'ten', numeric: null }) // 'Accepted: 10 or “ten”.'
 * acceptedNote({ kind: 'cloze', choices: [], answer: '2019', numeric: null }) // 'Accepted: 2019.'
 * acceptedNote({ kind: 'cloze', choices: [], answer: 'Jan 26', numeric: null }) // 'Accepted: 26 January, however it is written (“Jan 26”, “26 January”), the weekday optional.'
 * acceptedNote({ kind: 'figure-numeric', choices: [], answer: '5,600', numeric: { value: 5600, tolerance: 300, unit: 'refugees' } }) // 'Accepted: any number from 5,300 to 5,900 refugees.'
 */
export function acceptedNote(question: GradableQuestion): string | null {
  if (!isTypedQuestion(question)) return null;
  if (question.numeric) {
    const { value, tolerance, unit } = question.numeric;
    const of = unit.trim() ? ` ${unit.trim()}` : '';
    if (tolerance > 0) return `Accepted: any number from ${figures(value - tolerance)} to ${figures(value + tolerance)}${of}.`;
    const words = inWords(value);
    return `Accepted: exactly ${figures(value)}${of}${words ? `, in figures or in words (“${words}”)` : ''}.`;
  }
  // "New Delhi" or the article's own "Delhi": a place's other forms are named, since a name is otherwise its own answer.
  const forms = acceptedForms(question.tags);
  if (forms.length > 0) return `Accepted: ${question.answer.trim()} or ${forms.map((f) => `“${f}”`).join(' or ')}.`;
  const day = parseTypedDay(question.answer);
  if (day) return `Accepted: ${dayInWords(day)}, however it is written (“${question.answer.trim()}”, “${dayInWords({ ...day, year: null })}”), the weekday${day.year === null ? '' : ' and the year'} optional.`;
  const n = parseTypedNumber(question.answer);
  if (n === null) return null;
  // A year is a name for a time, not a quantity: "2019", never "2,019".
  if (/^\d{4}$/.test(question.answer.trim()) && n >= 1000 && n <= 2100) return `Accepted: ${question.answer.trim()}.`;
  const words = inWords(n);
  return words ? `Accepted: ${figures(n)} or “${words}”.` : `Accepted: ${figures(n)}, however it is written.`;
}
