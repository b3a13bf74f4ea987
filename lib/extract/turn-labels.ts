/**
 * Speaker labels of transcripts and interviews, as written at a paragraph's start ("MR. PRICE:", "Q Hello.",
 * "Andrew Marr:", "William Hague (Foreign Secretary):", Hansard's "The Minister (Mr David Willetts):", the Public
 * Papers' "President Bush. …"), and whether the labels found make the article a transcript. turns.ts reads the
 * turns they open.
 */
import { NAME_ABBREVIATIONS } from './lexicons/abbreviations';
import { CITY_LEXICON, COUNTRY_LEXICON, WORLD_CITY_LEXICON } from './lexicons/places';
import { TITLE_HEADS, TITLE_WORDS } from './lexicons/titles';
import type { Paragraph } from './paragraph-type';
import { PARTICLES } from './name-words';

/** A speaker label at a paragraph's start, as written. */
export interface SpeakerLabel {
  start: number;
  end: number;
  /** The label without its colon or the role after it: "MR. PRICE", "DAVID MILIBAND", "Spokesperson Matthew Miller". */
  text: string;
  /** The label sits in a paragraph of its own that introduces the next ones ("… attributable to X:"). */
  isIntro?: boolean;
  /** The label is a name as written on a line of its own (under a "Press Statement" heading, or a speech's byline): the short lines after it (post, place, date) are no speech. */
  skipsHeader?: boolean;
  /** Handed over by "X said:": the turn lasts while its paragraphs speak in the first person. */
  needsFirstPerson?: boolean;
  /** Wikinews' "((Wikinews))" or "((WN))": the reporter who asks, named in the story if at all. */
  isInterviewer?: boolean;
  /** A tweet quoted on a line of its own, "@Moawen: …": the text is the handle, whom the story introduced by it. */
  isHandle?: boolean;
  /** A roundup's line "Ana Ruiz, El País: …" without marks: the text is the name, the outlet left out. */
  isRoundupLine?: boolean;
  /** A post signed on the line after it ("— Ana Ruiz (@anaruiz) November 16, 2015"): the label is that name, the whole paragraph the post. */
  isSignedPost?: boolean;
  /**
   * A line under a roundup's heading (roundup-entries.ts): the text is the writer its own line names, between start and
   * end (empty when it names none), its words between entryStart and entryEnd.
   */
  isRoundupEntry?: boolean;
  entryStart?: number;
  entryEnd?: number;
  /** A lead-in that hands over one post ("X reports from one dinner on Twitter:"): its turn is the one paragraph after it. */
  isOnePost?: boolean;
  /** A lead-in naming no person ("The Kenya Post observed that …:"): the text is its subject as written. */
  isLeadIn?: boolean;
  /** A lead-in set off by its verb of saying ("One user wrote on Weibo:"): where its subject ends, before the verb. */
  subjectEnd?: number;
}

/** Words in capitals that open a paragraph with a colon yet name nobody. */
const NOT_SPEAKERS = new Set([
  'NOTE', 'UPDATE', 'UPDATED', 'EDITOR', 'EDITORS', 'CORRECTION', 'PHOTO', 'VIDEO', 'WATCH', 'READ', 'RELATED', 'SOURCE', 'SOURCES',
  'ADVERTISEMENT', 'TRANSCRIPT', 'END', 'BREAKING', 'LISTEN', 'CATEGORIES', 'TAGS', 'SEE', 'ALSO', 'WARNING', 'CLARIFICATION',
  'PICTURE', 'PICTURES', 'CAPTION', 'IMAGE', 'CREDIT', 'FILE', 'PHOTOS', 'GRAPHIC', 'MAP', 'CHART',
  // A broadcast script's fields (VOA: "INTRO: …", "TEXT: …"): the anchor's and the reporter's lines, no one's label.
  'INTRO', 'TEXT', 'OUTRO', 'TAG', 'BYLINE', 'DATELINE', 'CONTENT',
]);

/**
 * "MR. PRICE:", "SENIOR ADMINISTRATION OFFICIAL:", "Q:", "AM:", optionally with a role after a comma or in
 * brackets before the colon ("DAVID MILIBAND, FOREIGN SECRETARY:").
 */
