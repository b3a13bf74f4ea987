import type { Paragraph, QuoteSpan } from './text';

/**
 * Transcripts and interviews: paragraphs opened by a speaker label ("MR. PRICE: Good afternoon.",
 * "Q Hello.", "Andrew Marr: Welcome.", "AM: So what …", "William Hague (Foreign Secretary): Thank you.").
 * What follows a label, and every paragraph after it until the next label, is that speaker's words:
 * quotations without quotation marks.
 */

/** A speaker label at a paragraph's start, as written. */
export interface SpeakerLabel {
  start: number;
  end: number;
  /** The label without its colon or the role after it: "MR. PRICE", "DAVID MILIBAND", "Spokesperson Matthew Miller". */
  text: string;
  /** The label sits in a paragraph of its own that introduces the next ones ("… attributable to X:"). */
  isIntro?: boolean;
}

/** Words in capitals that open a paragraph with a colon yet name nobody. */
const NOT_SPEAKERS = new Set([
  'NOTE', 'UPDATE', 'UPDATED', 'EDITOR', 'EDITORS', 'CORRECTION', 'PHOTO', 'VIDEO', 'WATCH', 'READ', 'RELATED', 'SOURCE', 'SOURCES',
  'ADVERTISEMENT', 'TRANSCRIPT', 'END', 'BREAKING', 'LISTEN', 'CATEGORIES', 'TAGS', 'SEE', 'ALSO', 'WARNING', 'CLARIFICATION',
  'PICTURE', 'PICTURES', 'CAPTION', 'IMAGE', 'CREDIT', 'FILE', 'PHOTOS', 'GRAPHIC', 'MAP', 'CHART',
]);

/**
 * "MR. PRICE:", "SENIOR ADMINISTRATION OFFICIAL:", "Q:", "AM:", optionally with a role after a comma or in
 * brackets before the colon ("DAVID MILIBAND, FOREIGN SECRETARY:").
 */
const CAPS_LABEL = /^((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,4})(?:, [A-Z][A-Z .'’-]{1,50})?(?: ?\([^)\n]{1,60}\))?: +(?=\S)/;
/** What may be a label the patterns above do not read ("Dr Ana Ruiz, WHO:"): it ends the turn before it. */
const OTHER_LABEL = /^[^\s:“"‘]{1,30}(?: [^\s:“"‘]{1,30}){0,5}: /;
/**
 * "Andrew Marr:", "William Hague (Foreign Secretary):", "President of China Xi Jinping (retranslated):":
 * capitalised words, with "of" or "the" between them.
 */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’-]+(?: (?:of |the |of the )?\p{Lu}[\p{L}.'’-]*){0,7})(?: ?\(([^)\n]{1,60})\))?: +(?=\S)/u;
/** Notes in brackets that only transcripts put after a speaker: "(retranslated)", "(via interpreter)". */
const TRANSCRIPT_NOTE = /^(?:re)?translated|interpret|speaking in\b|in [A-Z][a-z]+$/;
/** "MR PRICE:", "MS. JEAN-PIERRE:": a courtesy title opening a label in capitals names a speaker in any article. */
const HONORIFIC_LABEL = /^(?:MR|MS|MRS|DR)\.? /;
/**
 * A paragraph that hands the next ones to a speaker without quotation marks: "The below is attributable
 * to Spokesperson Matthew Miller:", "The following is a statement by the Prime Minister:".
 */
const ATTRIBUTABLE = /^(?:The (?:below|following) (?:is|are) (?:attributable to|a statement (?:from|by))|(?:Full )?[Ss]tatement (?:from|by)) (.{3,120}?):$/;
/** White House style: "Q Hello." with no colon after the Q. */
const BARE_Q = /^(Q) +(?=[\p{Lu}\d—–“"‘'(])/u;
/** Lines that close a transcript: "END 3:15 P.M. EST", "###". */
const TRANSCRIPT_END = /^(?:END\b|#{3}|\*\s*\*\s*\*|[—–-]{2,})/;

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
interface FoundLabel extends SpeakerLabel {
  isCaps: boolean;
  isTelling: boolean;
}

/** The speaker label opening paragraph p, or null. */
function labelOf(body: string, p: Paragraph): FoundLabel | null {
  const head = body.slice(p.start, Math.min(p.end, p.start + 160));
  const caps = CAPS_LABEL.exec(head) ?? BARE_Q.exec(head);
  const m = caps ?? NAME_LABEL.exec(head);
  if (!m) return null;
  const text = m[1] as string;
  if (NOT_SPEAKERS.has((text.split(' ')[0] as string).replace(/[.'’]/g, '').toUpperCase())) return null;
  const isTelling = (caps !== null && HONORIFIC_LABEL.test(text)) || (caps === null && TRANSCRIPT_NOTE.test(m[2] ?? ''));
  return { start: p.start, end: p.start + m[0].length, text, isCaps: caps !== null, isTelling };
}

/**
 * The quotations of a transcript: one per paragraph of each speaker's turn, with the turn's label.
 * An article is read as a transcript when at least two paragraphs open with a label in capitals
 * ("MR. PRICE:", "Q"), so that a single "WASHINGTON:" line never makes one; then a label in title case
 * ("Andrew Marr:") counts too.
 *
 * @example
 * const body = 'MR PRICE: Good afternoon.\n\nQ: Thanks.\n\nMR PRICE: Next question.';
 * findTurns(body, paragraphsOf(body)).map((t) => t.label?.text) // ['MR PRICE', 'Q', 'MR PRICE']
 */
export function findTurns(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const labels: (SpeakerLabel | null)[] = paragraphs.map((p) => (p.isJunk ? null : labelOf(body, p)));
  const found = labels.filter((l): l is FoundLabel => l !== null);
  if (found.filter((l) => l.isCaps).length < 2 && !found.some((l) => l.isTelling)) labels.fill(null);
  for (const p of paragraphs) {
    const m = p.isJunk ? null : ATTRIBUTABLE.exec(body.slice(p.start, p.end));
    if (m) labels[p.index] = { start: p.end - 1 - (m[1] as string).length, end: p.end - 1, text: m[1] as string, isIntro: true };
  }
  if (!labels.some((l) => l !== null)) return [];
  const out: QuoteSpan[] = [];
  let current: SpeakerLabel | null = null;
  for (const p of paragraphs) {
    const label = labels[p.index] ?? null;
    if (label) current = label;
    else if (p.isJunk || TRANSCRIPT_END.test(body.slice(p.start, p.start + 12)) || OTHER_LABEL.test(body.slice(p.start, p.start + 120))) {
      if (!p.isJunk) current = null;
      continue;
    }
    if (!current) continue;
    const contentStart = label ? (label.isIntro ? p.end : label.end) : p.start;
    if (contentStart >= p.end) continue;
    out.push({
      open: p.start, close: p.end, contentStart, contentEnd: p.end, isClosed: true, paragraph: p.index, opensParagraph: false, label: current,
    });
  }
  return out;
}

/**
 * The quotations of an article with its transcript turns: a quotation inside a turn is part of what
 * the speaker said, so the turn stands for it.
 */
export function withTurns(spans: QuoteSpan[], turns: QuoteSpan[]): QuoteSpan[] {
  if (turns.length === 0) return spans;
  const turnParagraphs = new Set(turns.map((t) => t.paragraph));
  return [...spans.filter((s) => !turnParagraphs.has(s.paragraph)), ...turns].sort((a, b) => a.open - b.open);
}
