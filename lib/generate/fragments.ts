/**
 * Whether quoted words stand on their own as a question or a choice. A partial quotation woven into
 * the reporter's sentence ("with “the intention of mobilizing double that number”", "progress could
 * be made “if we approach this…”") loses its subject or its referent once lifted out; so do very short
 * quotations and text garbled in the source ("restore the spirit. de Yalta").
 */
import type { Quote } from '@/lib/extract/types';
import { losesReferent } from './lost-referents';
import { normalise } from './text';

/** Fewer words than this is a phrase, not something a person is remembered for saying. */
const MIN_QUOTE_WORDS = 7;

/** Words that, opening a lower-case quotation, show it continues the reporter's clause. */
const CLAUSE_OPENERS = new Set([
  'to', 'if', 'where', 'when', 'which', 'who', 'whom', 'whose', 'whether', 'because', 'as', 'while', 'and', 'but', 'or', 'nor',
  'so', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'than', 'after', 'before', 'until', 'unless',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'also', 'even', 'only', 'then', 'though', 'although', 'without', 'over',
]);

/** A referent the quotation points back to without naming: "double that number", "the same amount". */
const LOST_REFERENT = /\b(?:that|those|this|these|the same|such an?)\s+(?:number|numbers|figure|figures|amount|level|levels|one|ones|kind|sort|way|point|issue|idea)\b/i;

/**
 * "I would do whatever I could to help such a resolution come about": "such a" before an outcome or a course
 * of action points back at the one the sentence before named (blind-30: "what is 'such a resolution'?").
 * Not "such a great honour": an adjective after "such a" intensifies.
 */
const SUCH_REFERENT = /\bsuch an?\s+(?:resolution|solution|settlement|deal|agreement|step|move|plan|policy|outcome|arrangement|scenario|attack|war|conflict|action|measure|commitment|decision|proposal|request|approach|process|change|thing)\b/i;

/** A full stop inside the quotation followed by a lower-case word, or a sentence opening on a bare verb: text garbled at the source. */
const GARBLED = /[.!?]\s+\p{Ll}|(?:^|[.!?]\s+)(?:Is|Are|Was|Were|Has|Have|Had)\s+(?:in|on|at|of|to|not|being)\b/u;

