/**
 * A figure's own clause, when the sentence around it only says when: "His visit comes as President Bush is
 * considering whether to send as many as 30,000 more troops to Iraq" dates the visit by the troops, and the
 * troops are the fact. "His visit" points back to a name the sentence before gave; the clause after "comes as"
 * names its own actor, so it is shown alone (round 14: the two such figures of the real articles were not asked).
 */
import { CAPITALS } from './capitals';

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

/** "The city now has …", "The capital's police …": a city the sentence calls by its kind alone. */
const CITY_SUBJECT = /^(The\s+(?:city|capital))(?=[’']s\b|\s+(?!of\b|\[)\p{Ll})/u;

/** Every capital of the lexicon, by the name a report writes ("Washington", not "Washington D.C."). */
const CAPITAL_CITIES: ReadonlySet<string> = new Set(CAPITALS.map((c) => c.city));

/**
 * "The city now has 12,000 police officers" after "Officials told the secretary the threat in Baghdad is …":
 * the city is the one capital the sentence before names, glossed ("The city [Baghdad] now has …"); with none,
 * or two, the sentence is left as it is (and standsAlone turns it away).
 *
 * @example
 * glossCitySubject('The threat in Baghdad is low.', 'The city now has 12,000 police.'); // → 'The city [Baghdad] now has 12,000 police.'
 */
export function glossCitySubject(before: string, shown: string): string {
  const m = CITY_SUBJECT.exec(shown);
  if (!m?.[1]) return shown;
  const named = new Set((before.match(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/gu) ?? []).flatMap((w) => [w, w.split(/\s+/)[0] ?? w]).filter((w) => CAPITAL_CITIES.has(w)));
  if (named.size !== 1) return shown;
  return `${m[1]} [${[...named][0]}]${shown.slice(m[1].length)}`;
}

/**
 * A trailer that only adds to the clause before it: a purpose ("aimed at shoring up …"), a result ("making …"),
 * a gloss ("representing a 25 per cent increase"), examples ("including delivery of …", fresh26). The clause
 * before it stands without it.
 */
const TRAILER = /,\s+(?=(?:aimed|designed|intended|meant|representing|bringing|adding|making|including)\b)/g;
/** Fewer words than this before the trailer is too little sentence to show. */
const MIN_HEAD_WORDS = 12;

/**
 * A sentence too long to show whole, cut before a trailer that follows its figure, with "…" where it was cut:
 * "The sale is part of a broader $20-billion arms package for Saudi Arabia … on a mission to the Gulf, aimed at
 * shoring up U.S. allies …" keeps its package, its buyer and who announced it (round 16). Null when no trailer
 * after the figure leaves a head of a readable length.
 *
 * @example
 * clipTrailingClause('The sale is part of a broader $20-billion arms package for the Gulf states announced by the two secretaries last August, aimed at shoring up allies.', '$20-billion', 20);
 * // → 'The sale is part of a broader $20-billion arms package for the Gulf states announced by the two secretaries last August…'
 */
export function clipTrailingClause(shown: string, raw: string, maxWords: number): string | null {
  const at = shown.indexOf(raw);
  if (at < 0) return null;
  let clipped: string | null = null;
  for (const m of shown.matchAll(TRAILER)) {
    if (m.index <= at + raw.length) continue;
    const head = shown.slice(0, m.index);
    const words = head.split(/\s+/).length;
    if (words > maxWords) break;
    if (words >= MIN_HEAD_WORDS && !/[“"]/.test(head.replace(/“[^”]*”/g, ''))) clipped = `${head}…`;
  }
  return clipped;
}

/** A purpose after the figure's clause: "…, to call for action on issues affecting the residents of the region". */
const PURPOSE_TRAILER = /,\s+(?=(?:to|in\s+order\s+to)\s+\p{Ll}+)/gu;

/**
 * A sentence cut before the purpose that follows its figure, with "…" where it was cut, or null. "The region"
 * of a purpose says where the marchers want action, not where they marched: the clause before it stands alone.
 *
 * @example
 * clipPurposeClause('The walk ended with a rally where more than 900 marchers gathered in Velmar, the capital, to call for action in the region.', '900');
 * // → 'The walk ended with a rally where more than 900 marchers gathered in Velmar, the capital…'
 */
export function clipPurposeClause(shown: string, raw: string): string | null {
  const at = shown.indexOf(raw);
  if (at < 0) return null;
  const trailer = [...shown.matchAll(PURPOSE_TRAILER)].find((m) => m.index > at + raw.length);
  if (!trailer) return null;
  const head = shown.slice(0, trailer.index);
  return head.split(/\s+/).length >= MIN_HEAD_WORDS ? `${head}…` : null;
}
