/**
 * The day's proceedings told by one who took part: "we attended the opening and made speeches", "we had bilateral
 * meetings", "some of our ministers are still having bilateral contacts, and experts on both sides keep working",
 * "the Congress will make a big contribution thanks to the efforts of ministers and experts". Any head at the
 * table could have said it, and it tells nothing of what was decided (blind-44: two of Erdogan's opening remarks at
 * the World Energy Congress sent back as procedural filler).
 */
import { isMeetingTalk } from './small-talk';
import { isRoomTalk } from './room-talk';
import { isCourtesySentence, splitSentences } from './openers';

/** Who does the work of a summit or a congress. */
const ACTORS = String.raw`(?:we|ministers|experts|specialists|delegations|delegates|participants|heads\s+of\s+state|presidents|leaders|working\s+groups|teams|sherpas|both\s+sides)`;

/** The work itself, with nothing after it that says on what: "keep working.", "made speeches,", "bilateral contacts and". */
const END = String.raw`(?=\s*(?:[.,;!?]|and\b|$))`;
const DOINGS = new RegExp(
  String.raw`\battended\s+the\s+(?:opening|session|ceremony|plenary)${END}` +
    String.raw`|\b(?:made|delivered|gave)\s+(?:our\s+|their\s+)?(?:speeches|statements|addresses)${END}` +
    String.raw`|\bbilateral\s+(?:meetings|contacts|talks|consultations)${END}` +
    String.raw`|\b(?:keeps?|kept|continues?|continued|are\s+still)\s+(?:working|at\s+work)${END}` +
    String.raw`|\bhave\s+completed${END}`,
  'iu',
);

/** The occasion as the subject: "The Congress will …", "the summit will continue for two more days". */
const OCCASION = /\b(?:the|this)\s+(?:Congress|Summit|Forum|Conference|Session|Assembly|Expo|Exhibition)\b/giu;
const OCCASION_WORK = new RegExp(String.raw`\b(?:efforts|work)\s+of\s+(?:the\s+)?${ACTORS}\b|\bwill\s+continue\s+for\b`, 'iu');

/** A capital after a sentence's first word, not the occasion's own name: the sentence names something. */
function namesSomething(sentence: string): boolean {
  if (/\d/.test(sentence)) return true;
  const words = sentence.replace(OCCASION, 'the occasion').trim().split(/\s+/);
  return words.some((w, i) => i > 0 && /^[“"‘'(]?\p{Lu}/u.test(w) && !/^[“"‘'(]?I(?:['’](?:m|ve|ll|d))?\W*$/u.test(w));
}

/**
 * Whether one sentence only tells the occasion's proceedings, naming nothing.
 *
 * @example
 * isProceedings('Today as heads of state we attended the opening and made speeches.'); // → true
 * isProceedings('Experts on both sides keep working on the text of the pipeline treaty.'); // → false
 */
export function isProceedings(sentence: string): boolean {
  const s = sentence.trim().replace(/^[“"‘']+/, '');
  if (namesSomething(s)) return false;
  const occasion = new RegExp(OCCASION.source, 'iu').test(s) && OCCASION_WORK.test(s);
  return occasion || (new RegExp(String.raw`\b${ACTORS}\b`, 'iu').test(s) && DOINGS.test(s));
}

/** The share of a quotation's words the proceedings (with courtesy, room and meeting talk) may take before it says nothing. */
const IDLE_SHARE = 0.45;

/**
 * Whether the words a question shows mostly tell the day's proceedings, and the rest names no one and nothing.
 *
 * @example
 * isMostlyProceedings('Some of our ministers have completed, and experts on both sides keep working. This is the area of energy.'); // → true
 * isMostlyProceedings('We had bilateral meetings. Lorvania will stop the pipeline until the debt is paid.'); // → false
 */
export function isMostlyProceedings(text: string): boolean {
  const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s));
  if (!sentences.some(isProceedings)) return false;
  const idle = (s: string) => isProceedings(s) || isMeetingTalk(s) || isCourtesySentence(s) || isRoomTalk(s);
  if (sentences.some((s) => !idle(s) && namesSomething(s))) return false;
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const all = sentences.reduce((n, s) => n + words(s), 0);
  const spent = sentences.filter(idle).reduce((n, s) => n + words(s), 0);
  return all > 0 && spent / all >= IDLE_SHARE;
}
