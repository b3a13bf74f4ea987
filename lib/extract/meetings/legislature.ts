/**
 * Where a hearing before a legislature's committee is held: "witnesses appearing before the House human
 * rights subcommittee" (Washington), "testified before the Commons defence committee" (London). The
 * chamber stands for the city where it sits, as a venue does (`LEGISLATURE_SEAT_LEXICON`).
 */
import { LEGISLATURE_SEAT_LEXICON } from '../lexicons/legislatures';

/** US chambers named alone, whose names are common words: read only with a committee after them. */
const NEEDS_COMMITTEE = new Set(['house', 'senate', 'commons', 'lords']);
/** "the House human rights subcommittee", "a Senate Armed Services Committee hearing", "the House of Commons Foreign Affairs Committee". */
const CHAMBER = /\b(?:the\s+|a\s+|an\s+)?(?:(\p{Lu}[\p{L}]+(?:\s+of\s+\p{Lu}[\p{L}]+|\s+\p{Lu}[\p{L}]+)?)(?:[’']s)?)\s+((?:[\p{L}-]+\s+){0,5}?)(?:[Ss]ub)?[Cc]ommittee\b/gu;
/** "a congressional hearing", "before Congress", "on Capitol Hill". */
const CONGRESS = /\b(?:congressional|before\s+(?:the\s+)?Congress|on\s+Capitol\s+Hill|(?:House|Senate)\s+hearing)\b/;
/** "state senate", "the Texas House": a state's chamber, not the nation's. */
const STATE_CHAMBER = /\b(?:state|\p{Lu}[\p{L}]+\s+State)\s+$/u;

/**
 * The seat of the legislature whose committee the words name, or null.
 *
 * @example
 * legislatureSeat(' the House human rights subcommittee defended a report') // 'Washington'
 * legislatureSeat(' the Bundestag defence committee') // 'Berlin'
 * legislatureSeat(' the club's membership committee') // null
 */
export function legislatureSeat(words: string): string | null {
  if (CONGRESS.test(words)) return 'Washington';
  CHAMBER.lastIndex = 0;
  for (let m = CHAMBER.exec(words); m; m = CHAMBER.exec(words)) {
    const name = (m[1] as string).toLowerCase();
    const head = name.split(/\s+/)[0] as string;
    const key = LEGISLATURE_SEAT_LEXICON.record[name] !== undefined ? name : head;
    const seat = LEGISLATURE_SEAT_LEXICON.record[key];
    if (seat === undefined || STATE_CHAMBER.test(words.slice(0, m.index + m[0].indexOf(m[1] as string)))) continue;
    // "House" and "Senate" name a committee's chamber right before it; a "Lords" alone is no legislature.
    if (NEEDS_COMMITTEE.has(key) && !/committee$/i.test(m[0])) continue;
    return seat;
  }
  return null;
}
