/**
 * Whether a sentence shown as a blanked stem still says who "I", "we" and "him" are. Transcripts and
 * readouts speak in the first person ("I met him only two days ago in _____", "Your talks with our Russian
 * colleagues are scheduled for tomorrow in _____"), and a report whose dateline a stem cuts leaves "here"
 * pointing nowhere ("met with U.S. and Afghan leaders here and in _____", blind-28). A teacher asks "who is
 * speaking, and about whom?"; the stem names the speaker when the article does, or is not asked. So does
 * "next week's meeting of the group in _____": which group?
 */
import type { Quote, Span } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { displayName, isPersonLike } from './people';
import { titledNameIn } from './titled-names';
import { factsOfArticle } from './context';

/** A speaker's own words about themselves or their listener. "US" in capitals is the country, not "us". */
const FIRST_OR_SECOND_PERSON = /(?<![\p{L}’'])(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d|me|my|My|we|We|we['’]re|We['’]re|we['’]ve|We['’]ve|our|Our|us|you|You|your|Your)(?![\p{L}’'])/u;
/** The listener: "Your talks with our Russian colleagues …" names the speaker's guest, whom the stem does not name. */
const SECOND_PERSON = /(?<![\p{L}’'])(?:you|You|your|Your|yours)(?![\p{L}’'])/u;
/** Someone the sentence points back to. */
const THIRD_PERSON = /(?<![\p{L}’'])(?:he|He|she|She|him|her|Her|his|His)(?![\p{L}’'])/u;
/**
 * People a clause's subject points back to as a group: "Mr. Kasuri says they will meet again" (who are they?).
 * Not "their talks" or "thanking them", which the sentence's own subject usually answers.
 */
const THEY = /(?<![\p{L}’'])(?:they|They)(?![\p{L}’'])/u;
/** A group named before the pronoun: "Rice and Lavrov said they", "The two ministers said they". */
const GROUP_BEFORE = /\p{Lu}[\p{L}.’'-]*\s+and\s+(?:\p{Lu}|the\s|his\s|her\s)|\b(?:the|both|two|three|four|all|its|their)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}+s\b|\b(?:delegations|officials|ministers|leaders|sides|countries|nations|governments|parties)\b/u;

/** A place the sentence points back to: a dateline's town once the dateline is cut. */
const HERE = /(?<![\p{L}’'])(?:here|Here)(?![\p{L}’'])/u;
/** A body or place named only by pointing: "next week's meeting of the group in _____" (which group?). */
const POINTED_PLACE = /\b(?:of|in|from|by|across)\s+the\s+(?:group|region|area|state|province|territory)\b(?!\s+of\b|['’])/i;
/** Two capitalised words after the first word: a person's name the pronoun may point to. */
const NAMED_PERSON = /\s\p{Lu}[\p{Ll}.]+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/u;

/** The text outside quotation marks: a quotation's "I" inside a reporter's sentence is the quoted speaker's. */
function outsideQuotes(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, ' ');
}

/**
 * What a blanked sentence leaves unsaid: 'speaker' when it speaks as "I"/"we", 'person' when it points at
 * someone it never names ("him", or the listener's "your"), 'place' for a bare "here"; null when it reads alone.
 *
 * @example
 * unsaidReferent('I met him only two days ago in _____.'); // → 'person'
 * unsaidReferent('Your talks with our Russian colleagues are scheduled for tomorrow in _____.'); // → 'person' (the listener)
 * unsaidReferent('I am very glad to have another meeting, this time in _____.'); // → 'speaker'
 * unsaidReferent('Defense Secretary Leon E. Panetta has met with leaders here and in _____.'); // → 'place'
 * unsaidReferent('Carter met in _____ with King Salman.'); // → null
 * unsaidReferent('Mr. Moor says they will meet again in _____.'); // → 'person'
 */
export function unsaidReferent(blanked: string): 'speaker' | 'person' | 'place' | null {
  const text = outsideQuotes(blanked);
  if ((THIRD_PERSON.test(text) || SECOND_PERSON.test(text)) && !NAMED_PERSON.test(text)) return 'person';
  // "they" needs a group before it; one person named ("Mr. Kasuri says they …") is not one (blind-35).
  const they = THEY.exec(text);
  if (they && !GROUP_BEFORE.test(text.slice(0, they.index))) return 'person';
  if (HERE.test(text) || POINTED_PLACE.test(text)) return 'place';
  return FIRST_OR_SECOND_PERSON.test(text) ? 'speaker' : null;
}

export interface StemVoice {
  /** The speaker as a stem names them: "Vladimir Putin". */
  name: string;
  /** Whether a transcript gives their words through an interpreter ("FOREIGN MINISTER CHIKOTI: (Via interpreter) …"). */
  interpreted?: boolean;
  /** The sentence that names them, for the citation. */
  span: Span | null;
}

/**
 * The named speaker whose quotation holds a sentence (a transcript's "PRESIDENT PUTIN: I am very glad …"),
 * or null when no known person said it.
 *
 * @example
 * stemVoice(ctx, articleId, { start: 120, end: 190 }); // → { name: 'Vladimir Putin', span: { start: 80, end: 101 } }
 */
export function stemVoice(ctx: GenerateContext, articleId: string, sentence: Span): StemVoice | null {
  const q = factsOfArticle(ctx.quotes, articleId).find((x: Quote) => x.start <= sentence.start + 2 && x.end >= sentence.end - 2 && !!x.speakerId);
  const person = q?.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!q || !person) return null;
  // "what President Yudhoyono said": a speaker the report knows by title and surname is named so, never by the bare surname.
  const name = isPersonLike(person) ? displayName(person) : titledNameIn(ctx, { p: person, articleId }) ?? displayName(person);
  return { name, span: q.speakerSpan ?? null, interpreted: isInterpreted(ctx.articles.get(articleId)?.body ?? '', sentence.start) };
}

/**
 * How a stem names a voice's words: "what Vladimir Putin said", or, for words a transcript gives through an
 * interpreter, "the remarks of Georges Chikoti (through an interpreter)": the interpreter's English, a date or
 * a count in it, is not the minister's own (blind-37).
 *
 * @example
 * voiceWords({ name: 'Georges Chikoti', span: null, interpreted: true }); // → 'the remarks of Georges Chikoti (through an interpreter)'
 */
export function voiceWords(voice: StemVoice): string {
  return voice.interpreted ? `the remarks of ${voice.name} (through an interpreter)` : `what ${voice.name} said`;
}

/** "(Via interpreter)", "(through an interpreter)", "(as interpreted)", "(in translation)". */
const INTERPRETER_NOTE = /\((?:via|through)\s+(?:an\s+)?interpret(?:er|ation)\)|\((?:as\s+)?interpreted\)|\(in\s+translation\)/i;
/** A transcript's speaker label opening a turn: "FOREIGN MINISTER CHIKOTI:", "SECRETARY KERRY:". */
const TURN_LABEL = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}.'’ -]*\p{Lu}):/gu;
/** How far back a turn's label may be: a turn runs a few paragraphs. */
const TURN_CHARS = 4000;

/** Whether the transcript turn holding a sentence is marked as given through an interpreter. */
function isInterpreted(body: string, at: number): boolean {
  const from = Math.max(0, at - TURN_CHARS);
  const before = body.slice(from, at);
  let turn = -1;
  for (const m of before.matchAll(TURN_LABEL)) turn = m.index;
  return turn >= 0 && INTERPRETER_NOTE.test(before.slice(turn));
}
