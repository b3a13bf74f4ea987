/**
 * What a text says that gives a place away: the state whose capital it is, that state's office-holders,
 * the body whose fixed seat it is, or a scene set in another state that rules out every capital offered.
 * Read by the where-questions and the cloze questions, and by places.ts for the towns a stem rules out.
 */
import { containsWords, escapeRegExp, normalise } from './text';
import { WORDS_FOR_STATE } from './state-capitals';
import { capitalNamed } from './capitals';
import { stateOfTown } from './home-towns';

/**
 * The state whose capital `place` is, the capital written as the list writes it: "Washington D.C.", never news copy's
 * "Washington". So these checks have always read it; reading "Washington" too would change what they drop.
 */
function stateOfListedCapital(place: string): string | undefined {
  const capital = capitalNamed(place);
  return capital && normalise(capital.listed) === normalise(place) ? capital.state : undefined;
}

/**
 * Whether a stem sets its story in the state whose capital `place` is: "… measures to protect civilians …
 * in Libya" makes Tripoli no venue for the Security Council's vote.
 */
export function isTheSceneIn(text: string, place: string): boolean {
  const state = stateOfListedCapital(place);
  return !!state && containsWords(text, `in ${state}`);
}

/**
 * Whether a text names the state whose capital `place` is: "Pompeo meets Ethiopian President" gives away
 * Addis Ababa among capitals of other states.
 *
 * @example
 * namesStateOfCapital('Secretary Pompeo’s Meeting with Ethiopian President Sahle-Work', 'Addis Ababa'); // → true
 * namesStateOfCapital('Talks resume in the valley', 'Addis Ababa'); // → false
 */
export function namesStateOfCapital(text: string, place: string): boolean {
  const state = stateOfListedCapital(place);
  return !!state && (WORDS_FOR_STATE.get(state) ?? []).some((w) => containsWords(text, w));
}

/** Offices a state's own people hold: "India's prime minister", "the Indian defence minister". */
const HOST_OFFICE = String.raw`(?:[’']s)?\s+(?:(?:prime|foreign|defen[cs]e)\s+minister|president|king|queen|government|leaders?|officials?|ministers?)\b`;

/**
 * Whether a text names people of the capital's state by their office ("India's prime minister and defense
 * minister … are to meet in _____"): a blank for that capital is a guess at where a state's leaders meet.
 *
 * @example
 * namesHostsOfCapital("India's prime minister and defense minister are to meet in New Delhi", 'New Delhi'); // → true
 * namesHostsOfCapital('Rice begins discussions in Moscow, aimed at smoothing over Russian objections', 'Moscow'); // → false
 */
