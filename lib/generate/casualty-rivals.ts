/**
 * "How many people have been reported injured?" of a report that counts the injured twice: 24 at a funeral in
 * Hebron and "more than 10" in an air strike on Gaza (blind-44). A "How many …?" that names no place or event
 * says which only when the report gives no other count of the same harm; otherwise the sentence, blanked, must
 * say which, or nothing is asked.
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { sentencesOf } from './evidence';

/** Kinds of harm a report counts: the words for each. */
const HARMS: readonly RegExp[] = [
  /\b(?:injur\w*|wound\w*|hurt)\b/i,
  /\b(?:killed|killing|dead|died|deaths?|death toll|lives)\b/i,
  /\b(?:missing)\b/i,
  /\b(?:arrested|arrests?|detained|detentions?)\b/i,
  /\b(?:displaced|fled|evacuated|homeless)\b/i,
];

/** A number, in digits or words, a few words from the harm in either order. */
const COUNT = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)`;

/** Whether a sentence counts the harm: "wounding more than 10 others", "24 people were hurt". */
function countsHarm(sentence: string, harm: RegExp): boolean {
  const word = harm.source;
  const near = String.raw`(?:\s+\S+){0,5}?\s+`;
  return new RegExp(String.raw`\b${COUNT}${near}${word}|${word}${near}(?:more than\s+|at least\s+|about\s+|some\s+|over\s+)?${COUNT}\b`, 'i').test(sentence);
}

/**
 * Whether a "How many …?" description that names no place or event ("people have been reported injured") has a
 * rival: another sentence of the report counts the same harm.
 *
 * @example
 * hasUnnamedRivalCount(article, twentyFourInjured, 'people have been reported injured'); // → true (also "wounding more than 10 others")
 */
export function hasUnnamedRivalCount(article: ArticleInput, f: Figure, about: string): boolean {
  if (/\p{Lu}/u.test(about)) return false;
  const harm = HARMS.find((h) => h.test(about));
  if (!harm) return false;
  return sentencesOf(article.body).some((s) => s.start !== f.sentence.start && countsHarm(article.body.slice(s.start, s.end), harm));
}
