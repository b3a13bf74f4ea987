/**
 * A meeting held to prepare another. "travel to London to participate in a ministerial meeting in preparation for
 * the July summit of the Group of Eight nations … in Gleneagles": the extractor names the meeting by the body it
 * found, and "the meeting of the Group of Eight" reads as the G8 summit, which was at Gleneagles, not London
 * (full-r15-part3). The stem names the meeting as its sentence does, with what it prepares.
 */
import { escapeRegExp } from './text';

/** Words that make a meeting the preparation of a later one. */
const PREPARES = String.raw`(?:in\s+preparation\s+for|to\s+prepare(?:\s+for)?|preparing(?:\s+for)?|ahead\s+of|in\s+advance\s+of)`;

/**
 * The preparatory meeting's name as the sentence writes it, up to the body `what` names (with "nations" or
 * "countries" after it); or, when the meeting's place comes after that name ("… of the Northern Council nations in
 * Tallinn"), the place is the prepared event's, and so is the name. Null when the body's name is no later event a
 * meeting prepares.
 *
 * @example
 * preparatoryName('She will travel to London to participate in a ministerial meeting in preparation for the July summit of the Group of Eight nations (G8) in Gleneagles.', 'Group of Eight', 'London');
 * // → 'ministerial meeting in preparation for the July summit of the Group of Eight nations'
 * preparatoryName('He will attend a ministerial meeting in preparation for the July summit of the Group of Eight nations in Gleneagles.', 'Group of Eight', 'Gleneagles');
 * // → 'July summit of the Group of Eight nations'
 */
export function preparatoryName(sentence: string, what: string, place: string | null): string | null {
  const body = what.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!/^\p{Lu}/u.test(body)) return null;
  const re = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+)?(?:meeting|session|conference|gathering)\s+${PREPARES}\s+the\s+([^,;.:()“”"]*?${escapeRegExp(body)}(?:\s+(?:nations|countries|states|leaders))?))(?![\p{L}])`, 'u');
  const m = re.exec(sentence);
  if (!m?.[1] || !m[2]) return null;
  const after = sentence.slice(m.index + m[0].length);
  const placedAfter = !!place && new RegExp(String.raw`^[^.;]*?\b(?:in|at)\s+${escapeRegExp(place)}(?![\p{L}])`, 'u').test(after);
  return (placedAfter ? m[2] : m[1]).replace(/\s+/g, ' ');
}
