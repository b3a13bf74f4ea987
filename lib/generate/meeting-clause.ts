/**
 * A meeting's own clause in its sentence: cut from the reporting clause ("the minister said on Monday in Rome that talks
 * in Madrid would follow"), with the place and day that sit in it and its tense; and whether it is an event at all.
 */
import type { Meeting, Span } from '@/lib/extract/types';
import { isAbsoluteWhen, isIsoDay } from './dates';
import { isRealPlace } from './places';
import { escapeRegExp } from './text';
import { SAME_DAY } from './location-line';
import { isOwnDate, isNextToMeeting } from './meeting-own-date';

/** Nouns and verbs of a gathering: a meeting the article reports, rather than a body it mentions. */
const EVENT_NOUNS = 'meeting|meetings|talks|summit|summits|session|sessions|conference|call|calls|round|negotiations|consultations|forum|gathering|videoconference|hearing|vote|briefing|dialogue|visit|ministerial|discussions';
export const EVENT_WORD = new RegExp(`\\b(?:${EVENT_NOUNS})\\b`, 'i');
const EVENT_VERB = /\b(?:met|meet|meets|meeting|convened?|convenes|gathered|gathers|hosted|hosts|host|held|hold|holds|sat|sits)\b/i;

/** Verbs telling how a body, agreement or initiative came to be (its day and place are not a meeting's). */
const FOUNDED = '(?:established|created|founded|launched|set\\s+up|signed|approved|formed|agreed)';

/** Ends of a clause inside a sentence: a semicolon, a coordinated clause, a reporting verb and its "that". */
const REPORTING = 'said|says|told|tells|announced|added|stated|warned|insisted|confirmed|noted|explained|argued|claimed|reported|acknowledged|stressed|declared';
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    ',\\s+(?:and|but|while|whereas)(?:\\s+that)?\\s',
    `\\b(?:${REPORTING})\\b[^“”"";.]{0,60}?\\bthat\\s`,
    `\\b(?:${REPORTING})\\s`,
    ',?\\s+according to\\b',
    '\\s+and\\s+(?=(?:agreed|decided|planned|promised|pledged|vowed|will|would|are|is|were|was)\\b)',
    // "met negotiators in Harare before meeting President Mugabe": the second meeting is a clause of its own.
    '\\s+(?:before|after)\\s+(?=(?:meeting|talking|holding|visiting)\\b)',
    // "conducted the first Dialogue, an initiative established April 9 in Washington by the presidents": the day and
    // town of what the meeting continues, not of the meeting (blind-51's false key).
    `,\\s+(?=(?:(?:an?|the)\\s+[a-z-]+(?:\\s+[a-z-]+)?|which\\s+(?:was|were|had\\s+been))\\s+${FOUNDED}\\b)`,
  ].join('|'),
  'gi',
);

