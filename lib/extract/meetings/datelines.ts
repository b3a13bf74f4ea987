/**
 * The city of a report's dateline ("LONDON, Aug 7 —", "PUNE:", "Reporting from the Bronx"), which sets a
 * meeting held in an unnamed building or "in the capital": read by the article's setting (setting.ts).
 */
import { TITLE_HEADS } from '../lexicons/titles';

/**
 * The city of a wire dateline ("LONDON, Aug 7 —", "GENEVA, March 3 (AP) —"), title-cased.
 *
 * @example
 * datelineCity('By A. Writer\nNEW YORK, Sept 3 (Reuters) — …') // 'New York'
 * datelineCity('PUNE: The party won…') // 'Pune'
 * datelineCity('By A. Writer\nReporting from the Bronx\n…') // 'New York'
 */
export function datelineCity(body: string): string | null {
  const head = body.slice(0, 800);
  const m = DATELINE_CITY_RE.exec(head) ?? colonDateline(body, head);
  if (m && !NOT_DATELINES.has((m[1] as string).toLowerCase())) {
    return (m[1] as string).toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  // "Reporting from the Bronx": a district stands for its city.
  const from = REPORTING_FROM_RE.exec(head);
  if (!from) return null;
  const place = from[1] as string;
  return DISTRICT_CITY[place.toLowerCase()] ?? place;
}

/** "BHUBANESWAR: The party won…": a city in capitals and a colon opening the first paragraph. */
const COLON_DATELINE_RE = /^\s*([A-Z][A-Z'’-]{3,}(?: [A-Z][A-Z'’-]+){0,2}):\s+(?=[A-Z"“‘])/m;
/** Labels of a transcript's turns, which open a line with capitals and a colon as a dateline does. */
const TURN_LABELS = new Set(['question', 'answer', 'moderator', 'operator', 'staff', 'participant', 'interviewer', 'reporter']);

/**
 * A colon dateline, unless it is the label of a transcript's turn ("QUESTION: Mr. Secretary, …",
 * "SENIOR ADMINISTRATION OFFICIAL: Okay, …"): a label opens more than one line.
 */
function colonDateline(body: string, head: string): RegExpExecArray | null {
  const m = COLON_DATELINE_RE.exec(head);
  if (!m) return null;
  const label = m[1] as string;
  if (TURN_LABELS.has(label.toLowerCase())) return null;
  // "BARACK OBAMA: \"I am pleased …\"" four paragraphs down a broadcast transcript: a speaker's label. A dateline opens
  // the story, after no more than its headline and a standfirst.
  if (head.slice(0, m.index).split(/\n\s*\n/).filter((x) => x.trim() !== '').length > 2) return null;
  // "SECRETARY KERRY: Good afternoon", "FOREIGN MINISTER BAERBOCK: …": a speaker by title, in a transcript cut after one turn.
  if (label.toLowerCase().split(/\s+/).some((w) => TITLE_HEADS.words.has(w))) return null;
  let count = 0;
  for (let at = body.indexOf(`${label}:`); at >= 0 && count < 2; at = body.indexOf(`${label}:`, at + label.length)) {
    if (at === 0 || body[at - 1] === '\n') count++;
  }
  return count >= 2 ? null : m;
}
/** The by-line place of some papers: "Reporting from Kyiv, Ukraine", "Reporting from the Bronx". */
const REPORTING_FROM_RE = /^\s*Reporting from (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\s*(?:,|$)/mu;
/** Districts a by-line may name in place of their city. */
const DISTRICT_CITY: Record<string, string> = {
  bronx: 'New York', brooklyn: 'New York', manhattan: 'New York', queens: 'New York', 'staten island': 'New York', harlem: 'New York',
};

/**
 * A dateline: a city in capitals ("NEW YORK", the first of "FRANKFURT/AMSTERDAM") at the start of a line,
 * then a date ("Sept 3", "12 June 2025", the town's country before it: "TEL AVIV, Israel, June 9, 2015 –"), a country ("Kenya (AP)"), an agency ("(AP)") or a dash alone.
 */
const DATELINE_CITY_RE =
  /^\s*([A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,2})(?:\/[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*)?(?:,\s+(?:(?:[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-zà-ÿ]+\s*\(|[A-Z][a-zà-ÿ]+\s*[—–-])|\s+\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg)\)\s*[—–-]|\s+[—–]\s)/m;
/** Capitalised line openers that are no city: "BREAKING —", "UPDATE —". */
const NOT_DATELINES = new Set([
  'breaking', 'update', 'updated', 'exclusive', 'live', 'watch', 'analysis', 'opinion', 'editorial', 'press release', 'correction',
  'note', "editor's note", 'editor’s note', 'photo', 'photos', 'video', 'read more', 'related', 'also read', 'source', 'warning', 'disclaimer',
  'picture', 'pictures', 'image', 'images', 'caption', 'credit', 'file photo', 'listen', 'advertisement', 'sponsored', 'summary', 'key points',
  'highlights', 'contact', 'email', 'phone', 'watch live', 'key takeaways', 'what we know', 'what happened', 'why it matters', 'background',
  'context', 'topics', 'tags', 'share', 'follow',
]);