const CAPS_LABEL = /^(?:\d{1,3}\.\s+)?((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,4})(?:, [A-Z][A-Z .'’-]{1,50})?(?: ?\([^)\n]{1,60}\))?: +(?=\S)/;
/**
 * A small particle inside a name ("Bashar al-Assad", "Alexander Van der Bellen", "Najib bin Abdul Razak"): a label's
 * words are capitalised but for these, which would otherwise end the name before them.
 */
const NAME_PARTICLE = String.raw`(?:(?:al|el|ad|an|as|ash|at|az|ul)-\p{Lu}[\p{L}'’-]*|(?:${[...PARTICLES].join('|')})(?= \p{Lu}| (?:${[...PARTICLES].join('|')}) \p{Lu}))`;
/** What may be a label the patterns above do not read ("Dr Ana Ruiz, WHO:"): it ends the turn before it. */
const OTHER_LABEL = /^[^\s:“"‘]{1,30}(?: [^\s:“"‘]{1,30}){0,5}: /;
/**
 * "Andrew Marr:", "William Hague (Foreign Secretary):", "President of China Xi Jinping (retranslated):":
 * capitalised words, with "of" or "the" between them. A copied page may lose the space after the colon
 * ("President of Russia Vladimir Putin:Mr Prime Minister"); a capital, then a small letter, still opens the words.
 */
const NAME_LABEL = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: (?:of |the |of the )?\p{Lu}[\p{L}.'’-]*| ${NAME_PARTICLE}){0,7})(?: ?\(([^)\n]{1,60})\))? ?:(?: +(?=[\p{L}“"‘])|(?=\p{Lu}\p{Ll}))`, 'u');
/**
 * A long post before the name, as kremlin.ru writes a guest's label ("General Secretary of the Communist Party of the
 * Socialist Republic of Vietnam Nguyen Phu Trong (retranslated):"): read only with a transcript's note in brackets,
 * which a heading or a clause before a colon never has.
 */
const LONG_NOTED_LABEL = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: (?:of |the |of the )?\p{Lu}[\p{L}.'’-]*| ${NAME_PARTICLE}){8,14}) ?\(([^)\n]{1,60})\) ?:(?: +(?=[\p{L}“"‘])|(?=\p{Lu}\p{Ll}))`, 'u');
/** Notes in brackets that only transcripts put after a speaker: "(retranslated)", "(via interpreter)". */
const TRANSCRIPT_NOTE = /^(?:re)?translated|interpret|speaking in\b|in [A-Z][a-z]+$/;
/** "MR PRICE:", "MS. JEAN-PIERRE:": a courtesy title opening a label in capitals names a speaker in any article. */
const HONORIFIC_LABEL = /^(?:MR|MS|MRS|DR)\.? /;
/** Hansard: "The Minister for Universities and Science (Mr David Willetts): …": a post, then the name in brackets. */
const HANSARD_LABEL = /^\p{Lu}[^:()\n]{2,100} \(((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron)\.? [^()\n:]{2,60})\): +(?=\S)/u;
/**
 * A label on a line of its own, the turn's words in the paragraphs below (kremlin.ru): "President of
 * Russia Vladimir Putin:", "Vladimir Putin:", "President of Turkey Recep Tayyip Erdogan (retranslated):".
 */
const OWN_LINE_LABEL = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: (?:of |the |of the )?\p{Lu}[\p{L}.'’-]*| ${NAME_PARTICLE}){1,9})(?: ?\(([^)\n]{1,60})\))?:$`, 'u');
/** A label in capitals on a line of its own: "MODERATOR:", "SENIOR STATE DEPARTMENT OFFICIAL:". */
const OWN_LINE_CAPS = /^((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,4}):$/;
/** Wikinews interviews mark the reporter's turns "((Wikinews))" or "((WN))", without a colon. */
const WIKINEWS_LABEL = /^\(\((Wikinews|WN)\)\) */;
/** White House style: "Q Hello." with no colon after the Q. */
const BARE_Q = /^(Q) +(?=[\p{Lu}\d—–“"‘'(])/u;
/**
 * The Public Papers of the Presidents (and The American Presidency Project's copies): the label is a
 * sentence of its own, "President Bush. It's been my honor …", "The President. Well, …", "Q. Mr. President, …".
 */
const DOT_LABEL = /^((?:The |(?:Mr|Mrs|Ms|Dr)\. )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}|Q)\. +(?=[\p{Lu}\d“"‘(])/u;

/**
 * Whether a line opens with a speaker label in capitals ("MR. PRICE:", "Q "): such a line is a turn of a
 * transcript, never page furniture, however short.
 *
 * @example
 * opensWithCapsLabel('MS. JEAN-PIERRE:  (Laughs.)') // true
 */
export function opensWithCapsLabel(line: string): boolean {
  return CAPS_LABEL.test(line) || BARE_Q.test(line);
}

/** A label and whether it shows by itself that the article is a transcript. */
export interface FoundLabel extends SpeakerLabel {
  isCaps: boolean;
  isTelling: boolean;
  /** A line of its own ("Key Points:" looks like one too): it makes a transcript only when it tells it by itself. */
  isOwnLine?: boolean;
}

/** The speaker label opening paragraph p, or null. */
export function labelOf(body: string, p: Paragraph): FoundLabel | null {
  const head = body.slice(p.start, Math.min(p.end, p.start + 200));
  // Every label has a colon, but White House's bare "Q": most paragraphs are ruled out here.
  if (!head.includes(':') && !head.startsWith('Q ') && !head.startsWith('((')) return null;
  const hansard = HANSARD_LABEL.exec(head);
  if (hansard) return { start: p.start, end: p.start + hansard[0].length, text: hansard[1] as string, isCaps: false, isTelling: true };
  const wikinews = WIKINEWS_LABEL.exec(head);
  if (wikinews) return { start: p.start, end: p.start + wikinews[0].length, text: wikinews[1] as string, isCaps: false, isTelling: true, isInterviewer: true };
  const caps = CAPS_LABEL.exec(head) ?? BARE_Q.exec(head);
  const inline = caps ?? NAME_LABEL.exec(head) ?? longNotedLabel(head);
  // "MODERATOR:", "FOREIGN MINISTER YANG:" on a line of its own, the turn's words in the paragraphs below. Of several
  // words in capitals, only a post or a courtesy title makes a speaker: "KEY POINTS:" is a heading.
  const capsLine = inline ? null : p.end - p.start <= 60 ? OWN_LINE_CAPS.exec(body.slice(p.start, p.end)) : null;
  const ownCaps = capsLine && (!(capsLine[1] as string).includes(' ') || namesPost(capsLine[1] as string)) ? capsLine : null;
  const ownLine = inline || ownCaps ? null : p.end - p.start <= 120 ? OWN_LINE_LABEL.exec(body.slice(p.start, p.end)) : null;
  if (ownCaps && !NOT_SPEAKERS.has((ownCaps[1] as string).split(' ')[0]?.replace(/[.'’]/g, '') ?? '')) {
    return { start: p.start, end: p.end, text: ownCaps[1] as string, isCaps: true, isTelling: HONORIFIC_LABEL.test(ownCaps[1] as string), isOwnLine: true };
  }
  const m = inline ?? ownLine;
  if (!m) return null;
  const text = m[1] as string;
  if (NOT_SPEAKERS.has((text.split(' ')[0] as string).replace(/[.'’]/g, '').toUpperCase())) return null;
  const isTelling = caps !== null
    ? HONORIFIC_LABEL.test(text) || text.includes(' ')
    : TRANSCRIPT_NOTE.test(m[2] ?? '') || (text.split(' ').length >= 3 && TITLE_HEADS.words.has((text.split(' ')[0] as string).toLowerCase()));
  return { start: p.start, end: p.start + m[0].length, text, isCaps: caps !== null, isTelling, isOwnLine: ownLine !== null };
}

/** A label with a long post and a transcript's note, as LONG_NOTED_LABEL reads it, or null. */
function longNotedLabel(head: string): RegExpExecArray | null {
  const m = LONG_NOTED_LABEL.exec(head);
  return m && TRANSCRIPT_NOTE.test(m[2] as string) ? m : null;
}

/** Whether a label in capitals holds a post or a courtesy title ("FOREIGN MINISTER YANG", "MR. PRICE"). */
function namesPost(text: string): boolean {
  return HONORIFIC_LABEL.test(text) || text.toLowerCase().split(' ').some((w) => TITLE_HEADS.words.has(w));
}

/** Lower-case words a label may hold between names ("Dr Ana Ruiz, WHO", "Head of the Delegation"). */
const LABEL_GLUE = /^(?:of|the|and|for|de|da|van|von|al|bin|el)$/;

/** A label the patterns do not read; a clause before a colon ("With regard to housing: …") is none. */
export function isOtherLabel(head: string): boolean {
  const m = OTHER_LABEL.exec(head);
  if (!m) return false;
  return m[0].slice(0, -2).split(/[\s,]+/).every((w) => !/^\p{Ll}/u.test(w) || LABEL_GLUE.test(w));
}

/**
 * Whether the words before a paragraph's first full stop can only be a speaker: a title and a name
 * ("President Bush", "Prime Minister Blair"), "The" and a title ("The President"), a courtesy title and a
 * name ("Mr. Fitzwater") or two names ("Marlin Fitzwater"), and no abbreviation ("Gen. Smith said …",
 * "Acme Co. reported …": the full stop ends no sentence there).
 */
function isDotLabelText(text: string): boolean {
  const words = text.split(' ');
  if (NAME_ABBREVIATIONS.words.has((words[words.length - 1] as string).toLowerCase())) return false;
  const isTitle = (w: string) => TITLE_HEADS.words.has(w.toLowerCase()) || TITLE_WORDS.words.has(w.toLowerCase());
  const [first, ...rest] = words as [string, ...string[]];
  if (first === 'The') return rest.every(isTitle) && rest.some((w) => TITLE_HEADS.words.has(w.toLowerCase()));
  if (/^(?:Mr|Mrs|Ms|Dr)\.$/.test(first)) return rest.length >= 1;
  return words.length >= 2 && !words.every(isTitle);
}

/**
 * The labels of the Public Papers' style ("President Bush. …", "Q. …") where no other label was read, or
 * none: the style must recur (two labels, one naming someone) and a labelled turn must speak in the first
 * person, so a list of profiles ("Ana Ruiz. The mayor has …") is no transcript.
 */
export function dotLabelsOf(body: string, paragraphs: Paragraph[], labels: (FoundLabel | null)[]): (FoundLabel | null)[] {
  const found = paragraphs.map((p): FoundLabel | null => {
    if (p.isJunk || labels[p.index]) return null;
    const m = DOT_LABEL.exec(body.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m || (m[1] !== 'Q' && !isDotLabelText(m[1] as string))) return null;
    return { start: p.start, end: p.start + m[0].length, text: m[1] as string, isCaps: false, isTelling: true };
  });
  const speaks = found.some((l, i) => l !== null && l.text !== 'Q' && FIRST_PERSON.test(body.slice(l.end, (paragraphs[i] as Paragraph).end)));
  return found.filter((l) => l !== null).length >= 2 && speaks ? found : [];
}

export function isTranscript(found: FoundLabel[]): boolean {
  if (found.some((l) => l.isTelling) || found.filter((l) => l.isCaps).length >= 2) return true;
  return new Set(found.filter((l) => !l.isCaps && !l.isOwnLine && l.text.includes(' ')).map((l) => l.text)).size >= 2;
}

/** A person's name as a label writes it: two to four capitalised words, no post, initial or glue ("Vladimir Putin"). */
const BARE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/** Words in lower case, as a sentence has them and a title-case heading ("Secretary Pompeo’s Meeting With …") lacks. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

/** Whether a label's words may be a person's name: none a post ("President Putin") nor a place ("New Delhi"). */
function isBareName(text: string): boolean {
  if (!BARE_NAME.test(text)) return false;
  const words = text.toLowerCase().split(' ');
  const isPlace = (w: string) => COUNTRY_LEXICON.words.has(w) || CITY_LEXICON.words.has(w) || WORLD_CITY_LEXICON.words.has(w);
  return !isPlace(words.join('-')) && words.every((w) => !isPlace(w) && !TITLE_HEADS.words.has(w) && !TITLE_WORDS.words.has(w));
}

/**
 * The paragraph whose label alone makes a transcript, or -1: an excerpt that kept one speaker's label, opening its
 * body ("Vladimir Putin: My sincere greetings to you, Mr President." then his lines until the text ends). The label
 * is a bare name; the words after it (or on the next line, for a label on a line of its own) make a sentence; the
 * turn speaks in the first person. A heading ("Press Releases: Secretary Pompeo’s Meeting With …") is none; a salutation
 * ("Vladimir Putin: Dear Mr Chairman!") leaves the test to the line after it.
 */
export function openingLabelAt(body: string, paragraphs: Paragraph[], labels: (FoundLabel | null)[]): number {
  const first = paragraphs.find((p) => !p.isJunk);
  const label = first ? labels[first.index] : null;
  if (!first || !label || label.isCaps || !isBareName(label.text)) return -1;
  const opening = openingWords(body, paragraphs, first, label);
  const isSentence = /[.!?…][”"’)]?$/.test(opening) && (opening.match(LOWER_WORD) ?? []).length >= 3;
  const nextLabel = labels.findIndex((l, i) => i > first.index && l !== null);
  const turn = body.slice(label.end, nextLabel < 0 ? body.length : (paragraphs[nextLabel] as Paragraph).start);
  return isSentence && FIRST_PERSON.test(turn.replace(/“[^“”]*”|"[^"\n]*"/g, '')) ? first.index : -1;
}

/** A line that only addresses the audience: "Dear Mr Chairman!", "Mr Prime Minister, ladies and gentlemen,". */
const SALUTATION = /^(?:\S+ ){0,7}\S+[!,]$/;

/**
 * The first words after an opening label that are more than a salutation: the rest of its line, or the next
 * line for a label on a line of its own, past up to three lines that only address the audience.
 */
function openingWords(body: string, paragraphs: Paragraph[], first: Paragraph, label: FoundLabel): string {
  let at = label.isOwnLine ? first.index + 1 : first.index;
  const lineAt = (i: number) => {
    const p = paragraphs[i];
    return p ? body.slice(i === first.index ? label.end : p.start, p.end).trim() : '';
  };
  while (at < first.index + 4 && SALUTATION.test(lineAt(at)) && paragraphs[at + 1]) at++;
  return lineAt(at);
}

/** "I", "we", "our": the words of a speech or statement, not the reporter's. */
export const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|we|We|our|Our|us|my|My|me|we’re|We’re|we've|we’ve)(?![\p{L}'’])/u;
