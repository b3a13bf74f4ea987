/**
 * "Hagel and Hammond met earlier to discuss Syria": a meeting by its verb whose people are its subject,
 * two or more of them joined by "and", rather than its object ("met with President Guelleh").
 */

/** The verbs whose subject can be the people meeting: "Hagel and Hammond met", "Lavrov and Kerry spoke on the phone". */
const MEET_VERB = /^(?:met|meet|meets|(?:spoke|speak|speaks|speaking|talked|talk|talks|talking) (?:on|over) the (?:tele)?phone)$/;

/** Words between the subject and the verb: auxiliaries and adverbs ("will", "had briefly", "are due to"). */
const AUX_TAIL = /(?:\s+(?:will|would|had|have|has|also|then|later|first|finally|again|briefly|privately|separately|could|did|are|were|due|expected|set|to))*\s*$/;

/**
 * Whether the subject of a meeting verb is two or more people: the clause before the verb joins names
 * with "and", and the people index finds at least two people there.
 *
 * @param clauseBefore the sentence up to the verb
 * @param peopleIn the people named in a span of the clause, by offsets into it
 */
export function meetsAsPair(trig: string, clauseBefore: string, peopleIn: (start: number, end: number) => number): boolean {
  if (!MEET_VERB.test(trig)) return false;
  // The subject is the last clause before the verb: "After the summit, Hagel and Hammond met".
  const start = Math.max(clauseBefore.lastIndexOf(','), clauseBefore.lastIndexOf(';'), clauseBefore.lastIndexOf(':')) + 1;
  const subject = clauseBefore.slice(start).replace(AUX_TAIL, '');
  // "The two leaders spoke on the phone": a pair by its number.
  if (/\b[Tt]he two [\p{L}-]+\s*$/u.test(subject)) return true;
  if (!/\S\s+and\s+\S/.test(subject)) return false;
  return peopleIn(start, start + subject.length) >= 2;
}
