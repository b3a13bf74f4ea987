/**
 * A meeting the extractor calls by a bare word ("meeting") that its sentence names by what follows the word: "an
 * informal meeting of the heads of CIS states yesterday" is the informal meeting of the heads of CIS states, not one
 * of the report's many meetings. The "of" phrase names it only when it holds a name (a capitalised word).
 */
import { escapeRegExp } from './text';

/** The bare words an "of" phrase can complete. */
const BARE_WORD = /^(?:meeting|summit|session|conference|gathering)$/i;
/** Where the "of" phrase ends: a time or place phrase, a new clause, punctuation. */
const PHRASE_END = String.raw`(?=\s+(?:in|at|on|yesterday|today|tomorrow|this|last|next|that|which|who|whose|to|for|and|but|where|when|since|after|before|during|with|was|were|is|are|will|would|had|has)\b|\s*[,;.:()“”"—–]|$)`;

/**
 * The noun phrase "word of …" as the sentence writes it after an article (with one lower-case modifier before the
 * word), or null when the extractor's name is no bare word or the phrase names nothing.
 *
 * @example
 * ofPhraseName('The presidents took part in an informal meeting of the heads of CIS states yesterday.', 'meeting'); // → 'informal meeting of the heads of CIS states'
 * ofPhraseName('They discussed the meeting of ministers next week.', 'meeting'); // → null
 */
export function ofPhraseName(sentence: string, what: string): string | null {
  if (!BARE_WORD.test(what)) return null;
  const word = `[${what.charAt(0).toUpperCase()}${what.charAt(0).toLowerCase()}]${escapeRegExp(what.slice(1).toLowerCase())}`;
  const re = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Ll}[\p{Ll}-]+\s+)?${word}\s+of\s+[^,;.:()“”"—–]+?)${PHRASE_END}`, 'u');
  const m = re.exec(sentence);
  const phrase = m?.[1] ?? null;
  if (!phrase) return null;
  const named = phrase.slice(phrase.toLowerCase().indexOf(' of ') + 4);
  return /\p{Lu}/u.test(named) ? phrase.replace(/\s+/g, ' ') : null;
}
