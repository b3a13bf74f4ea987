/**
 * What two leaders say about their own meeting: "Our talks took place in an atmosphere of trust", "we are having
 * our fifteenth meeting here in Lima", "our relations are expanding in many spheres". Either side of the table
 * could have said it, so a who-said question on it has two defensible answers, and a student learns nothing
 * (blind-29: "I'm looking forward to us having a great meeting"; gen10's development sheets: five of the
 * Putin–Erdogan remarks, three of Putin–Abe's, Kerry's "this shared resolve … drove our conversation today").
 */
import { isCourtesySentence, splitSentences } from './openers';
import { memoByText } from './memo';

/** The meeting itself, or the ties it serves, as the thing a sentence talks about. */
const MEETING_NOUN = String.raw`(?:talks|meetings?|conversations?|discussions?|consultations|exchanges? of views|relations|relationship|ties|cooperation|partnership|visit|dialogue)`;

/**
 * The speakers' own meeting: "our talks", "today’s meeting", "the frequent meetings that you and I had",
 * "we had … conversations", "we continue our practice of regular meetings".
 */
const OWN_MEETING = new RegExp(
  String.raw`\b(?:our|today['’]s|this)\s+(?:[\p{Ll}-]+\s+){0,3}${MEETING_NOUN}\b` +
    String.raw`|\b(?:we|you and I)\s+(?:have\s+|had\s+|are\s+|will\s+)?(?:had|held|hold|having|completed|continue|begin|began|start|started|discussed)\b[^.!?]{0,80}\b${MEETING_NOUN}\b` +
    String.raw`|\b${MEETING_NOUN}\s+(?:that\s+)?(?:you and I|we)\s+(?:have\s+)?(?:had|held)\b` +
    String.raw`|\b(?:us|we)\s+(?:are\s+)?having\s+(?:[\p{Ll}-]+\s+){0,3}${MEETING_NOUN}\b` +
    // "When nations as close as ours get together": the speakers' meeting, said of any meeting.
    String.raw`|\bwhen\s+(?:we|you and I|(?:our\s+)?(?:nations|countries|leaders|allies|friends|partners))\s+(?:[\p{Ll}’'-]+\s+){0,4}get\s+together\b`,
  'iu',
);

/**
 * What makes talk of the meeting a fact: a decision ("we agreed to expand our cooperation"), or a subject
 * ("our cooperation on energy"), not "in many spheres" or "on a range of issues".
 */
const SUBSTANCE = new RegExp(
  String.raw`\b(?:agreed|decided|signed|adopted|approved|launched|announced|committed|pledged)\b` +
    String.raw`|\b${MEETING_NOUN}\s+(?:on|over)\s+(?!(?:all|many|various|a\s+(?:range|variety|number|host)|the\s+(?:whole|full|entire))\b)\p{Ll}`,
  'iu',
);

/** A capitalised word after a sentence's first: a name, a nation or a body, which says what was discussed. */
const NAME_WORD = /(?<!^|[.!?]\s+|here in\s+|this time in\s+)\b\p{Lu}[\p{L}’'-]+/gu;

/** "I", "Mr", "Mr.": capitals that name no subject. */
const NOT_A_SUBJECT = /^(?:I|I['’](?:m|ve|ll|d)|Mr|Mrs|Ms|Dr|President|Prime|Minister|Chancellor|Secretary)$/u;

/**
 * Whether a sentence only speaks of the speakers' own meeting or ties, naming no one and nothing else.
 *
 * @example
 * isMeetingTalk('Our talks took place in the spirit of trust and mutual understanding that characterises our relations.'); // → true
 * isMeetingTalk('We discussed the whole range of international issues, including the question of Iran.'); // → false
 */
export function isMeetingTalk(sentence: string): boolean {
  const s = sentence.trim().replace(/^[“"‘']+/, '');
  if (!OWN_MEETING.test(s) || SUBSTANCE.test(s)) return false;
  const names = [...s.slice(1).matchAll(NAME_WORD)].map((m) => m[0]).filter((w) => !NOT_A_SUBJECT.test(w));
  return names.length === 0;
}

/**
 * Whether every sentence of the words a question shows is thanks, welcome or talk of the meeting itself:
 * true of both sides of the table, so nobody to remember a speaker by.
 *
 * @example
 * isSmallTalk('My dear friend, after the frequent meetings that you and I had in 2018, this will be our first meeting in 2019'); // → true
 * isSmallTalk('Germany is our key economic partner in Europe. They have evened out after trade fell about 40 percent.'); // → false
 */
export const isSmallTalk = memoByText(function isSmallTalk(text: string): boolean {
  const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s));
  return sentences.length > 0 && sentences.every((s) => isMeetingTalk(s) || isCourtesySentence(s));
});
