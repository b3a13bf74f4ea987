import { findMentions, type Mention } from './mentions';
import { tokenize, type Token } from './tokens';
import { markCaptions } from './captions';
import { postsKept } from './short-posts';
import { findQuoteSpans, splitParagraphs, splitSentences, type Paragraph, type QuoteSpan } from './text';
import { withBlockTurns } from './block-turns';
import { findTurns, withTurns } from './turns';
import { withQuoteRuns } from './quote-runs';
import type { ArticleInput, Span } from './types';

/** An article read once: paragraphs with junk flagged, quotations, sentences and mentions. */
export interface AnalyzedArticle {
  article: ArticleInput;
  paragraphs: Paragraph[];
  quoteSpans: QuoteSpan[];
  /** Sentences per paragraph index (empty for junk paragraphs). */
  sentences: Span[][];
  mentions: Mention[];
  /** Word tokens of the non-junk paragraphs, in order. */
  tokens: Token[];
  /** The same tokens packed three numbers each (start, end, word length and flags), when `tokens` is not kept. */
  packedTokens?: PackedTokens;
}

/** Bodies larger than this are cut for analysis: no news article is this long, and time stays bounded. */
export const MAX_BODY_CHARS = 2_000_000;

/**
 * Reads an article's structure without changing a character of it.
 *
 * @example
 * analyzeArticle({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 }).quoteSpans.length // 1
 */
export function analyzeArticle(article: ArticleInput): AnalyzedArticle {
  return analyze(article, true);
}

/**
 * `analyzeArticle` without the tokens (`tokens` is empty): for a whole library, where holding every
 * article's tokens at once costs more memory and garbage collection than reading them again with
 * `articleTokens` when the article's turn comes.
 *
 * @example
 * analyzeArticleWithoutTokens({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 }).tokens.length // 0
 */
export function analyzeArticleWithoutTokens(article: ArticleInput): AnalyzedArticle {
  return analyze(article, false);
}

/**
 * The tokens `analyzeArticle` would give: the words of the non-junk paragraphs, in order.
 *
 * @example
 * const a = analyzeArticleWithoutTokens({ id: 'a', title: 'T', body: 'He said “hi there.”', bodyStart: 0 });
 * articleTokens(a).map((t) => t.word) // ['He', 'said', 'hi', 'there']
 */
export function articleTokens(a: AnalyzedArticle): Token[] {
  if (a.tokens.length > 0) return a.tokens;
  if (a.packedTokens) return a.packedTokens.unpack(a.article.body);
  const tokens: Token[] = [];
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    for (const t of tokenize(a.article.body, p.start, p.end)) tokens.push(t);
  }
  return tokens;
}

function analyze(article: ArticleInput, keepTokens: boolean): AnalyzedArticle {
  const body = article.body.length > MAX_BODY_CHARS ? article.body.slice(0, MAX_BODY_CHARS) : article.body;
  const paragraphs = markCaptions(body, postsKept(body, splitParagraphs(body, article.title)));
  const marked = findQuoteSpans(body, paragraphs);
  const sentences = paragraphs.map((p) => (p.isJunk ? [] : splitSentences(body, p, marked)));
  const turns = withBlockTurns(body, paragraphs, findTurns(body, paragraphs));
  const quoteSpans = withTurns(withQuoteRuns(body, paragraphs, marked), turns, body);
  const tokens: Token[] = [];
  const packed = keepTokens ? undefined : new PackedTokens(Math.ceil(body.length / CHARS_PER_TOKEN));
  const mentions = findMentions(body, paragraphs, keepTokens ? tokens : packed);
  return { article: { ...article, body }, paragraphs, quoteSpans, sentences, mentions, tokens, ...(packed ? { packedTokens: packed.done() } : {}) };
}

/** Characters per word token in news prose, spaces and marks included, rounded down: a buffer this size seldom grows. */
const CHARS_PER_TOKEN = 5;

const POSSESSIVE = 1;
const DOTTED = 2;
/** The word's lower case is the word itself: no toLowerCase when unpacked. */
const PLAIN = 4;
const FLAG_BITS = 3;

/**
 * An article's tokens packed into numbers while the library is analysed: a library's worth of token
 * objects held between the two phases costs more memory and garbage collection than rebuilding them,
 * and tokenising again costs the scan. Unpacking only slices the words out of the body.
 */
export class PackedTokens {
  private data: Int32Array;
  private n = 0;

  /** `expected`: about how many tokens will come, so that the buffer seldom grows (each growth copies it). */
  constructor(expected = 256) {
    this.data = new Int32Array(3 * Math.max(16, expected));
  }

  push(t: Token): void {
    if (3 * this.n + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const flags = (t.possessive ? POSSESSIVE : 0) | (t.dotted ? DOTTED : 0) | (t.lower === t.word ? PLAIN : 0);
    const at = 3 * this.n++;
    this.data[at] = t.start;
    this.data[at + 1] = t.end;
    this.data[at + 2] = (t.word.length << FLAG_BITS) | flags;
  }

  /** Trims the buffer to the tokens pushed. */
  done(): PackedTokens {
    this.data = this.data.slice(0, 3 * this.n);
    return this;
  }

  unpack(body: string): Token[] {
    const out: Token[] = new Array(this.n);
    const d = this.data;
    for (let i = 0; i < this.n; i++) {
      const start = d[3 * i] as number;
      const packed = d[3 * i + 2] as number;
      const word = body.slice(start, start + (packed >> FLAG_BITS));
      out[i] = {
        start, end: d[3 * i + 1] as number, word, lower: packed & PLAIN ? word : word.toLowerCase(),
        possessive: (packed & POSSESSIVE) !== 0, dotted: (packed & DOTTED) !== 0,
      };
    }
    return out;
  }
}
