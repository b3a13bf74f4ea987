/**
 * A title's words that say when ("new", "incoming", "outgoing", "former", "then-") belong to the report that
 * wrote them: Gates was the "new U.S. Defense Secretary" in a 2006 story, not in a 2010 one that calls him
 * "Defense Secretary Robert Gates" (round 15's full review). Such a word is shown only where the cited report
 * writes it with the rest of the title.
 */
import { escapeRegExp } from './text';

const TIME_WORDS = /^(?:(?:newly\s+(?:appointed|elected|named)|new|incoming|outgoing|former|then-?|interim|caretaker)\s+)+/i;

/**
 * The title as the cited report can show it: without its leading time words unless the report writes them
 * before the title's next word.
 *
 * @example
 * titleForReport('new U.S. Defense Secretary', 'Defense Secretary Robert Gates said …'); // → 'U.S. Defense Secretary'
 * titleForReport('new U.S. Defense Secretary', 'The new U.S. Defense Secretary, Robert Gates, …'); // → 'new U.S. Defense Secretary'
 */
export function titleForReport(title: string, body: string): string {
  const lead = TIME_WORDS.exec(title)?.[0];
  if (!lead) return title;
  const rest = title.slice(lead.length);
  const firstWord = rest.split(/\s+/)[0] ?? '';
  const written = new RegExp(String.raw`(?:^|[^\p{L}])${escapeRegExp(lead.trim()).replace(/\s+/g, '\\s+')}\s*${escapeRegExp(firstWord)}`, 'iu');
  return written.test(body) ? title : rest;
}
