import type { Mention } from '../mentions';
import type { Paragraph, QuoteSpan } from '../text';
import type { AttributionMethod } from '../types';
import type { Discourse } from './discourse';
import type { SentenceReading } from './sentence';
import type { Attribution, Entity } from './types';
import type { ArticleView } from './view';

/** One quotation as the passes see it, with the sentence around it and what the reader knows so far. */
export interface QuoteSite {
  view: ArticleView;
  /** Read-only for passes: the loop advances it. */
  discourse: Discourse;
  q: QuoteSpan;
  paragraph: Paragraph;
  reading: SentenceReading;
  /** The quoted words as they will be shown (an embedded attribution taken out). */
  text: string;
  /** How far past the sentence an attribution after the closing mark may be read. */
  sentenceStop: number;
  /** Where the clause after the closing mark ends (`nextStop` from the close to `sentenceStop`), computed once per quotation. */
  closeStop: number;
}

/** A cue pass's find: the words that say who speaks, with the quoted text when the cue sat inside the marks. */
export interface Cue extends Attribution {
  text?: string;
  /** Where the attribution clause ends, when it runs past the closing mark. */
  clauseEnd?: number;
}

/**
 * A pass that reads a cue in the text ("said X", "according to X"): the mention is resolved by the
 * loop. Once one cue pass finds a cue, later cue passes are not asked, even when its mention cannot be
 * resolved ("…,” he said" with an unknown "he" stays unattributed rather than borrowing a speaker).
 */
export interface CuePass {
  name: string;
  kind: 'cue';
  find(site: QuoteSite): Cue | null;
}

/** What a context pass decides: who speaks, how it was told, and the mention that named them if any. */
export interface ContextDecision {
  entity: Entity;
  method: AttributionMethod;
  mention: Mention | null;
}

/** A pass that finds the speaker from the context when no cue gave one: the paragraph before, the quotation before. */
export interface ContextPass {
  name: string;
  kind: 'context';
  /** Reads transcript turns ("MR. PRICE: …"); the other passes leave turns alone. */
  readsTurns?: boolean;
  find(site: QuoteSite): ContextDecision | null;
}

export type AttributionPass = CuePass | ContextPass;
