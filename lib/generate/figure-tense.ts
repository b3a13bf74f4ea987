/**
 * A figure's "How many …?" at its report's time. "How many U.S. troops are in Afghanistan?" under a 2013 report
 * reads as a question about today, with today's answer (there are none now); a teacher asked for "were … in
 * January 2013" (full-r15-part3). A count in the present tense is a state on the report's day: asked in the past,
 * with the report's month.
 */

/** "How many U.S. troops are in …": the subject, then a present "be" or "remain" as the clause's first verb. */
const PRESENT_STATE = /^(How many (?:[^?]*?\s)?)(are|is|remain|remains)(\s[^?]*)?\?$/;
/** Words of the subject that would make the first "are" not the clause's verb. */
const OTHER_VERB = /\b(?:are|is|was|were|has|have|had|will|would|who|which|that)\b/;
/** A time the question already gives. */
const TIMED = /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|today|now|currently)\b/;

/** "are dead", "are missing": a toll of an event, not a standing state (see running-tolls.ts). */
const CASUALTY = /^\s+(?:still\s+)?(?:dead|killed|injured|wounded|missing|hurt)\b/;

const PAST: Readonly<Record<string, string>> = { are: 'were', is: 'was', remain: 'remained', remains: 'remained' };

/**
 * The question in the past at the report's month, or as it is when its verb is no present state or no month is known.
 *
 * @example
 * atReportTime('How many U.S. troops are in Afghanistan?', 'January 2013'); // → 'How many U.S. troops were in Afghanistan in January 2013?'
 * atReportTime('How many people were killed?', 'January 2013'); // → 'How many people were killed?'
 */
export function atReportTime(question: string, month: string | null): string {
  const m = PRESENT_STATE.exec(question);
  if (!m || !month || OTHER_VERB.test(m[1] ?? '') || TIMED.test(question) || CASUALTY.test(m[3] ?? '')) return question;
  return `${m[1]}${PAST[m[2] ?? ''] ?? m[2]}${m[3] ?? ''} in ${month}?`;
}
