/**
 * "Press Releases: Secretary Pompeo's Meeting With Saudi Deputy Defense Minister Khalid bin Salman": a
 * digest's headline names the release that follows it, whose own words tell the meeting with its place
 * and time. Read as a sentence it would add the meeting twice, placed by whatever its title words name.
 */
import { DIGEST_LABEL_LEXICON } from '../lexicons/meeting-senses';

const LABELLED = /^\s*([\p{L} ]{3,30}):\s+\S/u;

/** Whether a paragraph is a digest headline: a section label, a colon, and a title without a closing stop. */
export function isDigestHeadline(paragraph: string): boolean {
  const m = LABELLED.exec(paragraph);
  if (!m || /[.!?"”]\s*$/.test(paragraph)) return false;
  return DIGEST_LABEL_LEXICON.words.has((m[1] as string).trim().toLowerCase().replace(/\s+/g, '-'));
}
