import { DOCUMENT_NOUNS } from '../../lexicons/speech-nouns';
import { describedAt } from '../as-written';
import type { CuePass } from '../pass';

const WORD = /\p{L}+/gu;
/** The determiner and up to two modifiers before a document noun: "the communique", "the final joint declaration". */
const DETERMINED = /\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * A quotation read out of a document, introduced by a colon in a sentence that names the document and
 * nobody else: "In the “bilateral cooperation” section of the communique came the sentence: “…”". The
 * document speaks, as written. A person in the clause ("Dutton read from the communique:") is left to
 * the passes that read subjects and verbs.
 */
export const documentColon: CuePass = {
  name: 'document-colon',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const pre = view.body.slice(s.start, q.open);
    if (!/:\s*$/.test(pre)) return null;
    if (view.mentionsIn(s.start, q.open).some((m) => !view.insideQuote(m.start))) return null;
    let found: { start: number; end: number } | null = null;
    for (const w of pre.matchAll(WORD)) {
      if (!DOCUMENT_NOUNS.has(w[0]) || view.insideQuote(s.start + w.index)) continue;
      const det = DETERMINED.exec(pre.slice(0, w.index));
      if (!det) continue;
      if (found) return null;
      found = { start: s.start + det.index, end: s.start + w.index + w[0].length };
    }
    if (!found) return null;
    const mention = describedAt(view.body, found.start, found.end, true);
    return { mention, method: 'statement', end: found.end };
  },
};
