import { isSpeech } from '../clause';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';

/**
 * An inverted attribution set off by commas inside the sentence, right before the opening mark, the
 * speaker's title or appositive kept: ", said Secretary of State Rice, “", ", said Ana Ruiz, the mayor, “".
 */
const ASIDE_BEFORE = /,\s+(\p{Ll}+)\s+([^,;:“”"]{2,80}?)\s*,(?:\s+(?:the|a|an)\s[^,;:“”"]{1,60},)?\s*$/u;

/**
 * The speaker named in an aside between the sentence's subject and its quotation: "The U.S. and Turkey,
 * said Secretary of State Rice, “are good friends.”" The verb is one of saying; the aside names one
 * person or title, who speaks.
 */
export const asideBefore: CuePass = {
  name: 'aside-before',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    if (q.open <= s.start) return null;
    const pre = view.body.slice(s.start, q.open);
    const a = ASIDE_BEFORE.exec(pre);
    if (!a) return null;
    const verbAt = s.start + a.index + a[0].indexOf(a[1] as string);
    const verb = view.tokensIn(verbAt, verbAt + (a[1] as string).length)[0];
    if (!verb || !isSpeech(verb)) return null;
    const nameAt = s.start + a.index + a[0].indexOf(a[2] as string, a[0].indexOf(a[1] as string) + (a[1] as string).length);
    const nameEnd = nameAt + (a[2] as string).length;
    const ms = view.mentionsIn(nameAt, nameEnd).filter((m) => !view.insideQuote(m.start));
    const m = ms[0];
    if (ms.length !== 1 || !m || m.start !== nameAt || m.end !== nameEnd || !(m.kind === 'person' || m.kind === 'role')) return null;
    return { mention: m, method: methodOfMention(m, 'inverted'), end: m.end };
  },
};
