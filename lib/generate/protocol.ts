/**
 * Diplomatic protocol: what principals say of any meeting and any partner ("The talks, which were held in a
 * constructive and business-like atmosphere, have just ended", "Russia and Azerbaijan are bound by strong
 * traditions of friendship", "a partnership that is mutually beneficial and based on the principles of …",
 * "The floor is yours, sir"). Either side of the table could have said it and it names nothing a student should
 * learn, so it is neither a who-said quotation nor a what-said key or choice (blind-53 and blind-54 sent back
 * Putin's "constructive and business-like atmosphere … traditions of friendship" and Biden's "Thank you and
 * welcome. The floor is yours, sir").
 */
import { GOODWILL_LEXICON, TALKS_CLIMATE_LEXICON, TALKS_TONE_LEXICON } from './lexicons/protocol-words';
import { isCourtesySentence, splitSentences } from './openers';
import { sideOfWords } from './nations';
import { memoByText } from './memo';
import { saysNothingSentence } from './says-nothing';

/** A lexicon's words as an alternation, multi-word entries with a space or a hyphen between their words. */
function alternation(words: Set<string>): string {
  return [...words].map((w) => w.replace(/-/g, '[\\s-]')).join('|');
}

const TONE = `(?:${alternation(TALKS_TONE_LEXICON.words)})`;
const CLIMATE = `(?:${alternation(TALKS_CLIMATE_LEXICON.words)})`;
const GOODWILL = `(?:${alternation(GOODWILL_LEXICON.words)})`;

/** The phrases of protocol, each said of any talks or any pair of states. */
const PROTOCOL_PHRASE = new RegExp(
  [
    // "held in a constructive and business-like atmosphere", "in a warm, friendly and trusting spirit".
    String.raw`\bin\s+(?:an?|the)\s+(?:(?:very|most|truly|extremely|highly)\s+)?${TONE}(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:very|most|truly)\s+)?${TONE})*\s+${CLIMATE}\b`,
    // "in an atmosphere of trust and mutual understanding", "in the spirit of friendship".
    String.raw`\bin\s+(?:an?|the)\s+${CLIMATE}\s+of\s+(?:(?:\p{Ll}+\s+){0,2})${GOODWILL}\b`,
    // "strong traditions of friendship", "bound by ties of friendship", "traditional friendship".
    String.raw`\b(?:traditions?|ties|bonds?|history|spirit)\s+of\s+(?:(?:\p{Ll}+\s+){0,2})${GOODWILL}\b`,
    String.raw`\btraditional(?:ly)?\s+(?:\p{Ll}+\s+)?(?:friend(?:ship|ly|s)|partners?(?:hip)?)\b`,
    // "bilateral cooperation in all its aspects", "pressing regional and international matters", "the whole range of
    // issues": an agenda said to cover everything names nothing on it.
    String.raw`\bin\s+all\s+(?:its|their|of\s+its|of\s+their)\s+(?:aspects|dimensions|areas|spheres|forms)\b`,
    String.raw`\b(?:regional\s+and\s+international|international\s+and\s+regional|bilateral\s+and\s+international)\s+(?:matters|issues|affairs|problems|topics|questions|agenda)\b`,
    String.raw`\b(?:the|a)\s+(?:whole|full|entire|broad|wide)\s+(?:range|spectrum)\s+of\s+(?:(?:\p{Ll}+\s+){0,2})(?:issues|matters|topics|questions)\b`,
    // "a partnership that is mutually beneficial and based on the principles of …".
    String.raw`\bmutually\s+(?:beneficial|advantageous|respectful)\b`,
    String.raw`\bbased\s+on\s+(?:the\s+)?principles?\s+of\b`,
    String.raw`\brespect\s+for\s+(?:each\s+other['’]s|one\s+another['’]s|mutual)\s+interests\b`,
    // "The floor is yours, sir", "you have the floor", "I give the floor to …": the chair's hand-over.
    // "I turn the microphone over to Secretary Rice".
    String.raw`\b(?:the\s+floor\s+is\s+yours|you\s+have\s+the\s+floor|(?:I|let\s+me|I['’]ll|I\s+will|I\s+would\s+like\s+to)\s+(?:now\s+)?(?:give|pass|hand|turn|yield)\s+(?:(?:the\s+(?:floor|microphone|mic|podium)|it)\s+)?(?:over\s+)?to\b)`,
  ].join('|'),
  'iu',
);