/** A quotation this short that opens on a pronoun points back at what the reporter left out. */
const SHORT_REFERENT_WORDS = 12;
const OPENS_ON_REFERENT = /^[“"‘']?(?:That|This|It|These|Those|They)(?:['’]s|\s+(?:is|was|are|were|would|will|could|has|had|means|shows))\b/;

/** "This is …", "That was …", "These are …": the subject is what came before the quotation. */
const OPENS_ON_DEMONSTRATIVE = /^[“"‘']?(?:This|That|These|Those)(?:['’](?:s|ll|d)|\s+(?:is|was|are|were|will|would|could|can|may|might|must|should|shall|has|had|have|does|did|do|means|shows|gives|makes|remains|seems|sets|marks|puts|takes|brings|sends))\b/;

/**
 * "Seventeen years ago, this would not have been possible", "Today, that has changed": a short time or place
 * phrase before the demonstrative subject does not give it a referent; it still points at what the reporter
 * said before. Only a demonstrative: "Today, it is time to act" has a dummy "it" (blind-32).
 */
const DEMONSTRATIVE_AFTER_PHRASE = /^[“"‘']?(?:[^\s,.;:!?“”"]+\s+){0,5}[^\s,.;:!?“”"]+,\s+(?:this|that|these|those)(?:['’](?:s|ll|d)|\s+(?:is|was|are|were|will|would|could|can|may|might|must|should|shall|has|had|have|does|did|do|means|shows|gives|makes|remains|seems|sets|marks|puts|takes|brings|sends))\b/iu;

/**
 * "there are very positive things in this document": a text of the exchange pointed at anywhere in the
 * quotation, which a student shown the quotation alone cannot know (blind-25: "'this document' (the US
 * written reply) is unexplained").
 */
const POINTED_TEXT = /\b(?:this|that|these|those)\s+(?:document|documents|text|texts|paper|papers|letter|letters|reply|replies|response|responses|draft|drafts|package|note)\b/i;
/** "And he has …", "She said …", "But they will …": a person the quotation does not name. */
const OPENS_ON_PERSON = /^[“"‘']?(?:(?:And|But|So|Then|Now)\s+)?(?:he|she|they)\s+\p{L}/iu;

/** "that direction", "this decision", "those plans": a course or a choice pointed at, named before the quotation ("these mountains" points at a place, and stands). */
const DEMONSTRATIVE_THING = /\b(?:that|this|these|those)\s+(?:direction|period|decision|decisions|plan|plans|proposal|proposals|approach|process|step|steps|move|moves|option|options|deal|change|changes|matter|problem|situation|request|idea|ideas|question)\b/i;

/** "about 900 that would comprise this universe of people": a set of people pointed at, never named in the quotation. */
const POINTED_AT_PEOPLE = /\b(?:this|that|these|those)\s+(?:universe|population|category|cohort)\b/i;

/** "each of those two things", "these three issues": a counted set the speaker listed before the quotation (blind-27). */
const POINTED_COUNTED = /\b(?:these|those)\s+(?:two|three|four|five|six|both)\s+(?:things|issues|points|areas|topics|subjects|elements|items|questions|matters|parts|goals|aims|priorities)\b/i;

/** Words of a long quotation's opening in which a pointed-at thing still lacks its referent. */
const DEMONSTRATIVE_OPENING_WORDS = 10;

const THIRD_PERSON = /\b(?:he|him|his|she|her|hers|they|them|their)\b/i;

/** Words a quotation cannot end on: the source cut it off ("a seamless response to the"). */
const DANGLING_END = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'but', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'this', 'as', 'than', 'into', 'about']);

/** "All told it sets out …": "it" as the subject of a verb of its own, the thing named before the quotation. */
const OPENS_ON_IT = /^[“"‘']?(?:(?:And|But|So|Then|Now|All told|In short|Overall|In all),?\s+)?it\s+(?!(?:is|was|will|would|seems|seemed|has\s+been|had\s+been|may|might|must|can|could|should|remains|takes|makes)\b)\p{Ll}+(?:s|ed)\b/iu;

/** "The secretary will now depart tomorrow for Asia, instead of tonight": a travel schedule, nobody's view. */
const SCHEDULE = /\b(?:will (?:now )?(?:depart|leave|travel|arrive)\b|instead of (?:tonight|today|tomorrow)|(?:as|than) (?:we had |was )?originally (?:planned|scheduled)|(?:his|her|the) (?:travel|trip) (?:schedule|plans?)|itinerary)/i;

/**
 * "Nice to see you all today and sorry for the delay in getting started. We're having some audio problems, so
 * anybody in some of the back rows … speak up": the briefing room's housekeeping, nothing a spokesperson is
 * remembered for (a State Department briefing's opening, offered as a who-said on gen11's merged dev sheet).
 */
const ROOM_LOGISTICS = /\b(?:sorry (?:for|about) the delay|(?:audio|sound|technical|microphone|mic) (?:problems?|issues?|difficult(?:y|ies))|speak up a little|in the back rows?)\b/i;

export type FragmentReason = 'short' | 'partial' | 'referent' | 'garbled' | 'cut' | 'courtesy' | 'logistics' | null;

/**
 * Why quoted words cannot be shown alone, or null when they can.
 *
 * @example
 * fragmentReason('the intention of mobilizing double that number in the very short term', 'with '); // → 'partial'
 * fragmentReason('There is no change, there will be no change', '“'); // → 'referent' (says nothing alone)
 * fragmentReason('Russia will face massive consequences if it invades Ukraine', '“'); // → null
 * fragmentReason('not simple', ''); // → 'short'
 */
export function fragmentReason(text: string, before: string): FragmentReason {
  const key = `${text}\u0000${before}`;
  const hit = reasonCache.get(key);
  if (hit !== undefined) return hit;
  if (reasonCache.size > 50_000) reasonCache.clear();
  const reason = fragmentReasonUncached(text, before);
  reasonCache.set(key, reason);
  return reason;
}

const reasonCache = new Map<string, FragmentReason>();

function fragmentReasonUncached(text: string, before: string): FragmentReason {
  const words = text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_QUOTE_WORDS) return 'short';
  const first = (words[0] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
  const lowerStart = /^\p{Ll}/u.test(first);
  if (lowerStart && CLAUSE_OPENERS.has(first.toLowerCase().replace(/[^a-z]/g, ''))) return 'partial';
  // What the reporter wrote right before the opening mark: a determiner, a preposition or a possessive binds the quotation to it.
  const prev = /([\p{L}’'-]+)[\s,]*[“"‘']?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // A lower-case quotation is whole only as a reported clause ("said that “real progress is …”"); anywhere
  // else it completes the reporter's own phrase ("called the proposal “a step back …”").
  if (lowerStart && prev !== 'that') return 'partial';
  if (LOST_REFERENT.test(text) || SUCH_REFERENT.test(text)) return 'referent';
  // "That would be a big change for the better": a short quotation about something said before it.
  if (words.length < SHORT_REFERENT_WORDS && OPENS_ON_REFERENT.test(text.trim())) return 'referent';
  // "This is not our point of view, but we have to accept the discussion": a demonstrative subject at any
  // length points at what the reporter said before; so does a pronoun subject ("And he has come back with …").
  if (OPENS_ON_DEMONSTRATIVE.test(text.trim()) || DEMONSTRATIVE_AFTER_PHRASE.test(text.trim()) || POINTED_TEXT.test(text)) return 'referent';
  // ("They have not been reviewed … by the Joint Staff": a name later in it is not whom the pronoun means.)
  if (OPENS_ON_PERSON.test(text.trim())) return 'referent';
  // "I had been kind of headed in that direction as well": a short quotation about a thing it does not name.
  // At any length when it opens the quotation: "One of the keys is how long is that period …".
  if ((words.length < SHORT_REFERENT_WORDS ? text : words.slice(0, DEMONSTRATIVE_OPENING_WORDS).join(' ')).match(DEMONSTRATIVE_THING)) return 'referent';
  if (POINTED_AT_PEOPLE.test(text) || POINTED_COUNTED.test(text)) return 'referent';
  // "I want to thank him for being here": a short quotation about someone it does not name.
  if (words.length < SHORT_REFERENT_WORDS && THIRD_PERSON.test(text) && !/\s\p{Lu}\p{Ll}/u.test(text.trim().slice(1))) return 'referent';
  const last = normalise(words[words.length - 1] ?? '');
  if (DANGLING_END.has(last) && !/[.!?]["”’]?$/.test(text.trim())) return 'cut';
  if (GARBLED.test(text.trim())) return 'garbled';
  // "Let the transcript reflect the applause. (Laughter.)": a transcript's stage direction, not a statement.
  if (STAGE_DIRECTION.test(text)) return 'garbled';
  // "Good afternoon. Happy Tuesday.", "Dear friends, dear citizens of …": a greeting is not what anyone is remembered for.
  if (COURTESY.test(text.trim())) return 'courtesy';
  if (OPENS_ON_IT.test(text.trim()) || BRIEFING_POINTER.test(text.trim())) return 'referent';
  if (SCHEDULE.test(text) || ROOM_LOGISTICS.test(text)) return 'logistics';
  // "We’ll have something to say about it later": a spokesman declining to answer says nothing to learn.
  if (words.length < NON_ANSWER_WORDS && NON_ANSWER.test(text)) return 'logistics';
  // "Stepping across that line …", "its missiles", "The allegations are …": a referent only the reporter gave (lost-referents.ts).
  if (losesReferent(text)) return 'referent';
  // "There is no change, there will be no change": words that say nothing without what they are about.
  if (new Set(words.map((w) => normalise(w)).filter((w) => w.length > 2 && !EMPTY_WORDS.has(w))).size < MIN_CONTENT_WORDS) return 'referent';
  return null;
}

const COURTESY = /^[“"‘']?(?:(?:Mr\.?|Madam|Mrs\.?|Ms\.?|Dear)\s+[\p{L}\s.-]{2,40},\s*)?(?:good (?:morning|afternoon|evening)|dear (?:friends|colleagues|citizens|compatriots)|ladies and gentlemen|hello|(?:I said )?thank(?:s| you)(?: (?:very much|all))?(?: for (?:your|coming|being)\b|[,.!])|(?:I am|I’m|I'm|we are|we’re|we're) (?:very |so |truly )?(?:happy|glad|pleased|delighted|honou?red) to (?:see|welcome|meet|host|receive|greet) you\b|(?:it is |it’s |it's )?(?:a (?:real |great )?)?pleasure to (?:have|see|meet|welcome|host) you\b)/iu;
/**
 * "We’ll have something to say about it later", "I'm not going to comment": a declined answer. Round 8's
 * development sheet offered Tillerson's as a who-said question; a teacher rejects it as saying nothing.
 */
/** Longer, a quotation that declines one thing may still say another. */
const NON_ANSWER_WORDS = 20;
const NON_ANSWER = /\b(?:(?:we|I)(?:['’]ll| will| would)\s+have\s+(?:something|more)\s+to\s+say\b|no\s+comment\b|nothing\s+(?:more\s+)?to\s+(?:announce|add|say)\b|(?:not\s+going\s+to|won['’]t|will\s+not|do\s+not|don['’]t|can(?:not|['’]t))\s+(?:comment|speculate)\b)/i;
/** "As you saw in the statement yesterday from Mr. Sullivan, …": a briefing's pointer to what the room already heard. */
const BRIEFING_POINTER = /^[“"‘']?As (?:you|many of you|I think you) (?:saw|know|heard|may have seen|may know|may have heard|will recall)\b/i;
const STAGE_DIRECTION = /\((?:laughter|applause|inaudible|crosstalk|cheers|off-mic|off mic)\.?\)/i;

/** Distinct content words a quotation needs to say something on its own. */
const MIN_CONTENT_WORDS = 3;
/** Function words and the commonest verbs, which carry no content of their own. */
const EMPTY_WORDS = new Set([
  'the', 'and', 'but', 'for', 'not', 'there', 'this', 'that', 'these', 'those', 'will', 'would', 'could', 'should', 'can', 'was',
  'were', 'are', 'has', 'have', 'had', 'been', 'being', 'its', 'it’s', "it's", 'our', 'your', 'their', 'his', 'her', 'with', 'from',
  'what', 'which', 'who', 'all', 'any', 'some', 'very', 'also', 'just', 'only', 'here', 'now', 'then', 'than', 'you', 'they',
  'she', 'him', 'them', 'does', 'did', 'doing', 'done', 'make', 'made', 'get', 'got', 'going', 'thing', 'things', 'way', 'yes',
]);

/**
 * Whether a quotation can be asked or offered as a choice on its own.
 *
 * @example
 * isWholeQuotation(quote, articleBody); // → false for “double that number …”
 * isWholeQuotation(firstHalf, articleBody, 'We were close at midnight … but three countries wanted more time'); // the joined halves judged together
 */
export function isWholeQuotation(q: Pick<Quote, 'text' | 'start' | 'end' | 'sentence' | 'isFragment'>, body: string, text = q.text): boolean {
  if (q.isFragment) return false;
  if (runsOnAfterClose(text, body.slice(Math.max(q.start, q.end - 2), q.end + 40))) return false;
  const before = body.slice(Math.max(q.sentence.start, q.start - 40), q.start);
  return fragmentReason(text, before) === null;
}

/** Words that may follow a closing mark without continuing the quoted clause: an attribution, or a new clause. */
const AFTER_CLOSE_WORDS = new Set(['said', 'says', 'added', 'adds', 'told', 'noted', 'stressed', 'wrote', 'asked', 'explained', 'continued', 'insisted', 'warned', 'declared', 'replied', 'according', 'he', 'she', 'they', 'we', 'and', 'or', 'but', 'because', 'as', 'while', 'when', 'then', 'so']);

/**
 * “… everybody just wanted to do something” special for the troops, Mrs. Myers noted: the reporter's words go on
 * with the quoted clause after the closing mark, so the quotation alone is cut mid-phrase (blind-56/57).
 */
function runsOnAfterClose(text: string, around: string): boolean {
  // `around` opens on the body's last two characters inside the marks: the shown words leave out the comma or stop
  // the body closes them with ("… with China,” the secretary said).
  if (/[.!?,;:—–-]["”’']?\s*$/.test(text.trim()) || /[.!?,;:—–-]\s*$/.test(around.slice(0, 2))) return false;
  const next = /^\s*[”"’]\s+(\p{Ll}[\p{L}'’-]*)/u.exec(around.slice(2))?.[1];
  // A past tense after the mark is the reporter's verb of saying, listed or not ("” snapped the minister").
  return next !== undefined && !AFTER_CLOSE_WORDS.has(next.toLowerCase()) && !/ed$/.test(next);
}
