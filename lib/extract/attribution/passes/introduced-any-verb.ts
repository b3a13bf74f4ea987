import type { VerbFinder } from '../../introduced';
import { introductionOf } from './introduced-block';
import type { Mention } from '../../mentions';
import type { Token } from '../../tokens';
import { REPORTING_NOUNS } from '../../lexicons/speech-nouns';
import { AUXILIARIES } from '../../lexicon';
import { isEnglishWord, isTaggedVerb, tagSpan } from '../../pos';
import { ADVERBS } from '../clause';
import type { ContextPass } from '../pass';
import type { ArticleView } from '../view';

/** Words from the verb to its object's noun: "made an urgent appeal". */
const MAX_OBJECT_WORDS = 3;

/**
 * The verb right after the sentence's subject, whatever verb the tagger says it is, when its object is
 * an act of saying: "Turkish Foreign Minister Ahmet Davutoglu made an appeal to all those attending …".
 * Null when an auxiliary stands there (a passive or a state says nothing the subject did), or when the
 * subject is not a person.
 */
const verbAfterSubject: VerbFinder = (ctx, s) => {
  const subject = ctx.mentionsIn(s.start, s.end)[0];
  if (!subject || subject.kind !== 'person' || subject.isPossessive) return null;
  const toks = ctx.tokensIn(subject.end, s.end);
  let k = 0;
  while (toks[k] && ADVERBS.has((toks[k] as Token).lower) && !AUXILIARIES.has((toks[k] as Token).lower)) k++;
  const verb = toks[k];
  if (!verb || !/^[\s,]*$/.test(ctx.body.slice(subject.end, (toks[0] as Token).start)) || AUXILIARIES.has(verb.lower)) return null;
  if (!isTaggedVerb(tagSpan(ctx.body, s.start, s.end), verb.start)) return null;
  // "made an appeal", "gave a speech", "issued a warning": the verb's object is an act of saying ("Greta
  // Lind shrugged." or "left the court." introduces nobody's words).
  const object = toks.slice(k + 1, k + 1 + MAX_OBJECT_WORDS);
  return object.some((t) => REPORTING_NOUNS.has(t.lower)) ? verb : null;
};

/** A short phrase that opens the sentence and ends in a comma before its subject: "Addressing the Istanbul gathering, ". */
const FRONTED_PHRASE = /^[^,;:“”"]{2,80},\s/;

/**
 * A thing or a role named inside such a phrase ("the Istanbul gathering"), or its opening word read as a
 * name ("Addressing"): the scene, not a second speaker.
 */
function inFrontedPhrase(view: ArticleView, m: Mention): boolean {
  const isWord = m.kind === 'person' && m.name.length === 1 && !m.role && !m.gender && isEnglishWord((m.name[0] as string).toLowerCase());
  if (m.kind !== 'description' && m.kind !== 'role' && !isWord) return false;
  const s = view.sentenceAt(m.start);
  const fronted = s ? FRONTED_PHRASE.exec(view.body.slice(s.start, Math.min(s.end, s.start + 90))) : null;
  return s !== null && s !== undefined && fronted !== null && m.end < s.start + fronted[0].length;
}

/**
 * A bare quotation block after a sentence whose one person, its subject, performs an act of saying
 * with any verb ("Addressing the gathering, Ahmet Davutoglu made an appeal to all those attending …"):
 * the introduction's verb need not be one of saying (introduced-block reads those first).
 */
export const introducedAnyVerb: ContextPass = {
  name: 'introduced-any-verb',
  kind: 'context',
  find(site) {
    const m = introductionOf(site, verbAfterSubject, (x) => !inFrontedPhrase(site.view, x));
    const entity = m ? site.discourse.resolve(m, site.reading.pending) : null;
    return m && entity?.kind === 'person' ? { entity, method: 'colon', mention: m } : null;
  },
};
