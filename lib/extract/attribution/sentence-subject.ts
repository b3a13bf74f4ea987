import type { Mention } from '../mentions';
import { isTaggedVerb, tagSpan, type TaggedWord } from '../pos';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { ADVERBS } from './clause';
import type { ArticleView } from './view';
import { startsUpper } from '../chars';

/** "Carter and Le Drian said …": a name joined to the subject shares it, so "he" could mean either. */
const JOINED_AFTER = /^,?\s+(?:and|with|together with|alongside)\b/;

/**
 * The person mention right before the verb of sentence s, every mention before it set off by a comma
 * (an opening phrase or the title it stands in apposition to), none joined to it by "and" or "with".
 */
export function namedSubjectOf(view: ArticleView, s: Span): Mention | null {
  return subjectAndVerbOf(view, s)?.subject ?? null;
}

/** The named subject of sentence s (see namedSubjectOf) with its verb and the sentence's tags. */
export function subjectAndVerbOf(view: ArticleView, s: Span): { subject: Mention; verb: Token; tags: TaggedWord[] } | null {
  // Objects ("with Petraeus") and owners ("his meeting") are never the subject, nor do they separate it.
  const ms = view.mentionsIn(s.start, s.end).filter((m) => !view.insideQuote(m.start) && !m.isObject && !m.isPossessive);
  // Tagged only when a candidate's verb is read: most sentences rule themselves out first, and tagging costs most.
  let tags: TaggedWord[] | null = null;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention;
    const prev = ms[k - 1];
    if (prev && !view.body.slice(prev.nameEnd, m.nameStart).includes(',')) return null;
    if (m.kind !== 'person' || m.isPlural) continue;
    if (JOINED_AFTER.test(view.body.slice(m.nameEnd, m.nameEnd + 20))) return null;
    const verb = wordAfterSubject(view, m, s.end);
    if (verb && isVerb((tags ??= tagSpan(view.body, s.start, s.end)), verb)) {
      return verb.start < (ms[k + 1]?.nameStart ?? s.end) ? { subject: m, verb, tags } : null;
    }
  }
  return null;
}

/** The word where a subject's verb would stand: past an appositive's comma, adverbs and a day ("Baitas on Monday disputed"). */
function wordAfterSubject(view: ArticleView, m: Mention, end: number): Token | undefined {
  // From the name's end: an appositive read too far ("Tomas Vieira, predicts the …") holds the verb.
  const toks = view.tokensIn(m.nameEnd, end);
  let k = 0;
  while (k < toks.length && ADVERBS.has((toks[k] as Token).lower)) {
    const t = toks[k] as Token;
    k += /^(?:on|last|this)$/.test(t.lower) && startsUpper(toks[k + 1]?.word ?? '') ? 2 : 1;
  }
  return toks[k];
}

export const isVerb = (tags: TaggedWord[], t: Token) => isTaggedVerb(tags, t.start);
