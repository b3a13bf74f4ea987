import { isSpeech } from '../clause';
import { standsBetween } from '../joined-speech-subject';
import type { CuePass } from '../pass';
import { namedSubjectOf } from '../sentence-subject';
import { methodOfMention } from '../types';

/** Prepositions that make an -ing speech verb a gerund ("for saying", "without adding"), not the subject speaking. */
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'without', 'from', 'of', 'about', 'on', 'in', 'upon', 'since', 'to']);

/**
 * A speech verb that shares the sentence's subject, however far from it: a participle ("Mike Pompeo
 * expressed a positive view right after the talks, saying the two sides “…”") or a verb joined by "and"
 * ("Austin said the leaders would meet … and said “…”"). The speaker is the person the sentence is about
 * (see sentence-subject.ts); nobody when another person who could be speaking stands between.
 */
export const coordinatedSpeech: CuePass = {
  name: 'coordinated-speech',
  kind: 'cue',
  find({ view, q, reading }) {
    const toks = reading.toks.filter((t) => t.end <= q.open);
    let i = toks.length - 1;
    while (i >= 0 && !isSpeech(toks[i], toks[i + 1])) i--;
    const verb = toks[i];
    const before = toks[i - 1];
    if (!verb || !before || GERUND_PREPOSITIONS.has(before.lower)) return null;
    if (!/ing$/.test(verb.lower) && before.lower !== 'and') return null;
    if (/[;.!?]/.test(view.body.slice(verb.end, q.open))) return null;
    const subj = namedSubjectOf(view, reading.sentence);
    if (!subj || subj.end > verb.start || standsBetween(view, view.mentionsIn(subj.end, verb.start))) return null;
    return { mention: subj, method: methodOfMention(subj, 'explicit'), end: verb.end };
  },
};
