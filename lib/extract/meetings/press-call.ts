/**
 * "The reporter called Smith, who declined to comment", "called the ministry for comment", "Wikinews spoke with …": the press
 * calling a source is how a story was reported, not a call between the people in it. A call by its
 * verb is the press's when a press noun (`PRESS_ROLE_LEXICON`) is the subject right before "called", or
 * the call is "for comment".
 */
import { PRESS_ROLE_LEXICON } from '../lexicons/meeting-senses';
import { isCallVerb } from './call-verb';
import { tailAfterMark } from './text-tail';

/** The subject right before the verb: "The Associated Press reporter", "a correspondent also". */
const SUBJECT_BEFORE = /([\p{L}’'-]+)\s+(?:(?:also|later|then|repeatedly|twice|again|had|has|have)\s+)?$/u;
const FOR_COMMENT = /^[^.;]*?\bfor (?:a )?comments?\b/i;

/** A conversation verb whose subject may be the press interviewing someone: "Wikinews spoke with …", "the BBC talked to …". */
const TALK_VERB = /^(?:spoke|speaks|speak|spoken|speaking|talked|talks|talk|talking)\b/;

/**
 * Whether the verb at the end of `before` is the press calling a source ("The reporter called Smith") or
 * interviewing one ("Wikinews spoke with Railway Manager Aparna Garg"): an interview with the reporter is
 * no meeting, by the annotators' definition.
 */
export function isPressCall(trig: string, before: string, seg: string): boolean {
  if (TALK_VERB.test(trig)) return PRESS_ROLE_LEXICON.words.has(SUBJECT_BEFORE.exec(tailAfterMark(before, 40))?.[1]?.toLowerCase() ?? '');
  if (!isCallVerb(trig)) return false;
  if (FOR_COMMENT.test(seg)) return true;
  const subject = SUBJECT_BEFORE.exec(tailAfterMark(before, 40))?.[1]?.toLowerCase();
  return subject !== undefined && PRESS_ROLE_LEXICON.words.has(subject);
}