/** What makes a sentence more than protocol: a figure, or a decision taken. */
const SUBSTANCE = /\d|\b(?:agreed|decided|signed|adopted|approved|launched|announced|committed|pledged|will\s+(?:sign|build|open|send|supply|invest|hold))\b/i;

/** A capitalised word after a sentence's first: a name, unless it names one of the states. */
const NAME_WORD = /(?<!^)\b\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;
const NO_NAME = /^(?:I|I['’](?:m|ve|ll|d)|Mr|Mrs|Ms|Dr|Sir|Madam|President|Prime\s+Minister|Minister|Chancellor|Secretary|Excellency)$/u;
/** After the chair's hand-over, the name of whom the floor goes to ("over to Secretary Rice") is no subject. */
const HANDED_TO = /\b(?:over\s+)?to\s+(?:(?:Mr|Mrs|Ms|Madam|President|Prime\s+Minister|Minister|Chancellor|Secretary|Foreign\s+Minister)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*[.!]?$/u;

/**
 * Whether a sentence is protocol only: a phrase of protocol, no figure or decision, and no name but of states.
 *
 * @example
 * isProtocolSentence('The talks, which were held in a constructive and business-like atmosphere, have just ended.'); // → true
 * isProtocolSentence('Russia and Azerbaijan are bound by strong traditions of friendship and cooperation.'); // → true
 * isProtocolSentence('In a friendly atmosphere we agreed to open a consulate in Baku.'); // → false
 */
export function isProtocolSentence(sentence: string): boolean {
  const s = sentence.trim().replace(/^[“"‘'[]+/, '').replace(/^(\p{L})\]/u, '$1');
  if (!PROTOCOL_PHRASE.test(s) || SUBSTANCE.test(s)) return false;
  return [...s.slice(1).replace(HANDED_TO, '').matchAll(NAME_WORD)].every((m) => NO_NAME.test(m[0]) || sideOfWords(m[0].replace(/['’]s$/, '')) !== null);
}

/**
 * The share of a quotation's words in protocol and thanks from which it says nothing. Talk of the meeting alone
 * ("Our political dialogue is developing at speed") is not counted: beside a line of substance it is the speaker's
 * view of the ties, and small-talk.ts keeps out quotations that are nothing else.
 */
const PROTOCOL_SHARE = 0.6;

/**
 * Whether the words a question shows are mostly protocol and thanks.
 *
 * @example
 * isMostlyProtocol('The talks were held in a constructive atmosphere. Russia and Azerbaijan are bound by strong traditions of friendship.'); // → true
 * isMostlyProtocol('[T]hank you and welcome. The floor is yours, sir.'); // → true
 * isMostlyProtocol('Our talks were friendly. Trade grew by 35 percent in 2017 to reach $2.5 billion, and we agreed to build the North–South corridor.'); // → false
 */
export const isMostlyProtocol = memoByText(function isMostlyProtocol(text: string): boolean {
  const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s));
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const idle = (s: string) => {
    const plain = s.replace(/^([“"‘']?)\[(\p{L})\]/u, '$1$2');
    // "It was a very productive meeting": no set phrase, but every word empty (says-nothing.ts).
    return isProtocolSentence(plain) || isCourtesySentence(plain) || saysNothingSentence(plain);
  };
  const all = sentences.reduce((n, s) => n + words(s), 0);
  const protocol = sentences.filter(idle).reduce((n, s) => n + words(s), 0);
  return all > 0 && protocol / all >= PROTOCOL_SHARE;
});
