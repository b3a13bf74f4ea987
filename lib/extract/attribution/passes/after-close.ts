import { parseClause } from '../clause';
import type { CuePass } from '../pass';

/** Right after the closing mark: "…,” Stoltenberg said." / "…,” said Mr. Stoltenberg." */
export const afterClose: CuePass = {
  name: 'after-close',
  kind: 'cue',
  find({ view, q, paragraph, closeStop: stop }) {
    if (q.close >= paragraph.end) return null;
    const endsSentence = /[.!?]["”]?$/.test(view.body.slice(q.contentStart, q.contentEnd));
    const found = parseClause(view, q.close, stop, endsSentence);
    return found ? { ...found, clauseEnd: stop } : null;
  },
};
