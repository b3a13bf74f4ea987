import { NAME_ABBREVIATIONS } from './lexicons/abbreviations';
import { AUXILIARY_LEXICON } from './lexicons/function-words';
import { NUMBER_WORD_LEXICON } from './lexicons/number-words';
import { DOCUMENT_NOUNS, PERSON_NOUNS, REPORTING_NOUNS } from './lexicons/speech-nouns';
import { SPEECH_VERBS } from './lexicons/speech-verbs';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const LETTERS_END = /\p{L}+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/**
 * A paragraph set off as what someone wrote or said, without quotation marks: the paragraph before ends
 * with a colon after a clause whose verb is one of saying or writing, the verb followed only by where,
 * how or when it was said ("One user wrote on his microblog:", "The ministry said in a statement on
 * Monday:", "Netizen @lee88 commented:", "…, with one user writing:"). A verb with an object of its own
 * ("said the following:", "listed three demands:") introduces a list or the reporter's summary as often
 * as a quotation, and is left alone; so is a passive ("The plan was described as follows:").
 */

/** The clause of a lead-in: where it starts in the paragraph's text, and where its speech verb starts and ends. */
export interface SetOffLeadIn {
  clauseStart: number;
  verbStart: number;
  verbEnd: number;
  /** The text the verb's object names, when it has one ("issued the following statement:" → "statement"). */
  textNoun?: string;
}

/**
 * Words that open what may follow the verb before the colon: prepositional phrases of medium, place, time or topic
 * ("on Weibo", "in a statement", "to reporters", "of the decision") and adverbs of time.
 */
const ADJUNCT_OPENER = /^(?:on|in|to|at|from|via|through|after|before|during|under|about|over|for|of|online|today|yesterday|earlier|later|again|also|then|recently|late|early|this|last)\b/;
/** How long the adjuncts between a verb and its colon may run. */
const MAX_ADJUNCTS = 120;
/**
 * The colon that ends a lead-in, after an editor's note, a language tag or a copied page's link number in brackets
 * ("notes [ar]:", "statement [links added]:", "told [2] [ru]:").
 */
const COLON_END = /(?:\s*\[[^\]]{1,30}\]){0,3}\s*:\s*$/;

/**
 * Whether a text ends on a colon, before trying where its bracketed notes start: an end-anchored pattern is tried
 * from every position of the text, and most paragraphs end on no colon at all.
 */
export function endsOnColon(text: string): boolean {
  const last = text.trimEnd().at(-1);
  return last === ':' || last === '：';
}

/**
 * Whether the text after a lead-in's verb or object holds only adjuncts, then the colon: each comma-separated
 * part opened by a preposition or an adverb of time, with no mark of a clause or a quotation inside. Read
 * part by part, not with a repeated pattern, which would try every way of cutting a long tail.
 */
