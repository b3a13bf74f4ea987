/**
 * A speaker's opening courtesies, and a briefing's procedure, as opposed to what they are on record saying.
 * "Good afternoon. I made clear during the election that …" is asked from its second sentence; "With that,
 * I'll take your questions" is not asked at all.
 */

import { PRAISE_ADJECTIVE_LEXICON } from '@/lib/extract/lexicons/praise-adjectives';
import { SENTENCE_ABBREVIATIONS } from '@/lib/extract/lexicons/abbreviations';
import { memoByText } from './memo';

/** A sentence that is only a greeting or thanks: "Good afternoon.", "Good morning, everybody.", "Thank you very much." */
const GREETING_SENTENCE = /^[“"‘']?(?:good (?:morning|afternoon|evening)|hello|hi|thank you(?: (?:very|so) much| all)?|thanks|ladies and gentlemen|happy [\p{L} ]{3,20}|(?:it['’]s )?good to see (?:you|everyone|everybody)|it['’]s been a (?:few days|while|little while))(?:,? (?:everybody|everyone|all|again|folks))?[.!]\s+/iu;

/** What follows a greeting that still points back or runs the room: "With that in mind, …", "So, …". */
const LEANS_BACK = /^(?:with that|that said|so|well|now|again|and|but|also|as (?:you|I)|let me|before I|I'?ll|first|welcome|just (?:one|a couple|a few))\b/i;

/**
 * The quotation without the greeting sentences that open it, or the quotation itself when nothing (or
 * nothing that stands alone) would be left.
 *
 * @example
 * withoutGreeting('Good afternoon. I made clear during the election that a Conservative government would act.'); // → 'I made clear during the election that a Conservative government would act.'
 * withoutGreeting('Good afternoon. Happy Earth Day, everyone. With that in mind, just a couple things'); // → unchanged
 */
export function withoutGreeting(text: string): string {
  let rest = text.trim();
  for (let m = GREETING_SENTENCE.exec(rest); m; m = GREETING_SENTENCE.exec(rest)) rest = rest.slice(m[0].length);
  if (rest === text.trim() || !/^\p{Lu}/u.test(rest) || LEANS_BACK.test(rest)) return text;
  return rest;
}

/**
 * "With that, I'll take your questions", "Tony, I'll begin with you", "The floor is yours, sir" (blind-53 Q5: a host
 * handing over to his guest): a briefer or a host running the room.
 */
const PROCEDURE = /\b(?:take (?:your|a few|some) questions|turn (?:this|it) over to you|hand (?:it|this) over to you|give (?:you )?the floor to|(?:begin|start) with you|open it up (?:for|to) questions|go to (?:your )?questions|next question|last question|the floor is yours|(?:give|hand|pass) (?:you )?the floor)\b/i;

/**
 * Whether quoted words run a briefing rather than say anything about its subject.
 *
 * @example
 * isProcedure("With that, I'll take your questions. Tony, I'll begin with you"); // → true
 */
export function isProcedure(text: string): boolean {
  return PROCEDURE.test(text);
}

/** "It is a great honour to welcome …", "I am very pleased to introduce …": a host's ceremony, not a view. */
const CEREMONY = /\b(?:pleasure|honou?r|pleased|delighted|glad|privilege)\b[^.!?]{0,20}\bto (?:welcome|introduce|host|be (?:here|with you))\b|^[“"‘']?welcome to\b/i;

/**
 * Whether quoted words are a host's welcome or introduction: true of anyone hosting, so nothing to remember
 * a speaker by.
 *
 * @example
 * isCeremony('It is a great honour to welcome the 68th Secretary of State of the United States'); // → true
 */
export function isCeremony(text: string): boolean {
  return CEREMONY.test(text);
}

/**
 * A sentence of thanks, welcome or gladness, with the interjection or the name it may open on: "Well, thank
 * you very much, Mr. Minister.", "Fumio, thank you … for the extraordinarily generous welcome here to
 * Hiroshima.", "I’m particularly grateful to our hosts …", "I'm glad we came down here.", "I see.", "Please have a
 * seat.", "Please, sit down." (blind-53 Q2), "Let me just make a brief statement.", "It is good once again to see my friend and partner, …" (round 8's
 * development sheet offered them as who-said questions), "Peace be upon you." (round 18), "Let me begin by thanking both
 * candidates … for the spirit of compromise" (blind-47: Kerry's opening after "good evening … thank you for your
 * patience", a second question from one turn that says nothing the first did not); not "I am pleased
 * to note that the governments … have been working hard", which reports something.
 */
const COURTESY_SENTENCE = /^[“"‘']?(?:(?:well|oh|so|and|now|again|first of all),?\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?,\s+)?(?:to\s+(?:my|our|all|the)\s+[^,.]{1,40},\s+)?(?:(?:I,?\s+(?:first\s+of\s+all,?\s+)?)?thank(?:s|\s+you)\b|(?:allow|let)\s+me\s+(?:to\s+)?congratulate\b|(?:allow|let)\s+me\s+(?:to\s+)?(?:begin|start|open)\s+by\s+thanking\b|(?:I\s+(?:(?:also|first)\s+)?(?:want|wish|would\s+(?:also\s+)?like)\s+to|let\s+me)\s+(?:(?:also|first|just)\s+)?(?:thank|welcome\b|(?:express|extend)\s+(?:my|our)\s+(?:(?:deep|sincere|warm)\s+)?(?:appreciation|gratitude|thanks))\b|(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:(?:very|so|truly|particularly|especially|deeply|most|really)\s+)?(?:grateful|thankful|glad|happy|pleased|delighted|honou?red)\b(?!\s+(?:to\s+(?:note|say|report|announce|confirm|tell)|that)\b)|(?:it\s+is|it['’]s)\s+(?:a\s+)?(?:real\s+|great\s+|true\s+)?(?:pleasure|honou?r|privilege)\b|(?:(?:Mr|Mrs|Ms|Madam)\.?\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|(?:my\s+)?(?:dear\s+)?(?:friends?|colleagues)|ladies\s+and\s+gentlemen)(?:,\s+(?:my\s+)?(?:dear\s+)?(?:friends?|colleagues))*[.!]?$|I\s+see\b|you\s+are\s+(?:a|my|our)\s+(?:(?:very|good|great|dear|old|true|close)\s+){0,2}friends?(?:,?\s+and\s+we\s+(?:welcome|thank)\s+you)?[.!]?[”"’']?$|good\s+(?:morning|afternoon|evening)\b|peace\s+be\s+(?:upon|with)\s+you\b|welcome\b|please,?\s+(?:(?:have|take)\s+a\s+seat|be\s+seated|sit(?:\s+down)?)\b|let\s+me\s+(?:just\s+)?(?:make|give|read)\s+(?:a\s+)?(?:very\s+)?(?:brief|short|quick)\s+(?:statement|remarks?|words?)\b|(?:it\s+is|it['’]s)\s+(?:(?:so|very|really|always)\s+)?(?:good|great|nice|wonderful|delightful)\s+(?:once\s+again\s+|again\s+)?to\s+(?:see|have|welcome|be\s+(?:back|here))\b|(?:to\s+all\s+[^,.]{1,40},\s+)?I\s+hope\s+you\s+(?:all\s+)?(?:had|have|enjoy(?:ed)?)\s+a\s+(?:wonderful|great|good|nice|happy|lovely)\b)/iu;
/** A place a guest praises: the host's city, country or the venue, or "it" for what the sentence before named. */
const PRAISED_PLACE = String.raw`(?:(?:[Tt]he|[Tt]his|[Yy]our|[Oo]ur)\s+(?:(?:own|capital|home)\s+)?(?:city|town|capital|country|land|place|palace|venue|hall|square|building|garden|region|island|village)|[Ii]t|[Tt]his|[Tt]hat|[Ee]verything(?:\s+here)?|(?!\p{Lu}\p{Ll}+(?:tion|ment|ship|ness|ity|ism|ance|ence|ing)\b)\p{Lu}\p{Ll}+)`;
const PRAISE_WORDS = [...PRAISE_ADJECTIVE_LEXICON.words].map((w) => w.replace(/-/g, '[- ]')).join('|');
const PLACE_NOUN = 'city|town|capital|country|place|palace|view';
/**
 * "The city is in a good shape.", "It is beautiful.", "Minsk looks wonderful.", "What a beautiful city!": a guest's
 * praise of the place, said of it and nothing more (blind-35 asked Putin's compliment to Minsk as a who-said).
 * Case-sensitive: a capitalised word is a place's name, unless a noun's ending says otherwise ("Cooperation is
 * remarkable" praises no place).
 */
const PRAISE_OF_PLACE = new RegExp(
  String.raw`^[“"‘']?(?:(?:[Ww]ell|[Oo]h|[Aa]nd|[Ss]o|[Ii]ndeed),?\s+)?(?:${PRAISED_PLACE}\s+(?:is|was|looks|looked|has\s+become|remains|seems)\s+(?:(?:very|so|really|truly|just|indeed|always|now|still|more|most|simply|quite|extremely|incredibly|a|an|and|,)\s*)*` +
    String.raw`(?:in\s+(?:a\s+|very\s+|such\s+a\s+)*(?:good|great|excellent|fine|wonderful)\s+(?:shape|condition)|(?:${PRAISE_WORDS})(?:\s*(?:and|,)\s*(?:${PRAISE_WORDS}))*(?:\s+(?:${PLACE_NOUN}))?)` +
    String.raw`|[Ww]hat\s+a\s+(?:(?:${PRAISE_WORDS})\s+)+(?:${PLACE_NOUN})\b[^.!?]{0,30})[.!]*[”"’']?$`,
  'u',
);

/**
 * Whether a sentence only praises the place the speaker is visiting: true of any guest anywhere.
 *
 * @example
 * isPraiseOfPlace('The city is in a good shape.'); // → true
 * isPraiseOfPlace('The city is in a good shape to host the summit of 2026, and we will send our ministers.'); // → false
 */
export function isPraiseOfPlace(sentence: string): boolean {
  return PRAISE_OF_PLACE.test(sentence.trim());
}

/** The share of a quotation's words in courtesy sentences from which it says nothing a student should learn. */
const COURTESY_SHARE = 0.6;

/**
 * Whether the words a question shows are mostly thanks and welcome: "I see. It’s a beautiful watch. Well,
 * thank you. Fumio, thank you very, very much for the extraordinarily generous welcome here to Hiroshima"
 * (offered as a who-said in round 7's development sheet). Anyone hosted could have said them.
 *
 * @example
 * isMostlyCourtesy('Well, thank you very much, Mr. Minister. Thank you for a generous welcome here to this very beautiful city of Samarkand.'); // → true
 * isMostlyCourtesy('Mr Prime Minister, my friend. To my Indian friends, I would like to welcome you all once again.'); // → true
 * isMostlyCourtesy('Thank you. We will not accept any change of borders by force, and Russia knows it.'); // → false
 */
export const isMostlyCourtesy = memoByText(function isMostlyCourtesy(text: string): boolean {
  const sentences = splitSentences(text);
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const all = sentences.reduce((n, s) => n + words(s), 0);
  const courteous = sentences.filter((s) => isCourtesySentence(s)).reduce((n, s) => n + words(s), 0);
  return all > 0 && courteous / all >= COURTESY_SHARE;
});

/**
 * Whether one sentence is only thanks, welcome or gladness.
 *
 * @example
 * isCourtesySentence('First, let me express my appreciation for your hospitality in Vladivostok.'); // → true
 */
export function isCourtesySentence(sentence: string): boolean {
  return COURTESY_SENTENCE.test(sentence.trim()) || isPraiseOfPlace(sentence);
}

/** A stop and a capital after it, with no abbreviation of the extractor's table before the stop ("Mr.", "Sgt.", "Jan."). */
const QUOTED_SENTENCE_END = new RegExp(String.raw`(?<=[.!?])(?<!\b(?:${SENTENCE_ABBREVIATIONS.join('|')})\.)\s+(?=[“"‘']?\p{Lu})`, 'u');

/**
 * A quotation's sentences, not cut after a courtesy title ("Well, thank you, Mr. Minister Parrikar, …" is one
 * sentence of thanks, not "Well, thank you, Mr." and a second one).
 *
 * @example
 * splitSentences('Thank you, Mr. President. We agreed.'); // → ['Thank you, Mr. President.', 'We agreed.']
 */
export function splitSentences(text: string): string[] {
  return text.trim().split(QUOTED_SENTENCE_END).filter(Boolean);
}
