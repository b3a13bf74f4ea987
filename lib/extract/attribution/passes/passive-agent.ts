import type { CuePass } from '../pass';

const PASSIVE_BY = /\b(?:made|offered|proposed|put forward|issued|given|presented|floated|voiced|uttered|written)\s+by\s+/i;
/** How far after "by" the agent's name may start. */
const AGENT_REACH = 40;

/** A passive agent: "an offer on “reciprocal” measures … was made by President Vladimir Putin". */
export const passiveAgent: CuePass = {
  name: 'passive-agent',
  kind: 'cue',
  find({ view, reading }) {
    const s = reading.sentence;
    const pm = PASSIVE_BY.exec(view.body.slice(s.start, s.end));
    if (!pm) return null;
    const from = s.start + pm.index + pm[0].length;
    const m = view.mentionsIn(from, from + 200).find((x) => x.start <= from + AGENT_REACH && x.kind === 'person');
    return m ? { mention: m, method: 'explicit', end: m.end } : null;
  },
};
