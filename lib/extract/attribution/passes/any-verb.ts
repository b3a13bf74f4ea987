import type { Mention } from '../../mentions';
import type { Token } from '../../tokens';
import { isTaggedVerb, tagSpan } from '../../pos';
import { ADVERBS } from '../clause';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';
import type { ArticleView } from '../view';

/** Longest tail after the verb ("snapped at reporters outside the court") that still closes the attribution. */
const MAX_TAIL_WORDS = 5;

/**
 * Grammar, not a verb list: "“…,” Maria Lopez snapped." / "“…,” snapped Maria Lopez." / "“…?” she
 * wondered aloud." Any word the tagger reads as a verb, right after a closing quotation that ends with
 * a comma, a question or an exclamation (so the clause is its attribution), with a name or pronoun as
 * its subject or right after it, and little after that.
 */
export const anyVerb: CuePass = {
  name: 'any-verb',
  kind: 'cue',
  find({ view, q, paragraph, closeStop: stop }) {
    const { body } = view;
    if (q.close >= paragraph.end || !/[,!?—–-]["”’]?$/.test(body.slice(q.contentStart, q.close))) return null;
    const toks = view.tokensIn(q.close, stop).filter((t) => t.end <= stop);
    const mentions = view.mentionsIn(q.close, stop).filter((m) => m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role' || m.kind === 'description');
    const first = toks[0];
    if (!first || mentions.length === 0) return null;
    const tags = tagSpan(body, q.close, stop);
    const isVerb = (t: Token | undefined) => t !== undefined && isTaggedVerb(tags, t.start);
    const m = mentions[0] as Mention;
    // Subject first: the mention opens the clause, then (after an adverb or two) the verb.
    if (m.start <= first.start + 1) {
      let k = toks.findIndex((t) => t.start >= m.end);
      while (k >= 0 && ADVERBS.has(toks[k]?.lower ?? '') && toks[k]?.lower !== 'has') k++;
      const verb = toks[k];
      if (k < 0 || !isVerb(verb) || toks.length - k - 1 > MAX_TAIL_WORDS || !closesClause(view, verb as Token, stop)) return null;
      return { mention: m, method: methodOfMention(m, 'explicit'), end: (verb as Token).end, clauseEnd: stop };
    }
    // Verb first: "snapped Maria Lopez", the mention right after it and ending the clause.
    if (!isVerb(first) || !/^\s+$/.test(body.slice(first.end, m.start)) || !/^\s*$/.test(body.slice(m.end, stop))) return null;
    return { mention: m, method: methodOfMention(m, 'inverted'), end: m.end, clauseEnd: stop };
  },
};

/** Nothing after the verb starts a clause of its own ("snapped that …", "snapped, he …"). */
function closesClause(view: ArticleView, verb: Token, stop: number): boolean {
  const tail = view.body.slice(verb.end, stop);
  return !/^\s*(?:that|he|she|they|it|the)\b/i.test(tail) && !/^\s*,/.test(tail);
}
