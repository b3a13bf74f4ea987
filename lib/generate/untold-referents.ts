/**
 * A stem that points at a thing it never tells: "As Mr Putin said, the issue was to appear on the agenda of his
 * meetings with US President George W. Bush in _____" — which issue? The sentence before said, the stem does
 * not (issue #15: no question from a fragment whose referent is missing). Shell nouns (Schmid, English Abstract
 * Nouns as Conceptual Shells, 2000: "issue", "matter", "proposal", "decision" …) after "the" or a demonstrative
 * take their content from the text around them; with no "of …", "to …", "that …" after them and no mention of
 * the same noun earlier in the stem, their content is in a sentence the stem leaves out. So is a bare "this"
 * as a subject ("This was discussed in _____").
 */

/** Shell nouns whose content a definite description takes from the sentences before (Schmid 2000). */
const SHELL_NOUNS = 'issues?|matters?|proposals?|questions?|problems?|decisions?|plans?|ideas?|initiatives?|subjects?|topics?';

/** "the issue", "this decision", "these matters" with no modifier after that would say which. */
const POINTED_SHELL = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(${SHELL_NOUNS})\b(?!\s+(?:of|on|about|to|that|which|for|over|concerning|regarding|between)\b|\s*[:(\[])`,
  'u',
);

/** "This was discussed …", "and this will be …": a demonstrative standing alone as a subject. */
const BARE_THIS = /(?:^|[,;]\s+|\b(?:and|but|so)\s+)[Tt]his\s+(?:is|was|will|would|could|has|had|must|should|can|may|remains|became|means)\b/u;

/**
 * Whether a blanked stem points at a thing only the sentences it leaves out tell.
 *
 * @example
 * pointsAtUntoldThing('As he said, the issue was to appear on the agenda of his talks in _____ in October.'); // → true
 * pointsAtUntoldThing('The leaders discussed the issue of migration in _____.'); // → false
 * pointsAtUntoldThing('They tabled a proposal on trade in _____, and the proposal passed.'); // → false
 */
export function pointsAtUntoldThing(blanked: string): boolean {
  if (BARE_THIS.test(blanked)) return true;
  const re = new RegExp(POINTED_SHELL.source, 'gu');
  for (const m of blanked.matchAll(re)) {
    const noun = (m[1] as string).replace(/s$/, '').toLowerCase();
    // "a proposal on trade … the proposal": the stem itself told it.
    const earlier = blanked.slice(0, m.index).toLowerCase();
    if (!new RegExp(String.raw`\b${noun}s?\b`).test(earlier)) return true;
  }
  return false;
}
