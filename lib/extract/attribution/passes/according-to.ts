import { accordingToIn } from '../../according-to';
import type { CuePass } from '../pass';

/** How far after "according to" the source's name may start. */
const SOURCE_REACH = 60;

/** "according to X" anywhere in the sentence, outside the marks. */
export const accordingTo: CuePass = {
  name: 'according-to',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    for (const cue of accordingToIn(view.body, s.start, Math.max(s.end, q.close))) {
      if (view.insideQuote(cue.start)) continue;
      const from = cue.sourceStart;
      const m = view.mentionsIn(from, from + 200).find((x) => x.start <= from + SOURCE_REACH && x.kind !== 'pronoun');
      if (m) return { mention: m, method: 'according-to', end: m.end };
    }
    return null;
  },
};