function isAdjunctTail(rest: string): boolean {
  const end = endsOnColon(rest) ? COLON_END.exec(rest) : null;
  if (!end) return false;
  const body = rest.slice(0, end.index);
  if (body.trim() === '') return true;
  if (body.length > MAX_ADJUNCTS || !/^[\s,]/.test(body) || /[:;.!?“”"]/.test(body)) return false;
  return body.replace(/^\s*,/, '').split(',').every((part) => ADJUNCT_OPENER.test(part.trim()));
}
/** "…, with one user writing:": an absolute clause whose subject is a quantity of people, its verb an -ing form. */
const WITH_SUBJECT = /(?:^|,\s+)with\s+(?:one|a|an|another|some|many|others?)\b[^,:;.!?“”"]{0,40}?\s+$/;
/**
 * "issued the following statement [links added]:", "posted this update in Malagasy on Facebook :": a verb whose object
 * is a text of saying or a document, so what follows is that text. Groups: the verb, the noun.
 */
const TEXT_OBJECT = /(?<![\p{L}'’-])(\p{Ll}+)\s+(?:the\s+following|this|these|a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?![\p{L}'’-])/gu;
/** "the following", "as follows": what introduces a list or a table, not someone's words. */
const LIST_CUE = /\b(?:following|follows|below)\b/i;
/** Where a clause starts: after a sentence's end, or after a comma before a subject ("Meanwhile, one user wrote:"). */
const CLAUSE_BREAK = /(?:[.!?]["”’)]?|;)\s+/g;

/** A full stop after a courtesy title or an initial ("Ms. Sabrina Singh", "Lloyd J. Austin"): it ends no sentence. */
function endsOnAbbreviation(text: string, m: RegExpMatchArray): boolean {
  if (!m[0].startsWith('.')) return false;
  const word = LETTERS_END.exec(text.slice(Math.max(0, (m.index as number) - 12), m.index))?.[0] ?? '';
  return NAME_ABBREVIATIONS.words.has(word.toLowerCase()) || ONE_CAPITAL.test(word);
}

/** Whether a word is a verb of saying or writing in a finite form: on the lexicon, and not its -ing form or participle alone. */
function isFiniteSpeechVerb(w: string): boolean {
  return SPEECH_VERBS.has(w) && !w.endsWith('ing') && w !== 'spoken';
}

/** Whether an -ing form belongs to a verb of saying: its third-person or past form is on the lexicon ("writing" → "writes"). */
function isSpeechGerund(w: string): boolean {
  const stem = w.slice(0, -3);
  return SPEECH_VERBS.has(w) || [`${stem}s`, `${stem}es`, `${stem}ed`, `${stem}ted`, `${stem}d`].some((f) => SPEECH_VERBS.has(f));
}

/**
 * The lead-in clause that ends a paragraph and sets off the next one as someone's words, or null.
 *
 * `isVerbAt` tells whether the word at an offset of `text` is a verb (the tagger's reading), for verbs of
 * saying off the lexicon.
 *
 * @example
 * setOffLeadIn('Anger spread online. One user wrote on his microblog:')?.clauseStart // 21
 * setOffLeadIn('He said the following:') // null
 */
export function setOffLeadIn(text: string, isVerbAt: (at: number) => boolean = () => false): SetOffLeadIn | null {
  let clauseStart = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) if (!endsOnAbbreviation(text, m)) clauseStart = (m.index as number) + m[0].length;
  // A colon inside an open quotation is the quoted speaker's, not the reporter's lead-in.
  if (countMarks(text.slice(0, clauseStart)) % 2 === 1) return null;
  const clause = text.slice(clauseStart);
  const issued = textObjectLeadIn(clause, clauseStart, isVerbAt);
  if (issued) return issued;
  if (LIST_CUE.test(text.slice(-40))) return null;
  const words = [...clause.matchAll(/(?<![\p{L}'’@_-])\p{Ll}+(?![\p{L}])/gu)];
  // The verb nearest the colon with only adjuncts after it: "A user from Wuhan wrote:" is not "user from Wuhan wrote".
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as RegExpExecArray;
    const word = w[0];
    const at = w.index as number;
    if (!isAdjunctTail(clause.slice(at + word.length))) continue;
    const before = clause.slice(0, at);
    const isGerund = word.endsWith('ing') && isSpeechGerund(word) && WITH_SUBJECT.test(before);
    // "One user sneered:", "@lee88 retorted:": any finite verb the tagger reads, when its subject is a writer described or a handle.
    const isVerb = isFiniteSpeechVerb(word) || (/(?:ed|s)$/.test(word) && describedWriter(before) !== null && isVerbAt(clauseStart + at));
    if (!isGerund && (!isVerb || !isSubject(before.trim()))) continue;
    // "said in a statement that it had three demands:": a reported clause, which a list or a summary may follow.
    if (/\bthat\b/.test(clause.slice(at))) return null;
    return { clauseStart, verbStart: clauseStart + at, verbEnd: clauseStart + at + word.length };
  }
  return null;
}

/** A word that leaves its phrase open ("wrote in response to comments:"): what follows it is no verb of the clause. */
const OPEN_WORD = /^(?:to|the|a|an|of|in|on|at|for|from|with|by|his|her|their|its|our|my|your|and|or|as)$/;

/** Words a noun follows and a verb does not: articles, possessives, quantifiers, prepositions. */
const DETERMINER_OR_PREPOSITION = /^(?:the|a|an|his|her|their|its|our|my|your|these|those|some|many|several|of|to|in|on|at|for|with|by|from)$/;

/**
 * Whether the word a lead-in ends on is a noun, not its verb: after an article, a possessive, a preposition
 * or a number ("it had two demands:", "his comments:"), a verb of saying's form is its noun's plural.
 *
 * @example
 * endsOnNoun('The ministry said in a statement that it had two demands') // true
 * endsOnNoun('One user wrote') // false
 */
export function endsOnNoun(clause: string): boolean {
  const words = clause.trim().split(/\s+/);
  const before = words.at(-2)?.toLowerCase() ?? '';
  return DETERMINER_OR_PREPOSITION.test(before) || /^\d/.test(before) || NUMBER_WORD_LEXICON.record[before] !== undefined;
}

/** Nouns for a text someone issues: "statement", "post", "update", "letter". */
const isTextNoun = (w: string) => REPORTING_NOUNS.has(w) || DOCUMENT_NOUNS.has(w);

/** The lead-in "X issued the following statement:", its verb any finite verb (on the lexicon, in -ed, or as the tagger reads it). */
function textObjectLeadIn(clause: string, clauseStart: number, isVerbAt: (at: number) => boolean): SetOffLeadIn | null {
  const m = [...clause.matchAll(TEXT_OBJECT)].findLast((x) => isAdjunctTail(clause.slice((x.index as number) + x[0].length)));
  if (!m || !isTextNoun(m[2] as string)) return null;
  const verb = m[1] as string;
  const at = m.index as number;
  const isVerb = isFiniteSpeechVerb(verb) || /ed$/.test(verb) || isVerbAt(clauseStart + at);
  const subject = clause.slice(0, at).trim();
  // "Which prompted this response from Ana Ruiz:": a clause about the text before, whose writer is no subject.
  if (!isVerb || verb.endsWith('ing') || !isSubject(subject) || /^(?:which|that|this|it|what)$/i.test(subject)) return null;
  return { clauseStart, verbStart: clauseStart + at, verbEnd: clauseStart + at + verb.length, textNoun: m[2] as string };
}

/** Double marks in a text: an odd count leaves a quotation open. */
function countMarks(s: string): number {
  let n = 0;
  for (const c of s) if (c === '"' || c === '“' || c === '”') n++;
  return n;
}

/**
 * Words before the verb that can be its subject: some words, the last not an auxiliary ("was described"
 * is a passive), no conjunction "that" (the verb would be in a reported clause), marks only around a
 * short name or handle ("Weibo user “Little Fish” commented").
 */
function isSubject(subject: string): boolean {
  if (subject === '' || subject.split(/\s+/).length > 14) return false;
  const last = subject.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (AUXILIARY_LEXICON.words.has(last) || OPEN_WORD.test(last) || /\bthat\b/i.test(subject)) return false;
  const bare = subject.replace(/[“"][^“”"]{1,30}[”"]/g, 'X');
  return !/[“”"]/.test(bare);
}

/** A list item, a table row or a line of marks: what a colon introduces when it is not someone's words. */
const NOT_PROSE = /^(?:[*•·▪◦–—-]\s|\d{1,2}[.)]\s|\(?[a-z][.)]\s|[|#>])|\t|\s\|\s/;

/**
 * Whether the paragraph after a lead-in can be the words it sets off: prose, not a list, a table, a line
 * opened by quotation marks or a handle (read as such elsewhere), nor another lead-in.
 *
 * @example
 * isSetOffBlock('Water up to my chest. Please send boats.') // true
 * isSetOffBlock('1. Lower taxes for small firms;') // false
 */
export function isSetOffBlock(block: string): boolean {
  const t = block.trim();
  return t !== '' && !/^[“"‘'@(\[]/.test(t) && !NOT_PROSE.test(t) && !t.endsWith(':');
}

/** "One Weibo user", "another commenter", "a Facebook user": one unnamed person, by a noun for people at the head. */
const INDEFINITE = /^(?:.*,\s+)?(?:[Aa]nd\s+)?([Oo]ne|[Aa]n?|[Aa]nother)\s+((?:\p{Lu}[\p{L}-]*\s+){0,2})(\p{Ll}+)$/u;
/** "Netizen @lee88", "Twitter user @lee88": the handle is how the article names the writer. */
const HANDLE = /(?:^|[\s(])(@[\p{L}\p{N}_-]{2,30})\)?,?$/u;

/**
 * "grgreg", "LJ user svetofor_kg": a user name in lower case, alone as a subject (a blog roundup names its writers so).
 * Groups: the name.
 */
const BARE_HANDLE = /^(?:.*,\s+)?(?:(?:\p{Lu}[\p{L}]*\s+)?user\s+)?(\p{Ll}[\p{Ll}\p{N}]*(?:[_.-][\p{Ll}\p{N}]+)*)$/u;
/** Lower-case words that stand alone as subjects in English prose: pronouns and quantifiers, never a user's name. */
const NOT_HANDLE = /^(?:i|you|he|she|it|we|they|one|each|another|other|others|none|all|both|either|neither|many|most|some|several|few|(?:every|some|any|no)(?:one|body))$/;

/**
 * Who a lead-in's subject describes when it names nobody (its words before the verb): a handle as written
 * ("@lee88", or a user name in lower case, "svetofor_kg", "grgreg"), or one unnamed person as the article
 * describes them, lower-cased ("one Weibo user"); null otherwise ("One of them", "Many", "Critics"), for the
 * article then does not say who.
 *
 * @example
 * describedWriter('Meanwhile, one Weibo user') // 'one Weibo user'
 * describedWriter('Netizen @lee88') // '@lee88'
 * describedWriter('LJ user svetofor_kg') // 'svetofor_kg'
 */
export function describedWriter(subject: string): string | null {
  const s = subject.trim();
  const handle = HANDLE.exec(s);
  if (handle) return handle[1] as string;
  // A plural noun ("critics", "users") is a group, not one writer's name.
  const bare = BARE_HANDLE.exec(s);
  if (bare && !NOT_HANDLE.test(bare[1] as string) && !/[^s]s$/.test(bare[1] as string)) return bare[1] as string;
  const m = INDEFINITE.exec(s);
  if (!m || !PERSON_NOUNS.has(m[3] as string)) return null;
  return `${(m[1] as string).toLowerCase()} ${m[2] as string}${m[3] as string}`;
}
