import { SPEECH_VERBS } from '../../lexicon';
import { hasAtMostWords, FRAGMENT_MAX_WORDS } from '../quote-text';
import { methodOfMention } from '../types';
import type { ContextPass } from '../pass';

/** How far into its sentence the subject of a scare quote may start. */
const SUBJECT_REACH = 40;

/** Scare quotes and short partial quotes belong to the sentence's subject: "He renewed an offer on “reciprocal” measures". */
export const fragmentSubject: ContextPass = {
  name: 'fragment-subject',
  kind: 'context',
  find({ q, reading, text, discourse }) {
    const firstM = reading.mentions[0];
    if (!hasAtMostWords(text, FRAGMENT_MAX_WORDS) || !firstM || firstM.start >= q.open || firstM.start - reading.sentence.start >= SUBJECT_REACH) return null;
    const after = reading.toks.find((t) => t.start >= firstM.end);
    if (!after || !(/(?:ed|es)$/.test(after.lower) || SPEECH_VERBS.has(after.lower))) return null;
    const entity = discourse.resolve(firstM, reading.pending);
    return entity ? { entity, method: methodOfMention(firstM, 'explicit'), mention: firstM } : null;
  },
};
