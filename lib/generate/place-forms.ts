/**
 * The other ways an article writes the place a typed card asks for: "New Delhi" is "Delhi" a few lines on
 * ("our meeting in Delhi", blind-35). A student who types the article's own word for the place is right; a
 * word that names another place is not, so a state ("Mexico" inside "New Mexico") or another state's capital
 * never counts.
 */
import { sideOfPlace, sideOfWords } from './nations';
import { escapeRegExp } from './text';
import { CITY_LEXICON, WORLD_CITY_LEXICON } from '@/lib/extract/lexicons/places';

/** A short form of a place must be a name, not a fragment: "Delhi", never "New" or "City". */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]{3,}$/u;

/** Occurrences of `words` in `text` as a whole name: not followed or preceded by another capitalised word. */
function countAlone(text: string, words: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{Lu}[\\p{L}.’'-]*\\s)${escapeRegExp(words)}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`, 'gu');
  return [...text.matchAll(re)].length;
}

/** Whether the lists know `words` as a town: "New Delhi", "Mexico City". */
function isKnownTown(words: string): boolean {
  const key = words.toLowerCase().replace(/\s+/g, '-');
  return CITY_LEXICON.words.has(key) || WORLD_CITY_LEXICON.words.has(key);
}

/**
 * The article's longer forms of `place` that the lists know as a town of the same state ("New Delhi" where
 * the card asks "Delhi"): never "Delhi Police", which is no place.
 */
function longerForms(body: string, place: string): string[] {
  const p = escapeRegExp(place);
  const re = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+\\s+${p}|${p}\\s+\\p{Lu}\\p{Ll}+)(?![\\p{L}])`, 'gu');
  const side = sideOfPlace(place);
  return [...new Set(formsAround(body, place, re).map((m) => m.replace(/\s+/g, ' ')))].filter((f) => isKnownTown(f) && (!sideOfPlace(f) || !side || sideOfPlace(f) === side));
}

/**
 * What `body.matchAll(re)` matches, for a pattern whose every match holds `place` with at most a word and spaces
 * before it: the pattern is tried (sticky) only from the word before each occurrence of the place and from the
 * occurrence itself, leftmost first and never inside the last match, instead of from every position of the body.
 */
function formsAround(body: string, place: string, re: RegExp): string[] {
  if (!place || /\s/.test(place)) return [...body.matchAll(re)].map((m) => m[0]);
  const starts: number[] = [];
  for (let at = body.indexOf(place); at >= 0; at = body.indexOf(place, at + 1)) {
    let word = at;
    while (word > 0 && /\s/.test(body[word - 1] as string)) word--;
    if (word < at) while (word > 0 && !/\s/.test(body[word - 1] as string)) word--;
    for (let s = word; s <= at; s++) starts.push(s);
  }
  starts.sort((a, b) => a - b);
  const sticky = new RegExp(re.source, 'uy');
  const out: string[] = [];
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(body);
    if (m) {
      out.push(m[0]);
      from = s + m[0].length;
    }
  }
  return out;
}

/**
 * The article's own shorter forms of `place` (its name without its first or last word), each written
 * alone in the article and naming no other state or capital; for a one-word place, its longer forms.
 *
 * @example
 * ownPlaceForms('They met in New Delhi. After our meeting in Delhi, talks went on.', 'New Delhi'); // → ['Delhi']
 * ownPlaceForms('Talks in New Mexico, then in Mexico.', 'New Mexico'); // → []
 * ownPlaceForms('They met in New Delhi. After our meeting in Delhi, talks went on.', 'Delhi'); // → ['New Delhi']
 */
export function ownPlaceForms(body: string, place: string): string[] {
  const words = place.trim().split(/\s+/);
  if (words.length < 2) return longerForms(body, place.trim());
  const side = sideOfPlace(place);
  const candidates = [words.slice(1).join(' '), words.slice(0, -1).join(' ')].filter((c) => c.split(' ').every((w) => NAME_WORD.test(w)));
  return [...new Set(candidates)].filter((c) => {
    if (sideOfWords(c)) return false;
    const other = sideOfPlace(c);
    if (other && other !== side) return false;
    return countAlone(body, c) > 0;
  });
}
