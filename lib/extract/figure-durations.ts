import { DURATIVE_VERB_LEXICON } from './lexicons/figure-verbs';
import { alternation } from './figure-numbers';
import type { FigureQualifier } from './types';

/**
 * Whether a number of days, weeks or years is a length of time the text states ("for three days",
 * "five years in prison") rather than a point in time ("two days later", "in six months"): figures.ts
 * keeps only the first as a figure.
 */

/** A prison term: "sentenced to five years in prison", "jailed for three years", "ten years behind bars". */
const TERM_BEFORE = /\b(?:sentenced\s+(?:him|her|them|\w+)?\s*to|jailed\s+for|imprisoned\s+for|term\s+of|sentence\s+of)\s+$/i;
const TERM_AFTER = /^\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+(?:imprisonment|house\s+arrest|probation))\b/i;
/** Verbs that take a duration as their object: "waiting ten years", "spent three days". */
const DURATIVE_BEFORE = new RegExp(String.raw`\b(?:${alternation(DURATIVE_VERB_LEXICON.words)})\s+$`, 'i');

/**
 * "the past two years", "within five years", "over the course of five hours": a span back or forward from now, which
 * the text states as a length; headline English drops the article ("in last 3 years").
 */
const SPAN_BEFORE = /\b(?:(?:the|its|their)\s+(?:past|next|last|coming|previous|first|final)|(?:in|over|during|for)\s+(?:past|last)|within|(?:over|of)\s+the|(?:over|in|during|throughout)\s+the\s+course\s+of)\s+$/i;
/** "during the ten years since 2013": a stretch of time by its preposition, whatever follows. */
const DURING_BEFORE = /\b(?:during|throughout)\s+the\s+$/i;
/** "the third time in eight days", "its weakest level in 11 months": a record set over a span. */
const RECORD_IN_BEFORE = /\b(?:time|level|high|low|pace)\s+in\s+$|\b(?:first|only)\s+(?:(?!(?:will|would|is|are|was|were|be|been|to|take|takes|took|held|begin|begins|start|starts|due)\b)[\w-]+\s+){1,6}in\s+$/i;
/** "hasn't replaced his car in 82 years": a negated perfect counts the span it has not happened in. */
const NEGATED_PERFECT_IN_BEFORE = /\b(?:has|have|had)(?:n['’]t|\s+not|\s+never)\s+(?:[\w-]+\s+){0,6}in\s+$/i;
/**
 * "17 years since the two countries normalized relations", "twelve months have passed since", "24 hours later than
 * planned": the span from a point up to now, or a delay, is a length however it is introduced.
 */
const SPAN_AFTER = /^\s+(?:since\b|(?:have|has|had)\s+(?:passed|elapsed|gone\s+by)\b|(?:later|earlier|longer|sooner)\s+than\b)/i;
/** "everything we have built in six weeks", "sold out in two days": how long something took. */
const DONE_IN_BEFORE = /\b(?:built|done|made|finished|completed|achieved|raised|sold(?: out)?|won|lost|spent|grown|gained|written|covered|travelled|traveled)\s+(?:(?:it|them|everything|all|this|that)\s+)?in\s+$/i;

/**
 * Whether "N days/weeks/years" at this place is a length of time stated as one, not relative time
 * ("two days later", "every two years", "in six months", "the three weeks before the vote").
 */
export function isDuration(isWord: boolean, before: string, after: string, qualifier: FigureQualifier): boolean {
  if (/^['’]\s+time\b/i.test(after)) return false; // "in two years’ time": a point ahead
  // "its weakest level in 11 months after the decision": the record's span, whatever follows.
  if (RECORD_IN_BEFORE.test(before) || DONE_IN_BEFORE.test(before) || DURING_BEFORE.test(before)) return true;
  if (SPAN_AFTER.test(after) || NEGATED_PERFECT_IN_BEFORE.test(before)) return true;
  if (/^\s*(?:later|earlier|ago|before|after|from now|since|old|running)\b/i.test(after) || /\bevery\s+$/i.test(before)) return false;
  if (SPAN_BEFORE.test(before) || TERM_BEFORE.test(before) || TERM_AFTER.test(after)) return true;
  if (/\b(?:in|next|past|last|coming|previous)\s+$/i.test(before)) return false;
  if (!isWord) return true;
  // A duration in words needs a cue: "three days of talks", "five days’ notice", "for three days",
  // "more than two hours", "waiting ten years"; after "the" it names a stretch ("the three weeks before").
  if (/^\s+of\s/i.test(after) || /^['’]\s+[a-z]/.test(after)) return true;
  if (/\bthe\s+$/i.test(before)) return false;
  return /\b(?:for|over|after|lasting|spanning)\s+(?:only\s+|just\s+)?$/i.test(before) || qualifier !== null || DURATIVE_BEFORE.test(before);
}
