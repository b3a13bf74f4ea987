/**
 * "Where did the GV Summit take place?": an acronym the stem never spells out (blind-30, both judges: write
 * "the Global Voices Summit"). A stem's own words spell an acronym out as the article does at its first use,
 * the capitalised words whose initials make it; the report's headline in the label stays as published.
 */

/** An acronym of two to five capitals ("GV", "SDSR"), not a roman numeral, nor a word of a compound ("US-Russian"). */
const ACRONYM = /(?<![\p{L}\d.-])(?!(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\b)(\p{Lu}{2,5})(?![\p{L}\d-])/gu;

/** Acronyms every student reads as a name, which a stem never spells out ("the US", "NATO"). */
const KNOWN_TO_ALL = new Set(['US', 'USA', 'UK', 'UN', 'EU', 'NATO', 'USSR', 'UAE']);

/**
 * The words the text spells the acronym out with ("Global Voices" for "GV"), or null.
 *
 * @example
 * spelledOut('The first day of the Global Voices 2008 Summit in Budapest …', 'GV'); // → 'Global Voices'
 * spelledOut('Talks in Brussels.', 'GV'); // → null
 */
export function spelledOut(text: string, acronym: string): string | null {
  const words = [...text.matchAll(/\p{Lu}[\p{Ll}’'-]+/gu)];
  for (let i = 0; i + acronym.length <= words.length; i++) {
    const run = words.slice(i, i + acronym.length);
    // Consecutive words only: "Global Voices", not "Global … Voices" across a sentence.
    const adjacent = run.every((w, k) => k === 0 || /^\s+$/.test(text.slice((run[k - 1]?.index ?? 0) + (run[k - 1]?.[0].length ?? 0), w.index)));
    if (adjacent && run.map((w) => w[0][0]).join('') === acronym) return run.map((w) => w[0]).join(' ');
  }
  return null;
}

/**
 * The part of a prompt after its label (the closing quotation mark of the headline and its parenthesis) with
 * each acronym the article spells out written in full.
 *
 * @example
 * withAcronymsSpelled('According to “GV Summit Day One a success” (Global Voices, June 28, 2008), where did the GV Summit take place?', body);
 * // → 'According to “GV Summit Day One a success” (Global Voices, June 28, 2008), where did the Global Voices Summit take place?'
 */
export function withAcronymsSpelled(prompt: string, body: string): string {
  // A sentence of the report shown whole keeps its words ("NATO (North Atlantic Treaty Organization)").
  if (/\bcompletes (?:this sentence|what)\b/.test(prompt)) return prompt;
  const labelEnd = /”\s*\([^)]*\)/.exec(prompt);
  const cut = labelEnd ? labelEnd.index + labelEnd[0].length : 0;
  const tail = prompt.slice(cut).replace(ACRONYM, (whole, acronym: string) => (KNOWN_TO_ALL.has(acronym) ? whole : spelledOut(body, acronym) ?? whole));
  return prompt.slice(0, cut) + tail;
}
