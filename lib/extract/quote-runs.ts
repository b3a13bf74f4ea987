import type { Paragraph, QuoteSpan } from './text';

/** How many paragraphs a quotation may run over without marks before its closing one is no longer looked for. */
const MAX_RUN = 20;
/** Any double quotation mark: a paragraph of the run has none until the last, which has only the closing one. */
const DOUBLE_MARK = /[“”„"«»]/;
/** The closing mark at a paragraph's end, with the full stop some styles put after it. */
const CLOSES_AT_END = /[”"]\s*[.]?\s*$/;

/**
 * A quotation of several paragraphs written the book way is opened once and closed once: “ at the
 * start of its first paragraph, ” at the end of its last, and its middle paragraphs bare (a Downing
 * Street readout: 'A Downing Street spokesperson said:' then nine paragraphs under one pair of marks).
 * Quotation marks are read paragraph by paragraph, so the middle and last paragraphs would be read
 * as the reporter's. This adds a quotation for each, when an unclosed one opens its paragraph and a
 * later paragraph, with no mark but the closing one at its end, closes it; paragraphs with marks of
 * their own, or a line of page furniture, break the run and nothing is added.
 *
 * @example
 * // '“We met today.\n\nWe agreed on trade.”' → a second quotation 'We agreed on trade.'
 */
export function withQuoteRuns(body: string, paragraphs: Paragraph[], spans: QuoteSpan[]): QuoteSpan[] {
  // A closing mark with no opening one in its paragraph (text.ts reads it from the paragraph's start) may close a run.
  const withMarks = new Set(spans.filter((s) => !s.isUnopened).map((s) => s.paragraph));
  const added: QuoteSpan[] = [];
  for (const s of spans) {
    if (s.isClosed || !s.opensParagraph || s.label) continue;
    const run = runAfter(body, paragraphs, withMarks, s.paragraph);
    if (run) added.push(...run);
  }
  if (added.length === 0) return spans;
  const inRuns = new Set(added.map((s) => s.paragraph));
  return [...spans.filter((s) => !(s.isUnopened && inRuns.has(s.paragraph))), ...added].sort((a, b) => a.open - b.open);
}

/** The bare paragraphs after paragraph `from` up to the one that closes the quotation, as quotations; null when none closes it. */
function runAfter(body: string, paragraphs: Paragraph[], withMarks: ReadonlySet<number>, from: number): QuoteSpan[] | null {
  const out: QuoteSpan[] = [];
  for (let k = from + 1; k < paragraphs.length && k <= from + MAX_RUN; k++) {
    const p = paragraphs[k] as Paragraph;
    if (p.isJunk || withMarks.has(p.index)) return null;
    const text = body.slice(p.start, p.end);
    const mark = DOUBLE_MARK.exec(text);
    const span: QuoteSpan = { open: p.start, close: p.end, contentStart: p.start, contentEnd: p.end, isClosed: false, paragraph: p.index, opensParagraph: true };
    if (!mark) {
      out.push(span);
      continue;
    }
    // The closing paragraph: its only mark is the closing one, at its end.
    const tail = CLOSES_AT_END.exec(text);
    if (!tail || mark.index !== tail.index || (mark[0] !== '”' && mark[0] !== '"')) return null;
    out.push({ ...span, contentEnd: p.start + mark.index, isClosed: true });
    return out;
  }
  return null;
}
