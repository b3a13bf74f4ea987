import type { Span } from '../types';
import type { Discourse } from './discourse';
import type { RawQuote } from './types';

/**
 * The sentence in which a quotation's speaker is named, the citation for "who said this": the
 * sentence of the mention that named them when a pass had one (the attribution sentence, or the
 * introduction before a block), else the nearest earlier sentence that names the same person or
 * description outside quotation marks (what "he", "the minister" or a continued paragraph points to).
 * Null when the speaker is null or never named.
 */
export function speakerSpanOf(d: Discourse, q: RawQuote): Span | null {
  const { speaker } = q;
  if (!speaker) return null;
  const { view } = d;
  const m = q.speakerMention;
  if (m && (m.kind === 'description' || m.name.length > 0)) return view.sentenceAt(m.start);
  const mentions = view.doc.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.start >= q.start || view.insideQuote(x.start)) continue;
    if (speaker.kind === 'person' ? x.kind === 'person' && d.personOf(x)?.id === speaker.person.id
      : x.kind === 'description' && x.text.toLowerCase() === speaker.text.toLowerCase()) return view.sentenceAt(x.start);
  }
  return null;
}
