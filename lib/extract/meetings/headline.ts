/**
 * "Press Releases: Secretary Pompeo's Meeting With Saudi Deputy Defense Minister Khalid bin Salman": a
 * digest's headline names the release that follows it, whose own words tell the meeting with its place
 * and time. Read as a sentence it would add the meeting twice, placed by whatever its title words name.
 */
import { DIGEST_LABEL_LEXICON } from '../lexicons/meeting-senses';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const HAS_LETTER = /\p{L}/u;

const LABELLED = /^\s*([\p{L} ]{3,30}):\s+\S/u;

/** Whether a paragraph is a digest headline: a section label, a colon, and a title without a closing stop. */
export function isDigestHeadline(paragraph: string): boolean {
  // The label's colon comes within its first 30-odd characters; prose without one is ruled out before the Unicode pattern.
  if (!paragraph.includes(':')) return false;
  const m = LABELLED.exec(paragraph);
  if (!m || /[.!?"”]\s*$/.test(paragraph)) return false;
  return DIGEST_LABEL_LEXICON.words.has((m[1] as string).trim().toLowerCase().replace(/\s+/g, '-'));
}

/** Small words a headline leaves in lower case: "Secretary Blinken's Meeting with Colombian Vice President Ramírez". */
const SMALL_WORD = /^(?:a|an|the|and|or|but|of|on|in|at|to|for|with|by|from|as|vs?\.?)$/i;

/**
 * Whether a paragraph is a headline in the body: a short line in title case without a closing stop
 * ("Secretary Blinken's Call with NATO Secretary General Stoltenberg"). A line ending in a colon opens
 * what follows ("Remarks on the Iran Negotiations in Vienna:") and is not one.
 */
export function isTitleLine(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.includes('\n') || /[.!?:;"”]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length < 3 || words.length > 20) return false;
  const content = words.filter((w) => !SMALL_WORD.test(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d“"‘'(]/u.test(w));
}

/** A headline's linking words, capitalised in title case, that the readers take in lower case: "Meetings With", "Talks In". */
const TITLE_LINKER = /(?<=\S )(?:With|Between|In|At|On|Of|And|To|For|By)(?= )/g;

/**
 * A title-case line with its linking words in lower case, as prose writes them, the same length (the readers' offsets
 * hold): "Readout of the Secretary’s Meetings With Foreign Minister A, Foreign Minister B, and the Transatlantic Dinner"
 * reads "Meetings with", whom they were held with, as a sentence would. A line of any length: a readout's title lists
 * every meeting it reads out. Prose, or a line with a closing stop, is returned as it is.
 *
 * @example
 * titleAsProse('Secretary Berg Meets With Foreign Minister Vale') // 'Secretary Berg Meets with Foreign Minister Vale'
 */
export function titleAsProse(line: string): string {
  if (!/ (?:With|Between|In|At|On|Of|And|To|For|By) /.test(line) || line.includes('\n') || /[.!?:;"”]\s*$/.test(line)) return line;
  const words = line.trim().split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length < 3 || words.length > 40 || !words.every((w) => SMALL_WORD.test(w) || /^[\p{Lu}\d“"‘'(]/u.test(w))) return line;
  return line.replace(TITLE_LINKER, (w) => w.toLowerCase());
}

/**
 * The meetings read from headlines that a later meeting of the body tells again (someone in common):
 * the body's words are the meeting's, with its place and time; the headline only names it.
 */
export function retoldHeadlines<M extends { participants: string[]; type: string; what?: string }>(meetings: readonly M[], isHeadline: (m: M) => boolean): Set<M> {
  const out = new Set<M>();
  meetings.forEach((m, i) => {
    if (!isHeadline(m) || m.participants.length === 0) return;
    // "Mattis, Ukrainian President Conduct News Conference" is not retold by "in meetings with two of the country's top leaders".
    // "Xi Meets with Obama" is not retold by "Xi is on his first state visit": a stay in a country is no talks with a person.
    const retold = meetings.slice(i + 1).some((b) => !isHeadline(b) && !/\bvisit$/i.test(b.what ?? '') && kindOf(b.type) === kindOf(m.type) && b.participants.some((p) => m.participants.includes(p)));
    if (retold) out.add(m);
  });
  return out;
}

/** Kinds of meeting a headline and its story may call by different words: talks and a meeting, a call and a video call. */
function kindOf(type: string): string {
  if (type === 'talks' || type === 'meeting') return 'talks';
  if (type === 'call' || type === 'video-conference') return 'call';
  return type;
}