/** Words that make the meeting's clause speak of something still to come. */
export const FUTURE = /\b(?:will|would|shall|'ll|is to|are to|was to|were to|is due|are due|was due|were due|to be held|set to|scheduled|planned|plans? to|expected to|agreed to|prepar(?:es|ed|ing) to|will follow|upcoming|next (?:week|month|year|round|meeting|session)|in (?:two|three|four|a few|\d+) (?:days|weeks|months)|later (?:this|in)|begins|starts|opens)\b/i;

/** "invited the Prime Minister to attend a session of the informal meeting …": what one is invited to lies ahead. */
/**
 * "the Syrian National Dialogue Congress that took place several months ago in Sochi": a relative clause on the
 * meeting itself that tells it was held, whatever the sentence around it looks forward to (blind-57).
 */
const HELD_RELATIVE = /^[^.;]{0,40}?\b(?:that|which|who)\s+(?:(?:was|were)\s+held|took\s+place|met|convened|happened)\b|^[^.;]{0,40}?\b(?:held|convened)\s+(?:\p{L}+\s+){0,3}ago\b/iu;
const INVITED_TO = /\binvit(?:ed|es|ing)\b[^.;]{0,60}?\bto\s+(?:attend|join|take\s+part|participate|visit|come)\b/i;

/** Where a meeting's topic begins: "to discuss …", "to prepare for …", "about …". */
const TOPIC = /\b(?:to\s+(?:discuss|review|address|consider|prepare|coordinate|go\s+over|talk\s+about)|about|regarding|concerning)\b/gi;

/** Where the topic of the meeting told in sentence[start, end) begins, or `end`: after a meeting's verb or word. */
function topicAt(sentence: string, start: number, end: number): number {
  const text = sentence.slice(start, end);
  for (const hit of text.matchAll(TOPIC)) {
    const before = text.slice(0, hit.index);
    if (EVENT_VERB.test(before) || EVENT_WORD.test(before)) return start + hit.index;
  }
  return end;
}

/** The position in the sentence where the meeting is mentioned: its name, else a meeting word, else its place. */
function mentionAt(sentence: string, m: Meeting): number {
  const what = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
  const byName = what ? sentence.toLowerCase().indexOf(what.toLowerCase()) : -1;
  if (byName >= 0) return byName;
  // "OSCE meeting" for "a meeting of the … (OSCE)": the name's own capitalised word finds the mention.
  for (const word of what.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !EVENT_WORD.test(w))) {
    const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(sentence);
    if (at) return at.index;
  }
  const word = EVENT_WORD.exec(sentence) ?? EVENT_VERB.exec(sentence);
  if (word) return word.index;
  return m.place ? sentence.indexOf(m.place) : 0;
}

/**
 * The clause of a sentence around a position: cut at semicolons, coordinated clauses and reporting
 * verbs (with their "that"), so that "said on Monday in Rome that" stays with the reporting clause.
 *
 * @example
 * const s = 'The minister said on Monday in Rome that talks in Madrid would follow on Friday.';
 * s.slice(...Object.values(clauseAround(s, s.indexOf('talks')))); // → 'talks in Madrid would follow on Friday.'
 */
export function clauseAround(sentence: string, at: number): Span {
  return clauseAndReport(sentence, at).clause;
}

const REPORT_BREAK = new RegExp(`^(?:\\b(?:${REPORTING})\\b|,?\\s+according to)`, 'i');

/** The clause around a position, and where the reported speech it sits in begins (after "said … that"). */
function clauseAndReport(sentence: string, at: number): { clause: Span; reportStart: number } {
  let start = 0;
  let end = sentence.length;
  let reportStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    const breakStart = m.index;
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= at) {
      start = Math.max(start, breakEnd);
      if (REPORT_BREAK.test(m[0])) reportStart = breakEnd;
    } else if (breakStart > at) {
      end = Math.min(end, breakStart);
      break;
    }
  }
  return { clause: { start, end }, reportStart };
}

const detailPatterns = new Map<string, RegExp>();

