/**
 * Figures a report does not assert (issue #15, blind-48). "U.S. officials … deny the reports that 147 civilians had
 * been killed in the raid": the report gives the figure as a claim someone denies, and "How many civilians had been
 * killed?" taught it as fact. "Nearly 1,300 Palestinians … died and nearly 5,450 were injured during the three-week
 * offensive", an aside of a report on Afghanistan: a toll of another story's event, which the report only recalls.
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { sentencesOf } from './evidence';

/** "deny the reports that", "disputed claims of", "rejected allegations that": what follows is someone's denied claim. */
const DENIED = /\b(?:den(?:y|ies|ied|ying)|disput(?:ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:(?:the|any|all|these|those|such)\s+)?(?:(?:media|news|press|earlier|initial)\s+)?(?:(?:reports?|claims?|allegations?|accounts?|suggestions?|charges?|figures?|estimates?)\s+)?(?:that|of)\s(?:(?!\bbut\b|\bsaid\b|\bsays\b)[^;:]){0,80}$/i;

/**
 * Whether the words before a figure in its sentence tell it as a claim someone denies or disputes.
 *
 * @example
 * isDeniedClaim('U.S. officials … also deny the reports that '); // → true
 * isDeniedClaim('Officials confirmed that '); // → false
 */
export function isDeniedClaim(before: string): boolean {
  return DENIED.test(before);
}

/** A casualty count of an event named only as "the offensive", "the war": which one, the sentence does not say. */
const TOLL_OF_UNNAMED_EVENT = /\b(?:killed|died|dead|injured|wounded)\b[^.;]*\b(?:during|in|of)\s+the\s+(?:[\w-]+\s+){0,2}(?:offensive|war|campaign|operation|conflict|fighting|invasion|assault|bombardment)\b/i;

const NOT_A_NAME = /^(?:The|A|An|Nearly|About|Some|More|Over|Almost|At|In|On|During|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A lead is a paragraph at least this long: a dateline or a caption is shorter. */
const LEAD_CHARS = 120;

/** A word's stem for matching a people with its country: "Palestinians" and "Palestinian", "Afghan" and "Afghanistan". */
const stem = (w: string) => w.slice(0, 5).toLowerCase();

/**
 * Whether a toll is of another event than the report's own: told of "the … offensive" in a sentence whose names
 * (the people counted, the place) are in neither the headline nor the report's lead.
 *
 * @example
 * // Headline "Rights group in Afghanistan investigating claim of US use of phosphorus bombs"
 * isTollOfAnotherStory(article, 'Nearly 1,300 Palestinians … died and nearly 5,450 were injured during the three-week offensive.'); // → true
 */
export function isTollOfAnotherStory(article: ArticleInput, shown: string): boolean {
  if (!TOLL_OF_UNNAMED_EVENT.test(shown)) return false;
  const names = (shown.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => !NOT_A_NAME.test(w));
  if (names.length === 0) return false;
  // The lead, past a dateline and a caption: the body's first paragraph of some length.
  const lead = article.body.split(/\n\s*\n/).find((p) => p.trim().length >= LEAD_CHARS && p.trim() !== article.title.trim()) ?? '';
  const told = new Set(`${article.title} ${lead}`.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map(stem));
  return names.every((n) => !told.has(stem(n)));
}

/** "Thirteen Israeli soldiers were also killed.": a toll that adds to the sentence before's. */
const ALSO_TOLL = /\balso\s+(?:been\s+)?(?:killed|died|injured|wounded)\b/i;

/**
 * Whether a figure is one its report does not assert: a denied claim, or a toll of another story's event (or one
 * that adds to such a toll: "Thirteen Israeli soldiers were also killed.").
 */
export function isDisowned(article: ArticleInput, f: Figure, shown: string): boolean {
  if (isDeniedClaim(article.body.slice(f.sentence.start, f.valueStart)) || isTollOfAnotherStory(article, shown)) return true;
  if (!ALSO_TOLL.test(shown)) return false;
  const before = sentencesOf(article.body).filter((x) => x.end <= f.sentence.start).pop();
  return !!before && isTollOfAnotherStory(article, article.body.slice(before.start, before.end));
}
