import type { Mention } from '../../mentions';
import type { CuePass } from '../pass';

/** "a joint statement from the two agencies", "a statement issued by the ministry": who issued it, as written. */
const STATEMENT_FROM = /\b(?:a|the|in a|in their|in its)\s+(?:joint\s+|written\s+|brief\s+|separate\s+)?statement\s+(?:from|by|issued by|released by|signed by)\s+((?:the\s+)?[^,.;:“”"()]{3,80}?)(?=\s*(?:[,.;:“”"()]|\s(?:said|says|on|that|which|read)\b|$))/i;

/**
 * An organisation's statement: "“…,” said a joint statement from the two agencies", "A statement by
 * the ministry said: “…”". The speaker is the issuer, kept as written. ("The bank said in a statement"
 * needs no pass of its own: "the bank" is the subject of "said".)
 */
export const statement: CuePass = {
  name: 'statement',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const { body } = view;
    const around = [{ from: s.start, to: q.open }, { from: q.close, to: Math.max(s.end, q.close) }];
    for (const { from, to } of around) {
      if (to <= from) continue;
      const m = STATEMENT_FROM.exec(body.slice(from, to));
      if (!m) continue;
      const start = from + m.index + m[0].length - (m[1] as string).length;
      return { mention: issuer(body, start, start + (m[1] as string).length), method: 'statement', end: start + (m[1] as string).length };
    }
    return null;
  },
};

function issuer(body: string, start: number, end: number): Mention {
  const text = body.slice(start, end);
  return {
    kind: 'description', start, end, nameStart: start, nameEnd: end, name: [], role: null, text,
    gender: null, isPlural: /s$/.test(text), isPossessive: false, isNested: false, isObject: false, isOrg: true,
  };
}
