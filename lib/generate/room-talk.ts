/**
 * Words that run the room rather than say anything about the world: a chair's agenda ("We would also have to
 * address one and a half or two questions", "we should listen to the heads of the groups"), a spokesman giving
 * the floor ("We have time for opening statements and then questions. Secretary General, please."), a briefer's
 * errands for the press ("I owe you guys a list … we'll email you guys those calls"), the trip's clock and the
 * next briefers brought on ("the motorcade is going to leave rather shortly … So I'm going to bring up Mike McFaul
 * and Ben Rhodes to answer some questions", round 16), and the table talk of a
 * meal ("you talked about the sushi you had last night"). Round 15's judges sent back every such who-said as
 * trivia: anyone in the chair, at the podium or at the dinner could have said it.
 */
import { isMeetingTalk } from './small-talk';
import { isCourtesySentence, splitSentences } from './openers';

/** What a session is made of: its turns, its parts, the people and press in the room. */
const SESSION_NOUN = String.raw`(?:questions?|statements?|floor|agenda|parts|items?|groups|delegations|specialists|experts|media|press|journalists|reporters|(?:news|press)\s+conference|list|session)`;
/** What a chair or a briefer does with them. */
const SESSION_VERB = String.raw`(?:have(?:\s+time\s+for)?|take|answer|address|listen\s+to|hear\s+from|ask|inform|give|turn\s+to|move\s+on\s+to|begin\s+with|start\s+with|open)`;

/** "we should listen to the heads of the groups", "We have time for opening statements and then questions". */
const RUNS_THE_SESSION = new RegExp(
  String.raw`\b(?:we|I|let['’]?s|let\s+us)\s+(?:[\p{Ll}’']+\s+){0,4}${SESSION_VERB}\s+(?:[\p{Ll}’'-]+\s+){0,7}?${SESSION_NOUN}\b(?!\s+(?:of|on|about|from|to|by|for)\b)` +
    String.raw`|\b(?:report|reports|reported|tell|tells)\s+(?:to\s+)?us\b`,
  'iu',
);

