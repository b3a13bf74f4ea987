/**
 * Meeting words that tell no one meeting: a way of keeping in touch ("have kept constantly in touch by telephone"),
 * a gathering described by how often it recurs ("The Summit is a roughly bi-annual gathering").
 */

/** A phone or talk trigger: "by telephone", "spoke by phone", "talked with". */
const CALL_TRIGGER = /^(?:by (?:tele)?phone|spoke by (?:tele)?phone|(?:spoke|speak|speaks|talked|talk|talks) (?:on|over) the (?:tele)?phone)$/;

/**
 * "we have kept constantly in touch by telephone", "stay in touch over the phone": contact kept up over time, a habit
 * of calls, not one call.
 *
 * @example
 * isKeptInTouch('by telephone', 'We have kept constantly in touch ') // true
 * isKeptInTouch('by telephone', 'The two leaders spoke ') // false
 */
export function isKeptInTouch(trig: string, before: string): boolean {
  return CALL_TRIGGER.test(trig) && /\bin touch\s+$/i.test(before);
}

/** "is a roughly bi-annual gathering", "are regular meetings": the copula, then a kind of gathering by how often it recurs. */
const RECURRING_KIND = /^\s+(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:annual|bi-?annual|biennial|yearly|monthly|weekly|regular|periodic|recurring)\s+(?:[\w-]+\s+)?(?:gatherings?|meetings?|conferences?|events?|forums?|summits?)\b/i;

/**
 * "The Summit is a roughly bi-annual gathering, which brings together …": the words after a meeting noun define its
 * kind, a series of gatherings, and tell none of them.
 *
 * @example
 * isRecurringKind(' is a roughly bi-annual gathering, which brings') // true
 * isRecurringKind(' is a two-day meeting in Paris') // false
 */
export function isRecurringKind(seg: string): boolean {
  return RECURRING_KIND.test(seg);
}
