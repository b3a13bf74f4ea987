/**
 * A cartoon's script printed under its credit ("Chen Guangcheng: “Premier Wen, I have three requests!” / Wen
 * Jiabao: ”Trust me! …“ / ‘More Glorious than the Sun’ by Hexie Farm’s Crazy Crab for China Digital Times."):
 * the words are the cartoonist's, put in the mouths of the people drawn, so a who-said on them would teach
 * satire as a quotation (round 16, Global Voices).
 */

/** A credit line: a quoted title, then "by" its artist ("‘More Glorious than the Sun’ by Crazy Crab …"). */
const CREDIT = /^[ \t]*[“‘"'][^\n“”‘’"]{2,80}[”’"'][ \t]+by[ \t]+\S/mu;
/** A line of the script: a name, a colon, quoted words. */
const SCRIPT_LINE = /^[ \t]*\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,3}:[ \t]*[“”"‘’']/gmu;

/** The paragraph around an offset, with its neighbours (a credit may sit above or below the drawing's lines). */
function paragraphsAround(body: string, at: number): { own: string; near: string } {
  const start = body.lastIndexOf('\n\n', at);
  const end = body.indexOf('\n\n', at);
  const own = body.slice(start < 0 ? 0 : start, end < 0 ? body.length : end);
  const before = body.lastIndexOf('\n\n', Math.max(0, (start < 0 ? 0 : start) - 1));
  const after = end < 0 ? -1 : body.indexOf('\n\n', end + 2);
  const near = body.slice(before < 0 ? 0 : before, after < 0 ? body.length : after);
  return { own, near };
}

/**
 * Whether the quotation is a line of a cartoon's script: its paragraph holds two or more "Name: “…”" lines and a
 * credit line stands in it or next to it.
 *
 * @example
 * isCartoonScript('Ana: “Go!”\nBo: “No!”\n‘Standoff’ by Pen Ink for Daily Ink.', { start: 0, end: 10 }); // → true
 */
export function isCartoonScript(body: string, sentence: { start: number; end: number }): boolean {
  const { own, near } = paragraphsAround(body, sentence.start);
  return (own.match(SCRIPT_LINE)?.length ?? 0) >= 2 && CREDIT.test(near);
}
