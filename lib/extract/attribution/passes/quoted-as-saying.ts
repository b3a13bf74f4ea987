import type { CuePass } from '../pass';

/** "Reuters quoted Ana Ruiz as saying", "the agency quoted the minister as saying": the one quoted speaks, not the outlet. */
const QUOTED_AS = /\bquoted\s+(.{2,100}?)\s+as\s+(?:saying|telling)\b/g;

export const quotedAsSaying: CuePass = {
  name: 'quoted-as-saying',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const text = view.body.slice(s.start, q.open);
    QUOTED_AS.lastIndex = 0;
    for (let m = QUOTED_AS.exec(text); m; m = QUOTED_AS.exec(text)) {
      const from = s.start + m.index + m[0].indexOf(m[1] as string);
      const to = from + (m[1] as string).length;
      const who = view.mentionsIn(from, to + 1).filter((x) => x.kind !== 'pronoun' || x.start === from).at(-1);
      if (who) return { mention: who, method: 'quoted-as-saying', end: to };
    }
    return null;
  },
};
