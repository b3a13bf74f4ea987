/**
 * Turns found by a block's own cue rather than by a label: a script's sound bites (sound-bites.ts), an archive's
 * captioned texts (published-text.ts). Merged with a transcript's turns, a block's paragraph is the block's.
 */
import { findPublishedTexts } from './published-text';
import { findSoundBites } from './sound-bites';
import type { Paragraph, QuoteSpan } from './text';

/**
 * The turns of an article with its blocks' turns put in: where a block holds a paragraph, its turn replaces any other.
 *
 * @example
 * withBlockTurns(body, paragraphs, findTurns(body, paragraphs)) // the transcript's turns and the script's bites, in order
 */
export function withBlockTurns(body: string, paragraphs: Paragraph[], turns: QuoteSpan[]): QuoteSpan[] {
  const blocks = [...findSoundBites(body, paragraphs), ...findPublishedTexts(body, paragraphs)];
  if (blocks.length === 0) return turns;
  const taken = new Set(blocks.map((b) => b.paragraph));
  return [...turns.filter((t) => !taken.has(t.paragraph)), ...blocks].sort((a, b) => a.open - b.open);
}
