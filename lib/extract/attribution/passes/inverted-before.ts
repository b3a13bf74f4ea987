import type { Mention } from '../../mentions';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';

/** A sentence that opens with a speech verb in the past or present and hands over with a colon or comma: "Said Ana Ruiz: “…”". */
const OPENING_VERB = /^\s*(?:Said|Says|Added|Adds|Wrote|Writes|Recalled|Recalls|Explained|Explains)\s+/;

/**
 * The inverted attribution that opens a sentence, before its quotation: "Said Ana Ruiz: “…”", "Added
 * the minister, “…”". The one mention between the verb and the colon or comma is who speaks.
 */
export const invertedBefore: CuePass = {
  name: 'inverted-before',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    if (q.open <= s.start) return null;
    const pre = view.body.slice(s.start, q.open);
    const v = OPENING_VERB.exec(pre);
    if (!v || !/[:,]\s*$/.test(pre)) return null;
    const from = s.start + v[0].length;
    const mentions = view.mentionsIn(s.start, q.open).filter((m) => m.end > from && !view.insideQuote(m.start)).map((m) => withoutVerb(m, from));
    const m = mentions[0];
    if (!m || m.start !== from || mentions.some((x) => x !== m && x.kind === 'person' && !x.role)) return null;
    return { mention: m, method: methodOfMention(m, 'inverted'), end: m.end };
  },
};

/** "Said Ana Ruiz": the capitalised verb read as a first name ("Said" is one) is taken off the name. */
function withoutVerb(m: Mention, from: number): Mention {
  if (m.kind !== 'person' || m.start >= from || m.end <= from || m.name.length < 2) return m;
  const name = m.name.slice(1);
  return { ...m, start: from, nameStart: from, name, text: name.join(' ') };
}