function inClause(clauseText: string, detail: string | null): boolean {
  if (!detail) return false;
  let re = detailPatterns.get(detail);
  if (!re) detailPatterns.set(detail, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(detail)}(?![\\p{L}\\p{N}])`, 'iu')));
  return re.test(clauseText);
}

/**
 * Whether the extractor's meeting is an event the article reports: a meeting word in its name or its
 * clause, or a body named as meeting ("a meeting … of the North Atlantic Council"); never a body the
 * sentence only mentions ("the National Security Council said").
 *
 * @example
 * isEvent({ what: 'National Security Council' } as Meeting, 'The National Security Council said on Monday…'); // → false
 */
export function isEvent(m: Meeting, clauseText: string): boolean {
  const what = m.what.trim();
  if (EVENT_WORD.test(what) || m.type === 'call' || m.type === 'video-conference') return true;
  const bare = what.replace(/^(?:the|a|an)\s+/i, '');
  // A name the extractor wrote in its own form ("NATO-Russia Council" for "Russian NATO Council"): the clause must hold a meeting word.
  if (!clauseText.toLowerCase().includes(bare.toLowerCase())) return EVENT_WORD.test(clauseText);
  const name = escapeRegExp(bare);
  const meetingOf = new RegExp(`\\b(?:meeting|session|summit|gathering|talks)\\b[^.;]{0,60}?\\b(?:of|with)\\s+(?:the\\s+)?${name}`, 'i');
  const ownMeeting = new RegExp(`${name}\\s+(?:(?:will|would|has|had|is|was|to)\\s+)?(?:${EVENT_NOUNS}|met|meets|meet|convened?|convenes|gathered)\\b`, 'i');
  return meetingOf.test(clauseText) || ownMeeting.test(clauseText);
}

export interface Reading {
  clause: Span;
  place: string | null;
  when: string | null;
  planned: boolean;
  /** The clause's own day is a same-day word ("today", "this morning"), dated only by the report. */
  sameDay: boolean;
  /** The clause's own day is "yesterday": the day before the one the report's dateline or header writes. */
  dayBefore: boolean;
}

/** The day before the report's: dated, like "today", only by the dateline or header that writes the report's day. */
const DAY_BEFORE = /^yesterday$/i;

/** The meeting's clause (offsets in the sentence), the place and day in it, and its tense; null for no event. */
export function readMeeting(m: Meeting, sentence: string, dateline: number, articleDate: string | null): Reading | null {
  const at = mentionAt(sentence, m);
  const { clause: local, reportStart } = clauseAndReport(sentence, at);
  // A dateline ("BRUSSELS (Reuters) —") says where the story was filed, not where the meeting was.
  const clauseText = sentence.slice(Math.max(local.start, dateline), local.end);
  if (!isEvent(m, clauseText)) return null;
  const place = isRealPlace(m.place) && inClause(clauseText, m.place) ? m.place : null;
  // "19 June 2023)": a day cut from a parenthesis is not shown as one.
  const balanced = (x: string) => (x.match(/\(/g)?.length ?? 0) === (x.match(/\)/g)?.length ?? 0);
  // "April 22–23": the first day of a range is not when the meeting is.
  const isRange = (w: string) => new RegExp(`${escapeRegExp(w)}\\s*[–—-]\\s*\\d`).test(clauseText);
  const when = isAbsoluteWhen(m.when) && balanced(m.when) && inClause(clauseText, m.when) && !isRange(m.when) && isOwnDate(sentence, m.when, at) ? m.when : null;
  const resolvedLater = !!m.date && !!articleDate && m.date > articleDate;
  // "It will be followed by a meeting in Brussels …, and finally by a meeting … in Vienna": the tense of a
  // clause without a verb of its own is that of the clause it continues (never the reporting verb's).
  // "met … on Thursday to discuss … the NATO Summit … and preparations for upcoming NATO ministerials"
  // (blind-33): what a meeting was about may lie ahead of it; the tense is the meeting's own, read up to
  // its topic (the first "to discuss", "about" after a meeting's verb or word).
  const tenseStart = Math.max(reportStart, dateline);
  const tenseText = sentence.slice(tenseStart, Math.max(topicAt(sentence, tenseStart, local.end), tenseStart));
  // A meeting resolved to a day before the report's was held, whatever its topic looks forward to; not one the report
  // says someone was invited to attend ("invited … to attend … on 3 February" under 12 December: a year-less day read
  // in the wrong year).
  const resolvedEarlier = !!m.date && isIsoDay(articleDate) && m.date < articleDate;
  const heldByOwnClause = at >= 0 && HELD_RELATIVE.test(sentence.slice(at + m.what.trim().replace(/^(?:the|a|an)\s+/i, '').length));
  const planned = !heldByOwnClause && (INVITED_TO.test(tenseText) || (!resolvedEarlier && (FUTURE.test(tenseText) || resolvedLater || /^\s*Before the\b/.test(sentence))));
  const isOwnRelativeDay = (w: string) => inClause(clauseText, w) && isOwnDate(sentence, w, at) && isNextToMeeting(sentence, w, at);
  const sameDay = !when && !!m.when && SAME_DAY.test(m.when.trim()) && isOwnRelativeDay(m.when);
  // "took part in an informal meeting of the heads of CIS states yesterday" under "December 27, 2017, The Kremlin, Moscow".
  const dayBefore = !when && !planned && !!m.when && DAY_BEFORE.test(m.when.trim()) && isOwnRelativeDay(m.when);
  return { clause: local, place, when, planned, sameDay, dayBefore };
}
