/**
 * Whether a quotation tells something. One that names a fact, a position, a decision, a number, a place, a party,
 * a demand or a warning is worth a who-said or what-said question; one built only from the meeting's own tone
 * ("it was a very productive meeting"), the agenda said to cover everything ("a wide range of issues of mutual
 * interest"), thanks and hospitality is diplomatic boilerplate, which blind judges send back as trivia. Unlike
 * protocol.ts, which knows set phrases, this reads every word: a sentence says nothing when each of its words is a
 * function word or one of the empty words of lexicons/empty-words.ts, and at least one is a mark of boilerplate.
 */
import {
  AGENDA_WORDS_LEXICON,
  BOILERPLATE_MARKS,
  EVALUATION_WORDS_LEXICON,
  GRAMMAR_WORDS_LEXICON,
  MEETING_WORDS_LEXICON,
} from './lexicons/empty-words';
import { TALKS_CLIMATE_LEXICON, TALKS_TONE_LEXICON, GOODWILL_LEXICON } from './lexicons/protocol-words';

const EMPTY = new Set([
  ...GRAMMAR_WORDS_LEXICON.words,
  ...MEETING_WORDS_LEXICON.words,
  ...AGENDA_WORDS_LEXICON.words,
  ...EVALUATION_WORDS_LEXICON.words,
  ...TALKS_TONE_LEXICON.words,
  ...TALKS_CLIMATE_LEXICON.words,
  ...GOODWILL_LEXICON.words,
]);

/** Courtesy and office titles that name no party of their own ("thank the President for his hospitality"). */
const TITLE = /^(?:I|Mr|Mrs|Ms|Dr|Sir|Madam|President|Prime|Minister|Chancellor|Secretary|Excellency|Excellencies|Majesty|Highness|General|Foreign)$/u;

/**
 * Whether a sentence is built only from boilerplate: no figure, no name but a title, and every word empty.
 * A figure, a name or any content word ("border", "agreed", "warned", "Iran") makes it tell something.
 *
 * @example
 * saysNothingSentence('We discussed a wide range of issues of mutual interest.'); // → true
 * saysNothingSentence('I would like to thank the President for his hospitality.'); // → true
 * saysNothingSentence('We had constructive talks, and we agreed to open the border by June.'); // → false
 */
export function saysNothingSentence(sentence: string): boolean {
  const s = sentence.trim().replace(/^[“"‘'[]+/, '').replace(/^(\p{L})\]/u, '$1');
  if (/\d/.test(s)) return false;
  const words = s.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length === 0) return false;
  const named = words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !TITLE.test(w.replace(/[’']s$/u, '')));
  if (named) return false;
  const plain = words.filter((w) => !TITLE.test(w.replace(/[’']s$/u, ''))).map((w) => w.toLowerCase().replace(/’/g, "'").replace(/'(?:s|ve|re|m|ll|d)$/, ''));
  return plain.every((w) => EMPTY.has(w)) && plain.some((w) => BOILERPLATE_MARKS.has(w));
}
