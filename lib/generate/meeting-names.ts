/** What to call a meeting in a stem: as its sentence writes it, or as the library most writes a body's meeting. */
import type { Meeting } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { escapeRegExp, normalise } from './text';
import { memoByObject } from './memo';
import { wholeMeetingName, withGatheringYear } from './meeting-name-head';
import { EVENT_WORD } from './meeting-clause';
import { ofPhraseName } from './meeting-of-phrase';
import { preparatoryName } from './meeting-preparatory';

/** A body's name ends with one of these: "National Security Council", "Monetary Policy Committee". */
const BODY_END = /\b(?:Council|Committee|Commission|Assembly|Board|Cabinet|Parliament|Senate|Congress|Group|Alliance|Organi[sz]ation|Union|Court|Bank|Agency|Ministry|Office|NATO|OSCE|UN|EU|G7|G20)\)?$/;

/** Words as stems for comparing names written in another order or form ("Russian NATO Council", "NATO-Russia Council"). */
function stemKey(name: string): string {
  return normalise(name).split(' ').filter((w) => w.length > 1 && !['the', 'of', 'and', 'for', 'in'].includes(w)).map((w) => w.slice(0, 5)).sort().join(' ');
}

/**
 * The name a body's meeting goes by across the library: "Russian NATO Council" in one report is the
 * "NATO-Russia Council" others write. The most used form wins; a hyphenated form breaks a tie.
 *
 * @example
 * canonicalName(ctx, 'Russian NATO Council'); // → 'NATO-Russia Council'
 */
export function canonicalName(ctx: GenerateContext, what: string): string {
  const w = what.trim().replace(/^(?:the|a|an)\s+/i, '');
  return /^\p{Lu}/u.test(w) ? canonicalForms(ctx).get(stemKey(w)) ?? w : w;
}

/** Each body's meeting name (by its stem key) as the library most writes it. */
const canonicalForms = memoByObject(function canonicalForms(ctx: GenerateContext): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of ctx.meetings) {
    const w = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
    if (!/^\p{Lu}/u.test(w) || w.split(/[\s-]+/).length < 2) continue;
    const forms = counts.get(stemKey(w)) ?? new Map<string, number>();
    forms.set(w, (forms.get(w) ?? 0) + (ctx.isDerivative(m.articleId) ? 0.5 : 1));
    counts.set(stemKey(w), forms);
  }
  const map = new Map<string, string>();
  for (const [key, forms] of counts) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1] || Number(b[0].includes('-')) - Number(a[0].includes('-')) || (a[0] < b[0] ? -1 : 1))[0];
    if (best) map.set(key, best[0]);
  }
  return map;
});

/** "Talks" opening its sentence is capitalised there only. */
const SENTENCE_CASED = /^(Talks|Meetings?|Negotiations|Discussions|Consultations|Sessions?|Hearings?|Briefings?|Round|Calls?)\b/;

/**
 * "Peace talks ended Wednesday": a first word capitalised only where it opens a sentence is a common word
 * ("peace talks"), not part of a name.
 */
function sentenceCasedOnly(body: string, what: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}[\p{L}-]*)/u.exec(what);
  if (!m || !EVENT_WORD.test(what)) return false;
  const mid = new RegExp(`[\\p{Ll},;:]\\s+${escapeRegExp(m[1]!)}\\b`, 'u');
  return !mid.test(body);
}

/**
 * The name with the hyphened word the sentence writes before it ("inter-Syrian talks" for "Syrian talks"), or null:
 * "Syrian talks" could be the Astana talks the same sentence names, the inter-Syrian ones are the Geneva process.
 *
 * @example
 * hyphenPrefixed('… facilitating inter-Syrian talks under UN auspices in Geneva.', 'Syrian talks'); // → 'inter-Syrian talks'
 */
export function hyphenPrefixed(sentence: string, bare: string): string | null {
  // The hyphen must touch the name: most sentences have none there, and the look-behind pattern is slow to scan.
  if (!bare || !sentence.includes(`-${bare}`)) return null;
  const hit = new RegExp(`(?<![\\p{L}-])(\\p{L}+-)${escapeRegExp(bare)}(?![\\p{L}])`, 'u').exec(sentence);
  return hit ? `${hit[1] ?? ''}${bare}` : null;
}

/**
 * "the NATO-Russia Council meeting", "the bilateral meeting", "the meeting of the Organization for …"; a recurring
 * gathering with its year ("the 2023 G7 Summit").
 */
export function nameOf(ctx: GenerateContext, m: Meeting): string {
  const article = ctx.articles.get(m.articleId);
  const sentence = article?.body.slice(m.sentence.start, m.sentence.end) ?? '';
  return withGatheringYear(writtenNameOf(ctx, m), sentence, m.date, article?.date);
}

/** The meeting's name as its sentence or the library writes it. */
function writtenNameOf(ctx: GenerateContext, m: Meeting): string {
  const body = ctx.articles.get(m.articleId)?.body ?? '';
  const bare = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
  // "an informal meeting of the heads of CIS states": the sentence names what the extractor left a bare word.
  const of = ofPhraseName(body.slice(m.sentence.start, m.sentence.end), bare);
  if (of) return `the ${of.charAt(0).toLowerCase()}${of.slice(1)}`;
  // "a ministerial meeting in preparation for the July summit of the Group of Eight": the meeting, not the summit.
  const preparing = preparatoryName(body.slice(m.sentence.start, m.sentence.end), m.what, m.place);
  if (preparing) return `the ${preparing}`;
  // A name cut at "U.S." or "and" is shown whole, as its sentence writes it (blind-38), not as another report's form.
  const whole = wholeMeetingName(body.slice(m.sentence.start, m.sentence.end), bare);
  // "facilitating inter-Syrian talks": the prefix the name was cut from is shown, as the sentence writes it (blind-48).
  const prefixed = whole === bare ? hyphenPrefixed(body.slice(m.sentence.start, m.sentence.end), bare) : null;
  let what = prefixed ?? (whole !== bare ? whole : canonicalName(ctx, m.what));
  if (SENTENCE_CASED.test(what) || sentenceCasedOnly(ctx.articles.get(m.articleId)?.body ?? '', what)) what = what.charAt(0).toLowerCase() + what.slice(1);
  // "another round would take place": a round of talks.
  if (/^(?:round|new round)$/i.test(what)) what = `${what.toLowerCase()} of talks`;
  if (EVENT_WORD.test(what) && !/\b(?:Council|Committee|Commission|Assembly)$/.test(what)) return `the ${what}`;
  if (BODY_END.test(what) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(what)) return /\(/.test(what) || what.split(' ').length > 5 ? `the meeting of the ${what}` : `the ${what} meeting`;
  return /^\p{Ll}/u.test(what) ? `the ${what}` : `the meeting of the ${what}`;
}
