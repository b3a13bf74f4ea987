/**
 * A spokesperson's readout handed over by its lead-in ("A Downing Street spokesman said:", "Press Secretary Ana Ruiz
 * provided the following statement:") tells what was done in the third person ("The leaders welcomed …"), so it cannot
 * be told by its first person as a speech is. It runs to the body's end when it never says "I" or "we" and nothing
 * after the lead-in is the reporter's: no verb reporting speech, no marks, no other lead-in.
 */
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/**
 * A lead-in whose speaker speaks for an office ("A Downing Street spokesman said:", "Press Secretary Ana Ruiz provided the
 * following statement:"); a body's readout or statement ("The ministry provided the following readout:") is no one's words.
 */
const STATEMENT_LEAD = /\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary)\b/;
/**
 * A statement that says "I" or "we" speaks in the first person, and the third-person paragraphs after it are the
 * reporter's ("We support the sanctions." then "The Assembly meets again in January."); a readout never does ("our" it may).
 */
const FIRST_PERSON_SUBJECT = /\b(?:I|[Ww]e)\b/;
/** What a reporter's paragraph has and a statement's lacks: a verb reporting speech, marks, a colon handing over. */
const REPORTED = /\b(?:said|says|told|tells|added|adds|according to|stated|noted|explained|quoted)\b|[“”"]|:\s*$/;
/** A statement is a few paragraphs: a longer tail is an article going on. */
const MAX_PARAGRAPHS = 6;
/** A line of page furniture after a statement: a few capitalised words or numbers ("Published 4 March 2017"). */
const FURNITURE_WORDS = 8;

/** Whether a turn's label hands over a spokesperson's statement or a readout. */
export function isStatementLead(label: SpeakerLabel): boolean {
  return label.isIntro === true && label.needsFirstPerson === true && STATEMENT_LEAD.test(label.text);
}

/**
 * Whether paragraph p and every paragraph after it are the statement's: plain prose no reporter's words interrupt,
 * to the body's end (page furniture aside), at most a few paragraphs.
 *
 * @example
 * // 'A spokesman said:' then 'The leaders met.' and 'They agreed on aid.' → true for both paragraphs
 */
export function runsToEnd(body: string, paragraphs: Paragraph[], p: Paragraph, label: SpeakerLabel): boolean {
  const rest = paragraphs.slice(p.index).filter((x) => !x.isJunk && !isFurniture(body.slice(x.start, x.end)));
  if (rest.length === 0 || rest.length > MAX_PARAGRAPHS || rest[0] !== p) return false;
  if (!rest.every((x) => !REPORTED.test(body.slice(x.start, x.end)))) return false;
  // The whole statement, from its lead-in on, tells in the third person.
  const statement = paragraphs.filter((x) => x.start > label.end && !x.isJunk);
  return statement.every((x) => !FIRST_PERSON_SUBJECT.test(body.slice(x.start, x.end)));
}

function isFurniture(line: string): boolean {
  return line.split(/\s+/).length <= FURNITURE_WORDS && !/(?<![\p{L}'’-])\p{Ll}/u.test(line);
}
