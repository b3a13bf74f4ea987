import type { Paragraph, QuoteSpan } from '../text';
import { type Mention } from '../mentions';
import { tokensIn, type Token } from '../tokens';
import type { Span } from '../types';
import { lowerBound } from '../sorted';

/** The layers of one article that attribution reads: built once, never changed. */
export interface ArticleDoc {
  articleId: string;
  body: string;
  paragraphs: Paragraph[];
  sentences: Span[][];
  quotes: QuoteSpan[];
  mentions: Mention[];
  tokens: Token[];
  /** The article's headline, when known: an interview's title may name the interviewer. */
  title?: string;
}

/**
 * Read-only questions about an article's layers, answered by binary search: which mentions or tokens
 * lie in a span, whether a position is inside quotation marks, which paragraph holds it.
 *
 * @example
 * const view = new ArticleView(doc);
 * view.insideQuote(doc.quotes[0].open + 1) // true
 */
export class ArticleView {
  readonly body: string;
  /** Photo captions: read for nothing, and whom they name could not be meant by a pronoun. */
  readonly captions: ReadonlySet<number>;

  constructor(readonly doc: ArticleDoc) {
    this.body = doc.body;
    const captions = new Set<number>();
    for (const p of doc.paragraphs) if (!p.isJunk && p.isCaption) captions.add(p.index);
    this.captions = captions;
  }

  /** Mentions inside [a, b), nested ones (appositives, possessive titles) only when asked for. */
  mentionsIn(a: number, b: number, includeNested = false): Mention[] {
    const { mentions } = this.doc;
    const out: Mention[] = [];
    for (let i = lowerBound(mentions, a, (m) => m.start); i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      if (m.start >= b) break;
      if (m.start >= a && m.end <= b && (includeNested || !m.isNested)) out.push(m);
    }
    return out;
  }

  tokensIn(a: number, b: number): Token[] {
    return tokensIn(this.doc.tokens, a, b);
  }

  /**
   * Whether pos is inside quotation marks. Spans do not overlap but for words quoted inside a turn, which
   * the turn holds: only the last one opening before pos, or the turn around it, can hold it.
   */
  insideQuote(pos: number): boolean {
    const { quotes } = this.doc;
    let i = lowerBound(quotes, pos, (x) => x.open) - 1;
    while (i > 0 && (quotes[i] as QuoteSpan).isQuotedInTurn && pos >= (quotes[i] as QuoteSpan).close) i--;
    const q = quotes[i];
    return q !== undefined && pos < q.close;
  }

  /**
   * The tokens of [a, b) outside quotation marks, as `insideQuote` tells them: one walk over the tokens
   * and the quotations together, since the last quotation opening before a token only moves forward,
   * where asking `insideQuote` per token searched the quotations again for each (every sentence is read so).
   */
  tokensOutsideQuotes(a: number, b: number): Token[] {
    const { tokens } = this.doc;
    const { quotes } = this.doc;
    const out: Token[] = [];
    let j = lowerBound(quotes, a, (x) => x.open);
    for (let k = lowerBound(tokens, a, (t) => t.start); k < tokens.length; k++) {
      const t = tokens[k] as Token;
      const pos = t.start;
      if (pos >= b) break;
      while (j < quotes.length && (quotes[j] as QuoteSpan).open < pos) j++;
      let i = j - 1;
      while (i > 0 && (quotes[i] as QuoteSpan).isQuotedInTurn && pos >= (quotes[i] as QuoteSpan).close) i--;
      const q = quotes[i];
      if (!(q !== undefined && pos < q.close)) out.push(t);
    }
    return out;
  }

  /** Whether a quotation opens in [a, b). */
  quotesOpenIn(a: number, b: number): boolean {
    const { quotes } = this.doc;
    const q = quotes[lowerBound(quotes, a, (x) => x.open)];
    return q !== undefined && q.open < b;
  }

  /** The quotations that open in sentence s. */
  quotesOf(s: Span): QuoteSpan[] {
    const { quotes } = this.doc;
    const out: QuoteSpan[] = [];
    for (let i = lowerBound(quotes, s.start, (q) => q.open); i < quotes.length && (quotes[i] as QuoteSpan).open < s.end; i++) out.push(quotes[i] as QuoteSpan);
    return out;
  }

  paragraphOf(pos: number): number {
    const { paragraphs } = this.doc;
    return paragraphs[lowerBound(paragraphs, pos + 1, (p) => p.start) - 1]?.index ?? -1;
  }

  /** The sentence that holds pos, or null in a junk paragraph. */
  sentenceAt(pos: number): Span | null {
    const list = this.doc.sentences[this.paragraphOf(pos)] ?? [];
    return list.find((s) => s.start <= pos && pos < s.end) ?? null;
  }
}
