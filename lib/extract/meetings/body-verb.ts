/** A body named beside the verb that tells its meeting: read once. */
import { isTestifyVerb, type Trigger } from './triggers';

/** A body's name: "the Security Council", "the Emergency Committee". */
const BODY_NAME = /^\p{Lu}.*\b(?:Council|Committee|Commission|Board)$/u;
/** What may stand between a body and its verb: "on cholera would", "will", "is due to". */
const BODY_TO_VERB = /^(?:\s+(?:on|for|of)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:(?:will|would|is to|is due to|is set to|is expected to|plans to|also|again|then)\s+)*$/u;

/** "the Emergency Committee on cholera would meet on Thursday": the body is the subject of the next trigger, a meeting verb. */
export function isBodyOfNextVerb(sentence: string, triggers: Trigger[], i: number): boolean {
  const t = triggers[i] as Trigger;
  const next = triggers[i + 1];
  if (!next || !BODY_NAME.test(t[0]) || !/^(?:meet|meets|met|convene[sd]?|reconvene[sd]?)$/.test(next[0])) return false;
  return BODY_TO_VERB.test(sentence.slice((t.index ?? 0) + t[0].length, next.index ?? 0));
}

/** "appear before the Treasury Select Committee in Westminster": the witness's verb, whose object is the body read next. */
export function isVerbOfNextBody(sentence: string, triggers: Trigger[], i: number): boolean {
  const t = triggers[i] as Trigger;
  const next = triggers[i + 1];
  if (!next || !isTestifyVerb(t[0]) || !BODY_NAME.test(next[0])) return false;
  return /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(sentence.slice((t.index ?? 0) + t[0].length, next.index ?? 0));
}