export function namesHostsOfCapital(text: string, place: string): boolean {
  const state = stateOfListedCapital(place);
  return !!state && (WORDS_FOR_STATE.get(state) ?? []).some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}${HOST_OFFICE}`, 'iu').test(text));
}

/** The fixed seat of a body: "headquarters", "HQ", "head office", "secretariat". */
const SEAT = String.raw`(?:headquarters|HQ|head\s+office|secretariat)`;

/**
 * Whether a text gives `place` as the fixed seat of a body it names right before it ("the United Nations
 * headquarters in New York", "NATO's headquarters in Brussels", "the headquarters of the OSCE in Vienna"):
 * blanked, the place asks where a body sits, known without the article, and the phrase gives it away
 * (blind-33: "the United Nations headquarters in _____"). A body in plain words ("the company's
 * headquarters in …") names no seat a student could know.
 *
 * @example
 * namesSeatOfBody('He will meet dignitaries at the United Nations headquarters in New York.', 'New York'); // → true
 * namesSeatOfBody('Talks were held at the company headquarters in Dallas.', 'Dallas'); // → false
 */
export function namesSeatOfBody(text: string, place: string): boolean {
  const at = String.raw`\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?${escapeRegExp(place)}(?![\p{L}])`;
  const body = String.raw`(?:\p{Lu}[\p{L}.&-]*)(?:[’']s)?`;
  return new RegExp(String.raw`${body}\s+${SEAT}${at}`, 'u').test(text)
    || new RegExp(String.raw`${SEAT}\s+of\s+(?:the\s+)?\p{Lu}[^,.;:]{0,60}?${at}`, 'u').test(text);
}

/**
 * The state a text sets its scene in, by a clause of its own: "Over two days in Afghanistan, …" → "Afghanistan";
 * never a topic ("a resolution on the situation in Somalia").
 */
function sceneState(text: string): string | null {
  for (const state of WORDS_FOR_STATE.keys()) if (text.includes(`in ${state},`) || text.includes(`In ${state},`)) return state;
  return null;
}

/**
 * Whether the stem leaves the answer at most one rival: "Over two days in Afghanistan, Panetta has met … here and in
 * _____" offers Washington, Beijing and Islamabad beside Kandahar (blind-28), and "In India, the secretary will visit
 * both Goa and _____" offered Islamabad, Kabul and Mumbai beside Delhi, a toss between two Indian towns. When the stem
 * sets its scene in a state and the answer is not another state's capital, towns of other states are no choice.
 *
 * @example
 * stemRulesOutPlaces('Over two days in Afghanistan, he met leaders here and in _____.', 'Kandahar', ['Washington', 'Beijing', 'Islamabad']); // → true
 */
export function stemRulesOutPlaces(stem: string, answer: string, picks: string[]): boolean {
  const scene = sceneState(stem);
  if (!scene) return false;
  const answerState = stateOfListedCapital(answer);
  if (answerState && answerState !== scene) return false;
  const ruledOut = picks.filter((p) => {
    // A capital ("Washington" for the list's "Washington D.C."), a summit town or a town of the gazetteer.
    const state = stateOfTown(p);
    return !!state && state !== scene;
  });
  return picks.length - ruledOut.length < Math.min(2, picks.length);
}

/** The states a word names ("Russian", "Armenia", "U.S."), or none: one half of a hyphened pair. */
function stateOfWord(word: string): string | undefined {
  const w = /^(?:\p{Lu}\.)+$/u.test(word) ? word : word.replace(/\.+$/, '');
  if (/^(?:U\.?S\.?|US)$/.test(w)) return 'United States';
  for (const [state, words] of WORDS_FOR_STATE) if (words.includes(w)) return state;
  return undefined;
}

/** Two states joined by a hyphen or dash: "Russian-Armenian", "U.S.-China", "Russia–Armenia". */
const STATE_PAIR = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*)\s?[-–]\s?(\p{Lu}[\p{L}.]*)(?![\p{L}])/gu;

/**
 * Whether a text names `place`'s state and one other as a pair ("the fifth Russian-Armenian Interregional Forum took
 * place in Yerevan"): a blank for either capital is a toss between the two, not a reading (blind-48, both judges).
 *
 * @example
 * namesStatePair('The fifth Lorvanian-Kenyan Forum took place in Nairobi last October.', 'Nairobi'); // → true when Lorvania is a state
 * namesStatePair('Envoys met in Nairobi for border talks.', 'Nairobi'); // → false
 */
export function namesStatePair(text: string, place: string): boolean {
  const state = stateOfListedCapital(place);
  if (!state) return false;
  return [...text.matchAll(STATE_PAIR)].some((m) => {
    const a = stateOfWord(m[1] ?? '');
    const b = stateOfWord(m[2] ?? '');
    return !!a && !!b && a !== b && (a === state || b === state);
  });
}

/** Who is welcomed: a name or title ("Federal Chancellor of Germany Angela Merkel"), "you", "our guests"; no other verb. */
const GUEST = String.raw`(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|our|my|you|all|and|dear|friends?|guests?|colleagues?|delegations?)\s+){1,10}`;

/**
 * Whether the text has someone welcome a guest to `place` ("We are pleased to welcome Federal Chancellor of Germany
 * Angela Merkel to Moscow"): who welcomes is at home, so the blank is the host's capital and given away (blind-49b).
 *
 * @example
 * welcomesTo('We are pleased to welcome the Chancellor to Moscow during her working visit.', 'Moscow'); // → true
 * welcomesTo('The Chancellor welcomed the plan and flew to Moscow.', 'Moscow'); // → false
 */
export function welcomesTo(text: string, place: string): boolean {
  return !!capitalNamed(place) && new RegExp(String.raw`\bwelcom(?:e|es|ed|ing)\s+${GUEST}to\s+${escapeRegExp(place)}(?![\p{L}])`, 'u').test(text);
}

