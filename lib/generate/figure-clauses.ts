/**
 * A figure's own clause, when the sentence around it only says when: "His visit comes as President Bush is
 * considering whether to send as many as 30,000 more troops to Iraq" dates the visit by the troops, and the
 * troops are the fact. "His visit" points back to a name the sentence before gave; the clause after "comes as"
 * names its own actor, so it is shown alone (round 14: the two such figures of the real articles were not asked).
 */

/** "His visit comes as", "The trip came as": a short subject whose only news is the time of the clause after it. */
const COMES_AS = /^(?:(?:His|Her|Their|Its|The|This)\s+)?(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour|talks|meeting|summit|announcement|move|decision)\s+(?:comes?|came)\s+(?:just\s+)?as\s+(?=\S)/u;

/**
 * The clause after a "… comes as" opening, capitalised, or the sentence unchanged.
 *
 * @example
 * figureClause('His visit comes as President Bush is considering whether to send 30,000 more troops to Iraq.');
 * // → 'President Bush is considering whether to send 30,000 more troops to Iraq.'
 */
export function figureClause(shown: string): string {
  const m = COMES_AS.exec(shown);
  if (!m) return shown;
  const rest = shown.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** A body of armed men and women, by the head word of its name. */
const FORCE_HEAD = /\b(?:Forces|Force|Army|Police|Guard|Corps|Command|Brigade|Division|Mission|Militia|Navy)$/;

/**
 * The named force an "N-strong" figure gives the size of: "part of the 350,000-strong Afghan National Security
 * Forces" → { name: 'Afghan National Security Forces', plural: true }. Null when what follows is no name
 * ("the 10,500-strong command": which command, the sentence does not say).
 *
 * @example
 * strengthOf('part of the 350,000-strong Afghan National Security Forces, which …', 12); // → { name: 'Afghan National Security Forces', plural: true }
 */
export function strengthOf(body: string, valueEnd: number): { name: string; plural: boolean } | null {
  const m = /^-strong\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*)/u.exec(body.slice(valueEnd, valueEnd + 120));
  const name = m?.[1]?.replace(/[.'’]+$/, '');
  if (!name || !FORCE_HEAD.test(name)) return null;
  return { name, plural: /s$/.test(name) };
}
