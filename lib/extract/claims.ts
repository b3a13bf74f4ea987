import type { Span } from './types';

/** A speech verb with its resolved subject, as the quote scanner found it in a sentence. */
export interface SentenceAttribution<E> {
  sentence: Span;
  /** Where the subject ("Stoltenberg", "according to X") starts. */
  start: number;
  /** Just past the speech verb (or the source after "according to"). */
  end: number;
  entity: E;
}

/** A clause opened by one of these is subordinate: its speaker does not vouch for the main clause. */
const SUBORDINATE_BEFORE = /(?:^|[,;:—–(]\s*|\b)(?:although|though|even though|even if|while|whereas|despite|if|since|because|when|as|after|before|unless|whether)\s+(?:[\p{L}.'’-]+\s+){0,1}$/iu;
/** Words and marks that start another clause with another voice: "…, but", "however", ";". */
const CONTRAST = /;|\b(?:but|however|while|whereas|yet|although|though|nevertheless|meanwhile)\b/i;

/**
 * Who vouches for a figure in a sentence: the speaker of the quotation around it, else an
 * attribution whose clause governs it ("X said that … N", "according to X, … N", "N …, X said"),
 * never one in a subordinate clause ("Although X said …, …") or across a contrast ("but", ";").
 * Null when unsure.
 *
 * @example
 * const body = 'Although Ann Lee said talks were possible, officials believe 2 drafts were a trap.';
 * figureClaimant(body, body.indexOf('2'), [], [{ sentence: { start: 0, end: body.length }, start: 9, end: 21, entity: 'Ann Lee' }]) // null
 */
export function figureClaimant<E>(
  body: string,
  valueStart: number,
  quotes: { start: number; end: number; speaker: E | null }[],
  attributions: SentenceAttribution<E>[],
): E | null {
  const quoted = quotes.find((q) => q.start <= valueStart && valueStart < q.end);
  if (quoted) return quoted.speaker;
  let found: E | null = null;
  for (const a of attributions) {
    if (valueStart < a.sentence.start || valueStart >= a.sentence.end) continue;
    if (SUBORDINATE_BEFORE.test(body.slice(a.sentence.start, a.start))) continue;
    const between = a.end <= valueStart ? body.slice(a.end, valueStart) : body.slice(valueStart, a.start);
    if (CONTRAST.test(between)) continue;
    // Two voices could vouch for it: unsure, so nobody.
    if (found !== null && found !== a.entity) return null;
    found = a.entity;
  }
  return found;
}
