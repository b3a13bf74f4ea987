import type { CuePass } from '../pass';

/** How far after "according to" the source's name may start. */
const SOURCE_REACH = 60;

/** "according to X" anywhere in the sentence, outside the marks. */
export const accordingTo: CuePass = {
  name: 'according-to',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const re = /\baccording to\s+/gi;
    re.lastIndex = s.start;
    const seg = view.body.slice(0, Math.max(s.end, q.close));
    for (let am = re.exec(seg); am; am = re.exec(seg)) {
      if (view.insideQuote(am.index)) continue;
      const from = am.index + am[0].length;
      const m = view.mentionsIn(from, from + 200).find((x) => x.start <= from + SOURCE_REACH && x.kind !== 'pronoun');
      if (m) return { mention: m, method: 'according-to', end: m.end };
    }
    return null;
  },
};
