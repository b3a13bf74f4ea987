import type { Mention } from '../../mentions';
import { AUXILIARIES } from '../../lexicon';
import { isTaggedVerb, tagSpan } from '../../pos';
import type { Token } from '../../tokens';
import { ADVERBS } from '../clause';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';

/**
 * Grammar, not a verb list, before the marks as any-verb is after them: "Kim Jong Il jokes, “…”",
 * "Maria Lopez shrugged: “…”". The sentence is only its subject (a name, a pronoun or a title), a verb
 * the tagger reads as one (after adverbs, "that" after it), and a comma or colon handing over to the
 * quotation that follows at once.
 */
export const verbBefore: CuePass = {
  name: 'verb-before',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const { body } = view;
    const m = view.mentionsIn(s.start, q.open)[0];
    if (!m || !(m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role') || m.isPossessive || m.isObject || m.isPlural) return null;
    if (!/^\s*$/.test(body.slice(s.start, m.start))) return null;
    const toks = view.tokensIn(m.end, q.open);
    let k = 0;
    while (k < toks.length - 1 && ADVERBS.has((toks[k] as Token).lower) && !AUXILIARIES.has((toks[k] as Token).lower)) k++;
    const verb = toks[k];
    if (!verb || AUXILIARIES.has(verb.lower) || !/^\s+$/.test(body.slice(lastEnd(m, toks, k), verb.start))) return null;
    if (!/^(?:\s+that)?\s*[,:]\s*$/.test(body.slice(verb.end, q.open))) return null;
    if (!isTaggedVerb(tagSpan(body, s.start, s.end), verb.start) && !isVerbAfterPronoun(verb)) return null;
    return { mention: m, method: methodOfMention(m, 'explicit'), end: verb.end };
  },
};

/**
 * "Kim Jong Il jokes,": after a run of names the tagger may read "jokes" as a plural noun. The word in
 * the verb's place is a verb when it still reads as one after "He" ("He jokes,"): the slot, not a list.
 */
function isVerbAfterPronoun(verb: Token): boolean {
  const clause = `He ${verb.word},`;
  return isTaggedVerb(tagSpan(clause, 0, clause.length), 3);
}

/** Where the word before the verb ends: the mention, or the last adverb. */
function lastEnd(m: Mention, toks: Token[], k: number): number {
  return k > 0 ? (toks[k - 1] as Token).end : m.end;
}
