/**
 * The shape of a paragraph, apart from text.ts, which splits the body into them: turn-labels.ts reads paragraphs
 * and text.ts reads its speaker labels, so neither imports the other for a type.
 */
import type { Span } from './types';

/** A paragraph of the original body; junk paragraphs (bylines, "Read More"…) are kept but flagged. */
export interface Paragraph extends Span {
  index: number;
  isJunk: boolean;
  /** A photo caption (captions.ts): it describes a picture, not the story, so no fact is read from it; the reader shows it. */
  isCaption?: boolean;
}
