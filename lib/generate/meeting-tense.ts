/**
 * A meeting's tense where its own clause does not give one (issue #15). "And, of course, the NATO Summit in
 * Washington, D.C." has no verb: it goes on the list of the sentence before ("This will be a critical stage as
 * well."), and a stem in the past taught a summit still to come as held (blind-47). "Invited to participate in a
 * debate …, Ahmadinejad engaged University president Lee Bollinger": the invitation was taken up, the debate held
 * (blind-48), though what one is invited to otherwise lies ahead.
 */
import type { ArticleInput, Span } from '@/lib/extract/types';
import { sentencesOf } from './evidence';
import { FUTURE } from './meeting-clause';

/** "And, of course,", "Also": words that open a sentence continuing the one before. */
const CONTINUING = /^(?:(?:and|but|also|plus|then|finally|next|of course|too)\b[,\s]*)+/i;

/** Any verb form a short sentence may carry: with none, it is a fragment. */
const ANY_VERB = /\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|met|meets?|held|holds?|took|takes?|began|begins?|opens?|ends?|goes|went|comes?|came|\p{Ll}+ed)\b|['’](?:s|ll|re|ve|d)\b/iu;

/**
 * Whether a sentence is a noun phrase with no verb: "And, of course, the NATO Summit in Washington, D.C.".
 *
 * @example
 * isVerbless('And, of course, the NATO Summit in Washington, D.C.'); // → true
 */
export function isVerbless(sentence: string): boolean {
  const rest = sentence.trim().replace(CONTINUING, '');
  return /^(?:the|a|an)\s/i.test(rest) && rest.split(/\s+/).length <= 12 && !ANY_VERB.test(rest.replace(/\b(?:\p{Lu}[\p{L}.]*)/gu, ''));
}

/** "Invited to participate in a debate …, X engaged Y …": an opening participle, and the clause after it. */
const INVITED_OPENING = /^\s*(?:Having\s+been\s+)?Invited\s+to\b[^,;]*,\s*([^,;]+)/i;

/** A past verb of the main clause that does not refuse the invitation ("declined", "refused"). */
function tellsItHeld(main: string): boolean {
  return /\b\p{Ll}+ed\b/u.test(main) && !/\b(?:declined|refused|rejected|turned)\b/i.test(main) && !FUTURE.test(main);
}

/**
 * The meeting's tense as its sentence's neighbours or its main clause tell it: true (still to come), false
 * (held), or null when the clause's own reading stands.
 *
 * @example
 * // "This will be a critical stage as well. And, of course, the NATO Summit in Washington, D.C."
 * tenseBeyondClause(article, summitSentence); // → true
 */
export function tenseBeyondClause(article: ArticleInput, sentence: Span): boolean | null {
  const text = article.body.slice(sentence.start, sentence.end);
  const main = INVITED_OPENING.exec(text)?.[1];
  if (main !== undefined) return tellsItHeld(main) ? false : null;
  if (!isVerbless(text)) return null;
  const before = sentencesOf(article.body).filter((s) => s.end <= sentence.start).pop();
  // A list told in the past keeps the clause's own reading: only a look ahead carries over.
  return before && FUTURE.test(article.body.slice(before.start, before.end)) ? true : null;
}
