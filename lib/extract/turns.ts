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
  /** The label without its colon, role in brackets or honorific full stop: "MR. PRICE" → "MR. PRICE". */
  text: string;
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
/** "Andrew Marr:", "William Hague (Foreign Secretary):": up to four capitalised words. */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,3})(?: ?\([^)\n]{1,60}\))?: +(?=\S)/u;
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

/** The speaker label opening paragraph p, or null. Title-case labels count only in a transcript (see findTurns). */
function labelOf(body: string, p: Paragraph, allowNames: boolean): SpeakerLabel | null {
  const head = body.slice(p.start, Math.min(p.end, p.start + 120));
  const m = CAPS_LABEL.exec(head) ?? BARE_Q.exec(head) ?? (allowNames ? NAME_LABEL.exec(head) : null);
  if (!m) return null;
  const text = m[1] as string;
  const words = text.split(' ');
  if (NOT_SPEAKERS.has((words[0] as string).replace(/[.'’]/g, ''))) return null;
  return { start: p.start, end: p.start + m[0].length, text };
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
  const caps = paragraphs.filter((p) => !p.isJunk && labelOf(body, p, false)).length;
  if (caps < 2) return [];
  const labels = paragraphs.map((p) => (p.isJunk ? null : labelOf(body, p, true)));
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
    const contentStart = label ? label.end : p.start;
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
