import type { CuePass } from '../pass';
import { methodOfMention } from '../types';

/**
 * A dash right after the closing mark: "“…” — Ana Ruiz", "“…” – Ana Ruiz, Minister of Finance", or the
 * hyphen between spaces that plain-text copy types for one: "\"…\" - Ana Ruiz".
 */
const DASH_AFTER = /^[\s.,]*(?:[—–]|(?<=\s)-(?=\s))\s*/;
/** What may follow the signed name to the end of the paragraph: a title or outlet after a comma, or in brackets. */
const SIGNATURE_TAIL = /^\s*(?:[,(][^“”"]{0,100})?\s*$/;

/**
 * A quotation signed after a dash, as pull quotes and testimonials are: "“We are ready.” — Ana Ruiz".
 * The name must stand alone at the end of the paragraph, where nothing else could be meant.
 */
export const dashSignature: CuePass = {
  name: 'dash-signature',
  kind: 'cue',
  find({ view, q, paragraph }) {
    const after = view.body.slice(q.close, paragraph.end);
    const dash = DASH_AFTER.exec(after);
    if (!dash) return null;
    const from = q.close + dash[0].length;
    const m = view.mentionsIn(from, paragraph.end).find((x) => x.start === from);
    if (!m || (m.kind !== 'person' && m.kind !== 'role') || !SIGNATURE_TAIL.test(view.body.slice(m.end, paragraph.end))) return null;
    return { mention: m, method: methodOfMention(m, 'inverted'), end: m.end };
  },
};
