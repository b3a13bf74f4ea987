/**
 * "Readout of the Secretary’s Meetings With Belgian Foreign Minister Reynders, Greek Foreign Minister Avramopoulos, and
 * United Kingdom Foreign Secretary Hague": a readout's title that lists the people its meetings were held with, each by
 * title, tells one meeting with each, where the readout is set (the header's town) and when its header dates it.
 */
import type { AnalyzedArticle } from '../analyze';
import { TITLE_HEADS } from '../lexicons/titles';
import { headerMeeting, type RawMeeting } from './types';

/** "Meetings With …": the plural noun and the list after it, up to a semicolon that opens another record of a compiled title. */
const MEETINGS_WITH = /\b(?:Meetings|Bilaterals|Bilateral Meetings) [Ww]ith\s+([^;]+)/;
/** A header date: "September 25, 2012", "25 September 2012". */
const DATE = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;
const HEADER_LINES = 8;

/**
 * One meeting per person the title's "Meetings With" list names by title ("Foreign Minister Reynders"); an item that is
 * no person ("the Transatlantic Dinner") is left to the body. None when the list names fewer than two people, or when
 * the body already tells a meeting with one of them.
 *
 * @example
 * // title "Readout of the Secretary’s Meetings With Foreign Minister A, Foreign Minister B, and the Dinner", set in New York
 * // → two meetings in New York, one per minister
 */
export function titleListMeetings(a: AnalyzedArticle, setting: { city: string | null }, found: readonly RawMeeting[]): RawMeeting[] {
  const list = MEETINGS_WITH.exec(a.article.title)?.[1];
  if (!list) return [];
  const people = list.split(/,\s+(?:and\s+)?|\s+and\s+/).map((item) => item.trim()).filter(isTitledPerson);
  if (people.length < 2) return [];
  const surnames = people.map((p) => p.split(/\s+/).at(-1) as string);
  if (found.some((m) => m.participants.some((name) => surnames.includes(name.split(/\s+/).at(-1) as string)))) return [];
  const { body } = a.article;
  const first = a.paragraphs.find((p) => !p.isJunk && !p.isCaption && (a.sentences[p.index]?.length ?? 0) > 0);
  const sentence = first ? a.sentences[first.index]?.[0] : undefined;
  if (!first || !sentence) return [];
  const header = a.paragraphs.filter((p) => p.index <= first.index).slice(-HEADER_LINES).map((p) => body.slice(p.start, p.end));
  const when = header.map((line) => DATE.exec(line)?.[0]).find((d) => d !== undefined) ?? null;
  return people.map((p) => ({ ...headerMeeting(`meeting with ${p}`, 'talks', setting.city, when, sentence) }));
}

/** "Belgian Foreign Minister Reynders": a title's head word, capitalised, before a name. */
function isTitledPerson(item: string): boolean {
  const words = item.split(/\s+/);
  const head = words.findIndex((w) => /^\p{Lu}/u.test(w) && TITLE_HEADS.words.has(w.toLowerCase()));
  return head >= 0 && head < words.length - 1 && /^\p{Lu}/u.test(words.at(-1) as string);
}
