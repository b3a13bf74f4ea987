/**
 * Whether another speaker's words are a fair wrong choice beside the asked person's (#15): a choice that gives itself
 * away is no choice. Three ways the round-22 bank showed: an interviewer's question beside the guest's answer ("Do you
 * plan to continue running until 2020?" beside "Yes! I train all year to go to win a medal"); the other principal
 * speaking of the asked one by office ("as the President mentioned", in Gentiloni's words beside Putin's); and a line
 * opening on a state the asked report never names ("Zambia has indeed embarked …" offered for Putin in Berlin), a name
 * the capital-word checks skip because it opens the sentence.
 */
import type { Person } from '@/lib/extract/types';
import { sideOfWords } from './nations';
import { containsWords } from './text';
import { sharesClaim } from './claim-overlap';

/** Offices a speaker names another by: "the President", "Mr. President", "Madam Secretary". */
const OFFICE_REFERENCE = /\b(?:the|Mr\.?|Mister|Madam|Madame)\s+((?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Chancellor|Premier|Secretary(?:\s+General)?|Foreign\s+Minister|Minister|King|Queen|Emir|Governor|Ambassador))\b/g;

/** Whether words are asked, not said: a question to the speaker, not the speaker's own words. */
function isQuestion(text: string): boolean {
  return /\?[\s”"’']*$/.test(text);
}

/** Whether a person holds the office by the role or any name the reports give them ("President Putin", "the President"). */
function holdsOffice(p: Person, office: string): boolean {
  const word = new RegExp(String.raw`(?<!\b(?:Vice|Deputy)\s)\b${office.replace(/\s+/g, String.raw`\s+`)}\b`, 'i');
  return [p.role ?? '', ...p.aliases].some((form) => word.test(form));
}

/**
 * Whether words name, by an office only the asked person of the two holds, someone other than their speaker: "as the
 * President mentioned" is not the President's line.
 *
 * @example
 * speaksOfAskedOffice('as the President mentioned, trade grew', putin, gentiloni); // → true
 * speaksOfAskedOffice('Mr. President, thank you', obama, park); // → false (both are presidents)
 */
export function speaksOfAskedOffice(text: string, asked: Person, speaker: Person | undefined): boolean {
  return [...text.matchAll(OFFICE_REFERENCE)].some((m) => {
    const office = m[1] ?? '';
    return holdsOffice(asked, office) && !(speaker && holdsOffice(speaker, office));
  });
}

/**
 * The state the first word of words names ("Zambia has indeed …" → "Zambia"), or null: a sentence's opening capital is
 * no name to the capital-word checks, but a state's name is one wherever it stands.
 *
 * @example
 * openingState('Zambia has indeed embarked on an ambitious democratic reform agenda'); // → 'Zambia'
 * openingState('Bilateral relations are at the centre of our talks'); // → null
 */
export function openingState(text: string): string | null {
  const first = /^[\s‘'"“]*(\p{Lu}[\p{L}’'-]*)/u.exec(text)?.[1]?.replace(/['’]s$/, '');
  return first && sideOfWords(first) ? first : null;
}

/**
 * Whether another speaker's shown words stand as a wrong choice beside the shown answer: both said (or both asked),
 * not speaking of the asked person by office, making no claim the asked person makes in the asked report (`askedWords`,
 * claim-overlap.ts), and, from another report, opening on no state the asked report leaves unnamed.
 *
 * @example
 * isFairChoice({ choice: 'Do you plan to run in 2020?', answer: 'Yes! I train all year', asked, speaker, body: null }); // → false
 */
export function isFairChoice(o: { choice: string; answer: string; asked: Person; speaker: Person | undefined; body: string | null; askedWords?: string }): boolean {
  if (isQuestion(o.choice) !== isQuestion(o.answer)) return false;
  if (speaksOfAskedOffice(o.choice, o.asked, o.speaker)) return false;
  // "We settled all our contentious issues on oil and gas" is the asked person's claim too when they said so.
  if (sharesClaim(o.choice, `${o.answer}\n${o.askedWords ?? ''}`)) return false;
  const state = o.body === null ? null : openingState(o.choice);
  return !state || containsWords(o.body ?? '', state);
}
