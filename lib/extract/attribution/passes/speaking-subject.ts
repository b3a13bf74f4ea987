import type { Mention } from '../../mentions';
import { REPORTING_NOUNS } from '../../lexicons/speech-nouns';
import { tagSpan } from '../../pos';
import type { Token } from '../../tokens';
import { isVerb, namedSubjectOf } from '../sentence-subject';
import { ADVERBS, hasUnreadAttribution } from '../clause';
import type { ContextPass, QuoteSite } from '../pass';
import type { ArticleView } from '../view';
import type { Span } from '../../types';

/** Verbs that report the subject's own talk ("spoke about", "told"), not a question put to someone else. */
const OWN_TALK_VERBS = new Set(['spoke', 'talked', 'said', 'says', 'told', 'added', 'explained', 'stressed', 'outlined', 'described', 'insisted', 'argued']);
/** How many sentences of paraphrase may sit between the speaker's sentence and the quotation. */
const MAX_PARAPHRASE = 1;

/**
 * A quotation opening its sentence after a sentence whose subject talks, with at most one sentence of
 * paraphrase between that names nobody: "Administrator Bridenstine spoke about our Artemis program
 * during a June 10 town hall … . Artemis missions will land the first American woman … . “Glenn is
 * going to be very instrumental …”". The subject may stand past an opening phrase or a title ("Libya's
 * ruler, Muammar Gaddafi, also said that …"), and the verb may be one whose object is an act of saying
 * ("Kiir gave his assurance that …", "Cornyn, Republican from Texas, issued a statement …"). Nobody
 * when another quotation, person or pronoun comes between.
 */
export const speakingSubject: ContextPass = {
  name: 'speaking-subject',
  kind: 'context',
  find(site) {
    const { view, q, reading, discourse } = site;
    const s = reading.sentence;
    if (!/^\s*$/.test(view.body.slice(s.start, q.open)) || hasUnreadAttribution(view, q, site.sentenceStop, site.closeStop)) return null;
    const list = sentencesBefore(view, reading.paragraph);
    const i = list.indexOf(s);
    let paraphrase = 0;
    for (let k = i - 1; k >= 0 && paraphrase <= MAX_PARAPHRASE; k--) {
      const c = list[k] as Span;
      if (view.quotesOpenIn(c.start, q.open) || view.insideQuote(c.start)) return null;
      const subj = talkingSubject(site, c);
      if (subj) {
        const entity = discourse.resolve(subj, []);
        return entity?.kind === 'person' ? { entity, method: 'colon', mention: subj } : null;
      }
      if (namesSomeone(view, c.start, c.end)) return null;
      // "… in Cleveland,⏎Ohio.": pieces of a sentence cut by wrapped lines are not sentences of their own.
      if (isWholeSentence(view, c)) paraphrase++;
    }
    return null;
  },
};

/** A person or pronoun that could be meant, outside quotation marks; a lone capitalised word is too often a thing ("Artemis"). */
function namesSomeone(view: ArticleView, a: number, b: number): boolean {
  return view.mentionsIn(a, b).some((m) => !view.insideQuote(m.start) &&
    (m.kind === 'pronoun' || m.kind === 'role' || (m.kind === 'person' && (m.name.length >= 2 || m.role !== null || m.gender !== null))));
}

/** The named subject opening sentence c when its verb reports their own talk and nobody else is named after it. */
function talkingSubject({ view, discourse }: QuoteSite, c: Span): Mention | null {
  const ms = view.mentionsIn(c.start, c.end).filter((m) => !view.insideQuote(m.start));
  // The name opening the sentence, else the one before its verb past an opening phrase or a title
  // ("Libya's ruler, Muammar Gaddafi, also said that …").
  const opening = ms.find((m) => /^\s*$/.test(view.body.slice(c.start, m.start)));
  const subj = opening && !opening.isPossessive ? opening : namedSubjectOf(view, c);
  // "The Secretary General said …": a title whose one holder the story names stands for them.
  const isHeldTitle = subj?.kind === 'role' && discourse.resolve(subj, [])?.kind === 'person';
  if (!subj || (subj.kind !== 'person' && !isHeldTitle) || subj.isPossessive) return null;
  // A lone word is a person when titled, or when the people index knows it as someone's surname ("Kiir").
  if (subj.kind === 'person' && subj.name.length < 2 && !subj.role && !subj.gender && !discourse.personOf(subj)?.name.includes(' ')) return null;
  // The verb after the name, or after its appositive ("John Cornyn, Republican from Texas, issued …").
  const apposition = /^,[^,.;:“”"]{1,60},/.exec(view.body.slice(subj.nameEnd, c.end));
  for (const from of new Set([subj.nameEnd, subj.end, subj.nameEnd + (apposition?.[0].length ?? 0)])) {
    const toks = view.tokensIn(from, c.end);
    const k = toks.findIndex((t) => !ADVERBS.has(t.lower));
    const verb = toks[k];
    if (verb && (OWN_TALK_VERBS.has(verb.lower) || givesWords(view, c, toks, k))) return namesSomeone(view, verb.end, c.end) ? null : subj;
  }
  return null;
}

/** "Kiir gave his assurance that …", "Cornyn issued a statement": a verb whose object is an act of saying. */
function givesWords(view: ArticleView, c: Span, toks: Token[], k: number): boolean {
  const verb = toks[k] as Token;
  return toks.slice(k + 1, k + 4).some((t) => REPORTING_NOUNS.has(t.lower)) && isVerb(tagSpan(view.body, c.start, c.end), verb);
}

/** How many paragraphs back a sentence cut by hard-wrapped lines may be followed. */
const MAX_WRAPPED = 3;

/**
 * The sentences of paragraph p, after those of the paragraphs before while each stops mid-sentence
 * ("… spoke about our⏎Artemis program … in Cleveland,⏎Ohio. …": a hard-wrapped transcript cut into lines).
 */
function sentencesBefore(view: ArticleView, p: number): Span[] {
  const out = [...(view.doc.sentences[p] ?? [])];
  for (let k = p - 1; k >= 0 && k >= p - MAX_WRAPPED; k--) {
    const prev = view.doc.paragraphs[k];
    if (!prev || prev.isJunk || !isCut(view, prev)) break;
    out.unshift(...(view.doc.sentences[k] ?? []));
  }
  return out;
}

/** A span that stops without closing punctuation: part of a sentence the text goes on with. */
const isCut = (view: ArticleView, x: Span) => !/[.!?:;”"’)\]]\s*$/.test(view.body.slice(x.start, x.end));

/** A sentence of its own, as paraphrase between speaker and quotation: lower-case words, closing punctuation. */
const isWholeSentence = (view: ArticleView, x: Span) => !isCut(view, x) && view.tokensIn(x.start, x.end).some((t) => /^\p{Ll}/u.test(t.word));
