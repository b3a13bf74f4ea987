/**
 * A place a report names once and then points back to: "In the New Territories East geographical
 * constituency, … elected with 58,825 votes, the highest in the constituency." Shown alone, "the
 * constituency" says nothing (blind-34 Q17, Q18, both judges); a teacher would name it, or not ask.
 */
import { escapeRegExp } from './text';

/** Kinds of place a report names and then calls by their kind alone. */
const PLACE_KINDS = ['constituency', 'district', 'city', 'region', 'province', 'county', 'municipality', 'riding', 'electorate', 'ward', 'prefecture'];

/**
 * "the constituency", "this district": the kind written in lower case (so "the District Council" is a name),
 * not "the city of Basra", not "the city council" (a body, asked as before), not one glossed already.
 */
const POINTED = new RegExp(String.raw`\b(?:[Tt]he|[Tt]his)\s+(${PLACE_KINDS.join('|')})\b(?![’'\p{L}-]|\s+of\b|\s*\[)`, 'gu');
/** A lower-case word that carries the noun phrase on ("the city council"), not one after its end ("in this district, …", "the city was"). */
const PHRASE_GOES_ON = /^\s+(?!(?:and|or|but|with|was|were|is|are|has|had|in|on|at|to|for|from|by|as|after|where|which|who|that|since|during)\b)\p{Ll}/u;

/** The places a text points back to, with their kind: never "the city council" (a body, asked as before). */
function pointers(text: string): { at: number; end: number; kind: string }[] {
  return [...text.matchAll(POINTED)]
    .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: m[1] ?? '' }))
    .filter((p) => !PHRASE_GOES_ON.test(text.slice(p.end)));
}

/** Words that open a name's run of capitals without being part of it ("In Tigray region"). */
const NOT_NAME = /^(?:The|A|An|In|On|At|Of|For|From|With|By|To|And|But|Across|Throughout|Near|Inside|Outside)$/;

/**
 * Whether a text calls a place by its kind alone ("the highest in the constituency", "in this district").
 *
 * @example
 * pointsToPlace('Two veterans were defeated in this constituency.'); // → true
 * pointsToPlace('Ho won in the Kowloon West constituency.'); // → false
 */
export function pointsToPlace(text: string): boolean {
  return pointers(text).length > 0;
}

/** The nearest name of a kind in a text: "New Territories West" in "In the New Territories West geographical constituency". */
function lastNameOfKind(text: string, kind: string): { name: string; at: number } | null {
  const named = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){1,5})(?:\p{Ll}+\s+)?${escapeRegExp(kind)}\b|\b${escapeRegExp(kind)}\s+of\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})`, 'gu');
  let last: { name: string; at: number } | null = null;
  for (const m of text.matchAll(named)) {
    const words = (m[1] ?? m[2] ?? '').trim().split(/\s+/);
    // "Tomas Reyn’s Harlow North constituency": the name starts after the owner.
    const owner = words.findLastIndex((w) => /[’']s$/.test(w));
    if (owner >= 0) words.splice(0, owner + 1);
    while (words.length && NOT_NAME.test(words[0] ?? '')) words.shift();
    if (words.length) last = { name: words.join(' '), at: m.index ?? 0 };
  }
  return last;
}

/**
 * The sentence as shown with each place it points back to named in an editor's gloss, from the nearest
 * earlier name of that kind in its paragraph ("in this constituency [New Territories West]"); unchanged when
 * it points to none or names the place itself before; null when no name of that kind comes before it in the
 * paragraph (which one is meant is then not clear, and the sentence is not shown alone).
 *
 * @example
 * namePointedPlaces('In the Harlow North geographical constituency, Ana Vey was elected.', 'Ben Orr lost in this constituency by 300 votes.'); // → 'Ben Orr lost in this constituency [Harlow North] by 300 votes.'
 */
export function namePointedPlaces(paragraphBefore: string, shown: string): string | null {
  let out = '';
  let from = 0;
  for (const { at, end, kind } of pointers(shown)) {
    const found = lastNameOfKind(`${paragraphBefore} ${shown.slice(0, at)}`, kind);
    if (!found) return null;
    // Named earlier in the sentence itself ("In the Kowloon East constituency, … the highest in this constituency"): no gloss.
    out += found.at > paragraphBefore.length ? shown.slice(from, end) : `${shown.slice(from, end)} [${found.name}]`;
    from = end;
  }
  return out + shown.slice(from);
}
