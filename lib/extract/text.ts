import { isCutEnding } from './cut-ending';
import { lowerBound } from './sorted';
import { SENTENCE_ABBREVIATIONS } from './lexicons/abbreviations';
import { opensWithCapsLabel, type SpeakerLabel } from './turn-labels';
import type { Paragraph } from './paragraph-type';
import type { Span } from './types';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const WORD_OR_STOP = /[\p{L}\p{N}.,!?;:)\]…]/u;
/** What an unopened closing mark follows and precedes: a word's last letter or a stop ("region,” the …"), not a digit (5'10"). */
const UNOPENED_CLOSE_BEFORE = /[\p{L}.,!?…]/u;
const UNOPENED_CLOSE_AFTER = /[\s.,;:!?)\]—–-]/u;
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_LOWER = /^\s\p{Ll}/u;
/** A sentence's end; `splitSentences` sets its lastIndex before each scan. The second form: a space dropped after the full stop ("on Thursday.President Obama said", VOA scripts). */
const SENTENCE_END = /[.!?…]+["”»’')]*(?=\s+["“„«‘'(]?[\p{Lu}\d])|[.!?](?<=\p{Ll}{2}[.!?])(?=["“]?\p{Lu}\p{Ll})/gu;

/** Kept here too: most readers of paragraphs import the type from this module. */
export type { Paragraph } from './paragraph-type';

/** A stretch between quotation marks, found without altering the text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or the paragraph end when the quote never closes. */
  close: number;
  /** Trimmed quoted words [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  isClosed: boolean;
  paragraph: number;
  /** The opening mark is the first character of its paragraph (a continued quotation may start so). */
  opensParagraph: boolean;
  /** A transcript turn ("MR. PRICE: …"): the speaker label, the quotation having no marks (see turns.ts). */
  label?: SpeakerLabel;
  /** Words a turn's speaker quotes from someone he names ("as Dr. Johnson said, “…”"): inside the turn's span. */
  isQuotedInTurn?: boolean;
  /** Closed in its paragraph with no opening mark and no quotation running on into it: it opens at the paragraph's start. */
  isUnopened?: boolean;
}

const MAX_MARKS_PER_PARAGRAPH = 200;
/** Quotation marks by character code, as bits: the double marks “ „ « " ” », the single marks ' ‘ ’. */
const DOUBLE_MARKS = 1;
const SINGLE_MARKS = 2;
const MARK_CLASS = new Uint8Array(0x2020);
for (const c of [0x201c, 0x201e, 0xab, 0x22, 0x201d, 0xbb]) MARK_CLASS[c] = DOUBLE_MARKS;
for (const c of [0x27, 0x2018, 0x2019]) MARK_CLASS[c] = SINGLE_MARKS;
const CLOSERS = new Set(['”', '»', '"']);
const JUNK_LINE =
  /^(?:read more|next story|previous story|leave a reply|leave a comment|see also\b|also read\b|related\b|advertisement|share this|share on|subscribe|sign up|click here|follow us|comments?$|print$|email$|x$|photo:|image:|file photo)/i;
const SYNDICATION = /syndicated feed|auto-published|has not been edited by|distributed by|all rights reserved|©/i;
const BYLINE = /^(?:by\s+)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2}$/;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Whether a line is page furniture rather than article prose: a repeated headline, "Read More",
 * a byline, a syndication note, a short subhead. Such lines never yield facts.
 */
