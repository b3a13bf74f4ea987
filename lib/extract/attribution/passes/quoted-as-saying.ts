import type { CuePass } from '../pass';

/** "Reuters quoted Ana Ruiz as saying", "the agency quoted the minister as saying": the one quoted speaks, not the outlet. */
const QUOTED_AS = /\bquoted\s+(.{2,100}?)\s+as\s+(?:saying|telling)\b/g;
/** "“…,” AFP quoted spokeswoman Ana Ruiz as saying.": the same cue right after the closing mark, its outlet first. */
const QUOTED_AS_AFTER = /^[\s,]*(?:\p{Lu}[^.;:“”"]{0,60}?\s)?quoted\s+([^.;:“”"]{2,100}?)\s+as\s+(?:saying|telling)\b/u;

export const quotedAsSaying: CuePass = {
  name: 'quoted-as-saying',
  kind: 'cue',
  find({ view, q, reading, closeStop }) {
    const s = reading.sentence;
    const text = view.body.slice(s.start, q.open);
    QUOTED_AS.lastIndex = 0;
    for (let m = QUOTED_AS.exec(text); m; m = QUOTED_AS.exec(text)) {
      const from = s.start + m.index + m[0].indexOf(m[1] as string);
      const to = from + (m[1] as string).length;
      const who = view.mentionsIn(from, to + 1).filter((x) => x.kind !== 'pronoun' || x.start === from).at(-1);
      if (who) return { mention: who, method: 'quoted-as-saying', end: to };
    }
    const after = QUOTED_AS_AFTER.exec(view.body.slice(q.close, closeStop));
    if (!after) return null;
    const from = q.close + after[0].lastIndexOf(after[1] as string);
    const to = from + (after[1] as string).length;
    const who = view.mentionsIn(from, to + 1).filter((x) => x.kind !== 'pronoun').at(-1);
    return who ? { mention: who, method: 'quoted-as-saying', end: to } : null;
  },
};
