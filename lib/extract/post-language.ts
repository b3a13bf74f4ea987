import { ENGLISH_MARKER_LEXICON } from './lexicons/function-words';
import { isEnglishWord } from './pos';

/*
 * Global Voices and other roundups quote a post in its own language, then the article's English of it. In another
 * script the script tells the two apart (roundup-entries.ts); in Latin script ("Bagal ng net these past few days …",
 * "Samo smo koristili najjače oružje novinara …") the share of English function words does.
 */

const ENGLISH_MARKERS = ENGLISH_MARKER_LEXICON.words;
/** Links, handles and hashtags are the same in any language's post; words with digits are no words of a language. */
const NOT_WORD_TOKEN = /[./@#\d]/;
/** English prose has about one word in three a function word of the lexicon; a quotation's translation well over one in five. */
const ENGLISH_SHARE = 0.2;
/** A post in another language borrows an English word or two ("these past few days"). */
const FOREIGN_SHARE = 0.08;
/** Fewer words tell nothing: "Deal :)", "Ooh." */
const MIN_WORDS = 6;

/** Letters and apostrophes, the words `wordsOf` keeps of a token (String#match reads them all from its start). */
const LETTER_RUNS = /[\p{L}'’]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * The words of a text, links, handles, hashtags and words with digits left out ("q_a8e156bd10264df1"). One pass over
 * the text's tokens: it is asked of most short paragraphs of every article.
 */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '' || NOT_WORD_TOKEN.test(token)) continue;
    // A token of ASCII letters (most of them) is one word; otherwise its runs of letters and apostrophes, what
    // splitting at everything else leaves without the empty pieces.
    if (ASCII_WORD.test(token)) {
      out.push(token);
      continue;
    }
    const runs = token.match(LETTER_RUNS);
    if (runs) for (const w of runs) out.push(w);
  }
  return out;
}

/** The share of a text's words that are English function words, and how many words it has. */
function englishShare(words: string[]): { share: number; words: number } {
  let marked = 0;
  for (const w of words) if (ENGLISH_MARKERS.has(w.toLowerCase())) marked++;
  return { share: words.length === 0 ? 0 : marked / words.length, words: words.length };
}

/** Words of four letters or more in lower case: short ones ("ang", "sam", "to") are words of many languages. */
const MIN_CONTENT_LETTERS = 4;
/**
 * English names and titles leave few function words ("At a White House press briefing, U.S. President Barack Obama
 * expressed caution"); its words in lower case are English all the same. A post in Tagalog borrows "speed" and "days".
 */
const MAX_ENGLISH_CONTENT = 0.6;

/** Whether most of a text's content words in lower case are outside the tagger's English vocabulary. */
function hasForeignContent(words: string[]): boolean {
  const content = words.filter((w) => w.length >= MIN_CONTENT_LETTERS && /^\p{Ll}/u.test(w));
  if (content.length < 3) return false;
  return content.filter((w) => isEnglishWord(w)).length / content.length <= MAX_ENGLISH_CONTENT;
}

/**
 * Whether a text is English prose by its function words.
 *
 * @example
 * readsAsEnglish('The net is so slow these past few days.') // true
 */
export function readsAsEnglish(text: string): boolean {
  const { share, words } = englishShare(wordsOf(text));
  return words >= MIN_WORDS && share >= ENGLISH_SHARE;
}

/**
 * Whether a text in Latin script is prose of another language than English: six words or more, hardly any an
 * English function word, and most of its longer words in lower case outside the English vocabulary.
 *
 * @example
 * readsAsOtherLatinLanguage('Samo smo koristili najjače oružje novinara, a to su pitanja.') // true
 * readsAsOtherLatinLanguage('The net is so slow these past few days.') // false
 */
export function readsAsOtherLatinLanguage(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= MIN_WORDS && englishShare(words).share <= FOREIGN_SHARE && hasForeignContent(words);
}
