/**
 * The hearing a court's own record is: a judgment or transcript headed "IN THE COURT OF APPEAL / CRIMINAL
 * DIVISION / Royal Courts of Justice / Strand / London, WC2 / 3rd May 2007". Like a briefing transcript
 * (`document.ts`), the document records one meeting by the annotators' definition (hearings are meetings):
 * its place is the city its header lines give, its time the date they give.
 */
import type { AnalyzedArticle } from '../analyze';
import { cityIn } from './setting';
import { firstWhen } from './when';
import { headerMeeting, type RawMeeting } from './types';

/** A header line naming the court the record is of: "IN THE COURT OF APPEAL", "IN THE HIGH COURT OF JUSTICE", "In the Supreme Court". */
const COURT_LINE = /^\s*IN THE [A-Z’'., ]*\bCOURT\b[A-Z’'., ]*$|^\s*In the (?:\p{Lu}[\p{L}’'.]*\s+){0,4}Court(?:\s+of(?:\s+\p{Lu}[\p{L}’'.]*)+)?\s*$/u;
/** Lines read for the court, place and date: a record's header is short lines before the first prose. */
const HEADER_LINES = 25;
/** A full date line of the header: "3rd May 2007", "Thursday, 3 May 2007", "May 3, 2007". */
const DATE_LINE = /^\s*(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4})\s*$/u;

/** Whether `word` occurs in body before `end`. */
function occursBefore(body: string, word: string, end: number): boolean {
  const at = body.indexOf(word);
  return at >= 0 && at + word.length <= end;
}

/**
 * The hearing a court record records, or null when the article is no court record.
 *
 * @example
 * // Header "IN THE COURT OF APPEAL\nCRIMINAL DIVISION\n…\nRoyal Courts of Justice\nStrand\nLondon, WC2\n3rd May 2007" →
 * // { what: 'Court of Appeal hearing', type: 'meeting', place: 'London', when: '3rd May 2007', … }
 */
export function courtRecordMeeting(a: AnalyzedArticle): RawMeeting | null {
  const { body } = a.article;
  // Most articles are no court record: without "Court" or "COURT" in the header, no line can name one (COURT_LINE needs either).
  const header = a.paragraphs.slice(0, HEADER_LINES);
  const headerEnd = header[header.length - 1]?.end ?? 0;
  if (!occursBefore(body, 'COURT', headerEnd) && !occursBefore(body, 'Court', headerEnd)) return null;
  const lines = header.flatMap((p) => body.slice(p.start, p.end).split('\n').map((text) => ({ text: text.trim(), p })));
  const court = lines.find((l) => COURT_LINE.test(l.text));
  if (!court) return null;
  const at = lines.indexOf(court);
  const after = lines.slice(at, at + 15);
  const place = after.map((l) => cityIn(l.text.split(',')[0] ?? '')).find((c) => c !== null) ?? null;
  const dateLine = after.find((l) => DATE_LINE.test(l.text));
  const when = dateLine ? (firstWhen(dateLine.text) ?? dateLine.text) : null;
  if (!place && !when) return null;
  // A header's short lines are no prose: the record is cited from its date line, else its first sentence after the court's name.
  const cited = [dateLine, ...lines.slice(at)].find((l) => l && (a.sentences[l.p.index]?.length ?? 0) > 0);
  const sentence = cited ? a.sentences[cited.p.index]?.[0] : undefined;
  if (!sentence) return null;
  const name = /COURT(?: OF [A-Z]+(?: [A-Z]+)?)?/i.exec(court.text.replace(/^\s*IN THE\s+/i, ''))?.[0] ?? 'court';
  return headerMeeting(`${name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/, 'of')} hearing`, 'meeting', place, when, sentence);
}