export function isJunkLine(line: string, title: string, normalizedTitle = norm(title)): boolean {
  const t = line.trim();
  if (t.length <= 2) return true;
  if (JUNK_LINE.test(t)) return true;
  if (t.length < 400 && SYNDICATION.test(t)) return true;
  const ntitle = normalizedTitle;
  // The normalized line keeps every ASCII letter and digit, so a line with many more of them than the
  // title cannot be the title: most prose paragraphs are skipped without normalizing them.
  if (ntitle && asciiAlnumCount(t, ntitle.length + 30) < ntitle.length + 30) {
    const nt = norm(t);
    if (nt === ntitle || (nt.startsWith(ntitle) && nt.length - ntitle.length < 30)) return true;
  }
  if (/[“”"«»]/.test(t) || opensWithCapsLabel(t)) return false;
  if (BYLINE.test(t)) return true;
  // Subheads: a few words with no sentence punctuation ("French-led talks", "Proposals Moscow").
  if (/[.!?:;,]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words <= 7 && !/\d{3,}/.test(t)) return true;
  return false;
}

/**
 * A photo credit closing a line: "(AP Photo/Jo Lee)", "NTB/Jo Lee via REUTERS", "Photo: Jo Lee/Getty Images", or the
 * agency first without brackets, as wire captions are pasted ("… June 30, 2019. REUTERS/Kevin Lamarque.").
 */
const PHOTO_CREDIT =
  /(?:\((?:AP|AFP|EPA|Reuters|REUTERS|Xinhua)(?: Photo)?\/[^()]{2,60}\)|\bvia (?:REUTERS|Reuters|Getty Images|AP|AFP)|\b(?:Photo|Photograph|Picture|Image)s?: [^.]{2,80}|\/(?:Getty Images|REUTERS|Reuters|AFP|AP|EPA|Bloomberg)|\b(?:REUTERS|Reuters|AP Photo|AP|AFP|EPA|Getty Images|Xinhua|Bloomberg)\/\p{Lu}[\p{L}.' -]{1,60})\.?$/u;

/**
 * Whether the paragraph [start, end) of body is a photo caption: it ends with a credit and quotes no
 * one. A caption describes a picture, not the story, so whom it names is no antecedent for the "he" of
 * the next paragraph, and the photographer it credits is no one at all.
 *
 * @example
 * const line = 'Workers clear debris in Tromsø on Monday. (AP Photo/Kari Lund)';
 * isPhotoCaption(line, 0, line.length) // true
 */
export function isPhotoCaption(body: string, start: number, end: number): boolean {
  if (end - start > 500) return false;
  // Only the tail can hold the credit; most paragraphs have none of its marks there and stop here.
  const tail = body.slice(Math.max(start, end - 100), end).trimEnd();
  if (!tail.includes('/') && !tail.includes('via ') && !tail.includes(': ')) return false;
  return PHOTO_CREDIT.test(tail) && !/[“”"«»]/.test(body.slice(start, end));
}

/** ASCII letters and digits in s, counted up to `limit`. */
function asciiAlnumCount(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/**
 * Splits a body into paragraphs (lines, with hard-wrapped continuation lines joined) and flags junk.
 *
 * @example
 * splitParagraphs('Title\n\nRead More\nHe said “yes.”', 'Title').map((p) => p.isJunk) // [true, true, false]
 */
export function splitParagraphs(body: string, title: string): Paragraph[] {
  const out: Paragraph[] = [];
  const normalizedTitle = norm(title);
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const prev = out[out.length - 1];
    // A hard-wrapped line: the previous line stops mid-sentence and this one starts in lower case.
    if (prev && !prev.isJunk && /^[a-z]/.test(trimmed) && !/[.!?:”"»]$/.test(body.slice(prev.start, prev.end))) {
      prev.end = end;
      continue;
    }
    out.push({ start, end, index: out.length, isJunk: isJunkLine(trimmed, title, normalizedTitle) });
  }
  const last = out[out.length - 1];
  if (last?.isJunk && isCutEnding(body.slice(last.start, last.end))) last.isJunk = false;
  return out;
}

/**
 * Finds quotations as they really come: curly or straight marks, a quote that never closes
 * (it ends with its paragraph), a closing mark written as an opening one (“…world. “Biden),
 * a closing mark stuck to the next word (”with), a closing mark typed as the opener (”We…”).
 * An article that quotes with single marks (‘…’ or '…', British, Irish and Australian house style)
 * is read with those instead, apostrophes told apart by their shape.
 * Linear in the paragraph length.
 */
export function findQuoteSpans(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Read once, both kinds in one pass: they decide the article's marks, and are what each paragraph is scanned for.
  const marks = paragraphs.map((p) => (p.isJunk ? NO_MARKS : marksIn(body, p)));
  const single = usesSingleMarks(body, paragraphs, marks);
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    const found = marks[p.index] ?? NO_MARKS;
    if (single) scanSingleMarks(body, p, found.single, spans);
    else {
      const last = spans[spans.length - 1];
      const continues = last !== undefined && !last.isClosed && !last.label && last.paragraph === p.index - 1;
      scanDoubleMarks(body, p, found.double, spans, continues);
    }
  }
  return spans;
}

/**
 * A quotation that closes in this paragraph with no opening mark before it: the paragraph up to its closing
 * mark. It runs on from the paragraph before without a new mark ("… elections soon.¶Free and fair elections
 * will rebuild confidence … Constitution.”), or its opening mark was dropped ("The fact that we are so many
 * nations here … in this region,” the Secretary General said."): a quotation crosses a paragraph break only
 * when the next paragraph opens with a mark, so an unopened close opens at its own paragraph's start, never
 * at the sentence before it. Without a quotation running on, the close must follow a word or a stop and end
 * the quoted words (a space, a stop or the paragraph's end after it), not open the next ones (”We …).
 * Returns how many marks it used.
 */
function continuedSpan(body: string, p: Paragraph, marks: number[], spans: QuoteSpan[], continues: boolean): number {
  const i = marks[0];
  if (i === undefined || i === p.start) return 0;
  const c = body[i] as string;
  const before = body[i - 1] as string;
  const after = body[i + 1] ?? ' ';
  if (!(c === '”' || (c === '"' && WORD_OR_STOP.test(before) && !(/[,:]/.test(before) && HAS_CAPITAL.test(after))))) return 0;
  if (!continues && !(UNOPENED_CLOSE_BEFORE.test(before) && (i + 1 >= p.end || UNOPENED_CLOSE_AFTER.test(after)))) return 0;
  let ce = i;
  while (ce > p.start && /\s/.test(body[ce - 1] as string)) ce--;
  if (!HAS_LETTER_OR_DIGIT.test(body.slice(p.start, ce))) return 0;
  spans.push({ open: p.start, close: i + 1, contentStart: p.start, contentEnd: ce, isClosed: true, paragraph: p.index, opensParagraph: true, ...(continues ? {} : { isUnopened: true }) });
  return 1;
}

/** Records the quotation from the mark at `open` to the one at `closeMark` (or the paragraph end). */
function pushSpan(spans: QuoteSpan[], body: string, p: Paragraph, open: number, closeMark: number, isClosed: boolean): void {
  let cs = open + 1;
  let ce = closeMark;
  while (cs < ce && /\s/.test(body[cs] as string)) cs++;
  while (ce > cs && /\s/.test(body[ce - 1] as string)) ce--;
  if (ce > cs && HAS_LETTER_OR_DIGIT.test(body.slice(cs, ce))) {
    spans.push({
      open,
      close: isClosed ? closeMark + 1 : p.end,
      contentStart: cs,
      contentEnd: ce,
      isClosed,
      paragraph: p.index,
      opensParagraph: open === p.start,
    });
  }
}

/** The positions of a paragraph's double and single marks; null for a kind with too many for prose. */
interface ParagraphMarks {
  double: number[] | null;
  single: number[] | null;
}

const NO_MARKS: ParagraphMarks = { double: [], single: [] };

/**
 * The positions of the marks (UTF-16 code units) in paragraph p, by kind, or null for a kind with too many for prose.
 * A scan of the paragraph's own characters: a global pattern run from its start would read on past its
 * end to the next mark of the article, which for a paragraph without marks is often many paragraphs on.
 */
function marksIn(body: string, p: Paragraph): ParagraphMarks {
  const double: number[] = [];
  const single: number[] = [];
  for (let i = p.start; i < p.end; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x2020) continue;
    const kind = MARK_CLASS[c] as number;
    if (kind === DOUBLE_MARKS) double.push(i);
    else if (kind === SINGLE_MARKS) single.push(i);
  }
  // A paragraph with this many marks is not prose (a table, a dump, an attack): no quotations in it.
  return {
    double: double.length > MAX_MARKS_PER_PARAGRAPH ? null : double,
    single: single.length > MAX_MARKS_PER_PARAGRAPH ? null : single,
  };
}

function scanDoubleMarks(body: string, p: Paragraph, marks: number[] | null, spans: QuoteSpan[], continues: boolean): void {
  if (!marks) return;
  let open = -1;
  for (let k = continuedSpan(body, p, marks, spans, continues); k < marks.length; k++) {
    const i = marks[k] as number;
    const c = body[i] as string;
    const before = i > p.start ? (body[i - 1] as string) : ' ';
    const after = i + 1 < p.end ? (body[i + 1] as string) : ' ';
    // A space dropped after a comma, colon or full stop (VOA scripts: 'She says,"We are …', 'it is."We must'): the mark still opens.
    const opensShape = (/[\s([{—–-]/.test(before) || (open < 0 && /[,:.]/.test(before) && HAS_CAPITAL.test(after))) && /[^\s]/.test(after) && i + 1 < p.end;
    if (open < 0) {
      // A closing mark typed as an opener (” at a line start or after a space, then a word) opens;
      // any other closer with nothing open is stray.
      if (c === '”' && !((i === p.start || /\s/.test(before)) && isWordStart(after))) continue;
      if (c === '»') continue;
      if (c === '"' && !(opensShape || i === p.start)) continue;
      if (i + 1 >= p.end) continue; // a mark as the last character opens nothing
      open = i;
      continue;
    }
    // Inside a quotation.
    if (c === '”' || c === '»' || (c === '"' && !opensShape)) {
      pushSpan(spans, body, p, open, i, true);
      open = -1;
      continue;
    }
    // An opener-shaped mark while open: a new quotation if a closer follows before the next
    // opener (the previous one simply never closed); otherwise a closer typed the wrong way.
    const next = marks[k + 1];
    const nextIsCloser = next !== undefined && CLOSERS.has(body[next] as string);
    if (opensShape && nextIsCloser) {
      pushSpan(spans, body, p, open, i, false);
      const last = spans[spans.length - 1];
      if (last && last.open === open) last.close = i;
      open = i;
    } else {
      pushSpan(spans, body, p, open, i, true);
      open = -1;
    }
  }
  if (open >= 0) pushSpan(spans, body, p, open, p.end, false);
}

/** Elisions that open with an apostrophe: "the '90s", "'til", "rock 'n' roll", "'em". */
const ELISION_AFTER = /^(?:\d0s|til\b|em\b|n'|n’|cause\b|tis\b|twas\b)/i;

/** ‘ or ' at a word's start (after a space, a bracket or a dash) and before a letter, not an elision. */
function opensSingle(body: string, i: number, p: Paragraph): boolean {
  const c = body[i] as string;
  if (c === '’') return false;
  const before = i > p.start ? (body[i - 1] as string) : ' ';
  return /[\s([{—–-]/.test(before) && HAS_LETTER_OR_DIGIT.test(body[i + 1] ?? '') && !ELISION_AFTER.test(body.slice(i + 1, i + 6));
}

/** ’ or ' after a word or a stop and before a space, a stop or the paragraph end. */
function closesSingle(body: string, i: number, p: Paragraph): boolean {
  if (body[i] === '‘' || i === p.start || /\s/.test(body[i - 1] as string)) return false;
  return i + 1 >= p.end || /[\s.,;:!?)\]—–-]/.test(body[i + 1] as string);
}

/**
 * Whether the article quotes with single marks: more single marks shaped as openers than double
 * marks of any kind. Nested quotations inside single marks are then double, and read as words.
 */
function usesSingleMarks(body: string, paragraphs: Paragraph[], marks: ParagraphMarks[]): boolean {
  const doubles = marks.reduce((n, m) => n + (m.double?.length ?? 0), 0);
  let openers = 0;
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    for (const i of marks[p.index]?.single ?? []) if (opensSingle(body, i, p) && ++openers > doubles) return true;
  }
  return false;
}

function scanSingleMarks(body: string, p: Paragraph, marks: number[] | null, spans: QuoteSpan[]): void {
  if (!marks) return;
  let open = -1;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k] as number;
    if (open < 0) {
      if (opensSingle(body, i, p) && i + 1 < p.end) open = i;
      continue;
    }
    if (!closesSingle(body, i, p)) continue; // an apostrophe inside a word ("won't", "O'Brien")
    // "the farmers' union": a plural possessive, when another closer follows before the next opener.
    if (body[i - 1] === 's' && SPACE_LOWER.test(body.slice(i + 1, i + 3)) && closerFollows(body, p, marks, k)) continue;
    pushSpan(spans, body, p, open, i, true);
    open = -1;
  }
  if (open >= 0) pushSpan(spans, body, p, open, p.end, false);
}

/** Whether a closer-shaped mark comes after marks[k] and before the next opener-shaped one. */
function closerFollows(body: string, p: Paragraph, marks: number[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const i = marks[j] as number;
    if (opensSingle(body, i, p)) return false;
    if (closesSingle(body, i, p)) return true;
  }
  return false;
}

const WORD_START_RE = /^[\p{L}\p{N}]$/u;
function isWordStart(ch: string): boolean {
  return WORD_START_RE.test(ch);
}

/**
 * The quotations of paragraph `index`: quotations come in paragraph order, so they are one run of the
 * list, found by binary search rather than by reading every quotation of the article per paragraph.
 */
function quotesOf(quotes: QuoteSpan[], index: number): QuoteSpan[] {
  const lo = lowerBound(quotes, index, (q) => q.paragraph);
  let end = lo;
  while (end < quotes.length && (quotes[end] as QuoteSpan).paragraph === index) end++;
  return quotes.slice(lo, end);
}

const ABBREV = new RegExp(String.raw`(?:\b(?:${SENTENCE_ABBREVIATIONS.join('|')}|U\.S|U\.K|U\.N|E\.U)|\b[A-Z])$`);

/**
 * Splits a paragraph into sentences, never inside a quotation (so "…ground.” Blinken said" stays
 * with its quote only when the quote closes the sentence) and never after "Mr." or an initial.
 */
export function splitSentences(body: string, p: Paragraph, quotes: QuoteSpan[]): Span[] {
  const inside = quotesOf(quotes, p.index);
  const out: Span[] = [];
  let start = p.start;
  const re = SENTENCE_END;
  re.lastIndex = p.start;
  const text = body;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const endAt = m.index + m[0].length;
    if (endAt >= p.end) break;
    const head = body.slice(Math.max(start, m.index - 12), m.index);
    if (m[0] === '.' && ABBREV.test(head)) continue;
    if (inside.some((q) => q.contentStart < endAt && endAt < q.contentEnd)) continue;
    out.push({ start, end: endAt });
    let s = endAt;
    while (s < p.end && /\s/.test(body[s] as string)) s++;
    start = s;
  }
  if (start < p.end) out.push({ start, end: p.end });
  return out;
}