/** A briefer's errands for the press: "I owe you guys a list", "we'll email you those calls". */
const PRESS_ERRAND = /\byou guys\b|\bI owe you\b|\b(?:we|I)(?:['’]ll|\s+will)\s+(?:e-?mail|send|circulate|get\s+back\s+to)\b[^.!?]{0,20}\byou\b/i;

/** The trip's clock: "the motorcade is going to leave rather shortly", "The President is a tad behind schedule". */
const TRIP_CLOCK = /\b(?:motorcade|wheels\s+up|behind\s+schedule|running\s+(?:late|behind)|do\s+this\s+(?:rather\s+|very\s+)?quickly)\b/i;

/** The next briefers brought on: "I'm going to bring up Mike McFaul and Ben Rhodes to answer some questions", "Mike will give us a quick readout". */
const BRINGS_ON_BRIEFERS = /\b(?:bring\s+up|bring\s+out|turn\s+it\s+over\s+to|hand\s+(?:it\s+)?over\s+to)\b[^.!?]{0,60}\b(?:questions|readout|brief)|\bgive\s+us\s+(?:a\s+)?(?:quick\s+|brief\s+)?readout\b/i;

/** The room's equipment: "Can you put on your earpiece? We have simultaneous interpreting", "Is the translation working?". */
const ROOM_EQUIPMENT = /\b(?:earpieces?|headsets?|simultaneous\s+(?:interpret\w*|translation)|(?:microphones?|mics?)\s+(?:is\s+|are\s+)?(?:on|off|working)\b)/i;

/**
 * A joke at the press's expense about what was just said: "I know none of you are curious about that" (blind-50:
 * Biden's aside after the Inflation Reduction Act, which both judges cut).
 */
const PRESS_ASIDE = /\b(?:none|all|most|many|some|few|each|any)\s+of\s+you\s+(?:(?:are|were|will\s+be|would\s+be)\s+)?(?:(?:very|so|all|really|particularly|terribly)\s+)?(?:curious|interested|wondering|dying\s+to\s+know|bored)\b|\byou(?:['’]re|\s+are)\s+(?:all\s+)?(?:(?:very|so|really)\s+)?(?:curious|dying\s+to\s+know)\b/i;

/** "Secretary General, please.": the floor given to the next speaker. */
const GIVES_THE_FLOOR = /^[“"‘']?(?:\p{Lu}[\p{L}.’'-]*\s*){1,4},\s+(?:please|go ahead|the floor is yours)[.!]?[”"’']?$/u;

/** A meal and what was on the table: things a host and guest say over dinner, not on the record of talks. */
const MEAL = /\b(?:breakfast|lunch(?:eon)?|dinner|supper|banquet|meals?|cuisine|dessert|delicious|tasty|sushi|noodles|pasta|barbecue)\b/i;

/** A capitalised word after a sentence's first: a name, a nation or a body the sentence speaks of. */
const NAME_WORD = /(?<!^[“"‘']?)(?<![.!?]\s+)\b\p{Lu}[\p{L}’'-]+/gu;
const NOT_A_NAME = /^(?:I|I['’](?:m|ve|ll|d))$/u;

function namesSomething(sentence: string): boolean {
  return [...sentence.trim().matchAll(NAME_WORD)].some((m) => !NOT_A_NAME.test(m[0])) || /\d/.test(sentence);
}

/**
 * Whether one sentence runs the room: the session's own turns and parts, the press's errands, the meal.
 *
 * @example
 * isRoomTalk('We have time for opening statements and then questions.'); // → true
 * isRoomTalk('We will answer questions about the sanctions on Iran.'); // → false
 */
export function isRoomTalk(sentence: string): boolean {
  const s = sentence.trim();
  if (GIVES_THE_FLOOR.test(s) || PRESS_ERRAND.test(s) || PRESS_ASIDE.test(s) || TRIP_CLOCK.test(s) || BRINGS_ON_BRIEFERS.test(s) || ROOM_EQUIPMENT.test(s)) return true;
  if (MEAL.test(s)) return !namesSomething(s.replace(/^[“"‘']?\p{Lu}[\p{L}’'-]*,\s+/u, ''));
  return RUNS_THE_SESSION.test(s) && !namesSomething(s);
}

/** The share of a quotation's words that room talk (with courtesy and talk of the meeting) may take before it says nothing. */
const ROOM_SHARE = 0.45;

/**
 * Whether the words a question shows are mostly the room's own business, and the rest names no one and
 * nothing: a who-said on them teaches nothing about the speaker.
 *
 * @example
 * isMostlyRoomTalk('We have time for opening statements and then questions. Secretary General, please.'); // → true
 * isMostlyRoomTalk('We have time for one question. Russia must withdraw its troops from the border of Ukraine now.'); // → false
 */
export function isMostlyRoomTalk(text: string): boolean {
  const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s));
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const idle = (s: string) => isRoomTalk(s) || isMeetingTalk(s) || isCourtesySentence(s);
  if (!sentences.some(isRoomTalk)) return false;
  if (sentences.some((s) => !idle(s) && namesSomething(s))) return false;
  const all = sentences.reduce((n, s) => n + words(s), 0);
  const spent = sentences.filter(idle).reduce((n, s) => n + words(s), 0);
  return all > 0 && spent / all >= ROOM_SHARE;
}

/**
 * Whether a sentence is an aside to the press about what was just said.
 *
 * @example
 * isPressAside('I know none of you are curious about that.'); // → true
 */
export function isPressAside(sentence: string): boolean {
  return PRESS_ASIDE.test(sentence);
}

/**
 * The words without the asides to the press they end on, when words of substance come before: "We had a detailed
 * discussion of the Inflation Reduction Act. I know none of you are curious about that, but …" ends at "Act.".
 * Other room talk is left for the room-talk gate to weigh.
 *
 * @example
 * withoutTrailingAside('We agreed on a ceasefire. I know none of you are curious about that.'); // → 'We agreed on a ceasefire.'
 */
export function withoutTrailingAside(text: string): string {
  const sentences = splitSentences(text);
  let kept = sentences.length;
  while (kept > 1 && isPressAside(sentences[kept - 1]!)) kept--;
  if (kept === sentences.length) return text;
  let at = 0;
  for (const s of sentences.slice(0, kept)) at = text.indexOf(s, at) + s.length;
  return text.slice(0, at);
}
