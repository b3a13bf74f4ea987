import { nextStop, parseClause } from '../clause';
import type { CuePass } from '../pass';

/** A closing clause further on in the sentence: "A “solution” is “still possible”…, he said." */
export const closingClause: CuePass = {
  name: 'closing-clause',
  kind: 'cue',
  find({ view, q, reading }) {
    const { body } = view;
    const s = reading.sentence;
    const from = q.close;
    const tail = body.slice(from, s.end);
    const commas = [...tail.matchAll(/,\s+/g)].map((c) => from + (c.index ?? 0) + c[0].length).reverse();
    for (const c of commas) {
      if (view.insideQuote(c)) continue;
      // "…,” Ana Lima, Rui Costa, and Eva Luz said": the last of a list of names is not the one speaker.
      if (/^(?:and|or)\s/i.test(body.slice(c, c + 4)) && view.mentionsIn(from, c).some((m) => m.kind === 'person' && !view.insideQuote(m.start))) return null;
      const found = parseClause(view, c, nextStop(body, c, s.end), true);
      if (found) return found;
    }
    return null;
  },
};
