import type { Mention } from '../../mentions';
import { tagSpan } from '../../pos';
import type { Span } from '../../types';
import type { ContextPass, QuoteSite } from '../pass';
import { isVerb, namedSubjectOf } from '../sentence-subject';
import type { ArticleView } from '../view';

/**
 * "The director of the Heritage Foundation in Moscow, Yevgeni Volk, predicts Rice will … / “…,” he said."
 * A "he" or "she" that speaks right after a quotation opening its sentence means the subject of the
 * sentence before (in this paragraph, or the last of the paragraph before when the quotation opens its
 * own): a reader takes the subject, not a name in its predicate or in a phrase before it. That subject
 * is the person named outside any phrase, right before the sentence's verb (any word the tagger reads
 * as a verb). Nobody when that sentence quotes anyone, joins a second name to its subject, or when the
 * subject's gender is shown to be the other one.
 */
export const subjectBefore: ContextPass = {
  name: 'subject-before',
  kind: 'context',
  find(site) {
    const { view, q, reading, discourse } = site;
    if (!/^\s*$/.test(view.body.slice(reading.sentence.start, q.open))) return null;
    const pronoun = speakingPronoun(site);
    const before = pronoun ? sentenceBefore(view, reading.sentence, reading.paragraph) : null;
    if (!pronoun || !before || view.quotesOpenIn(before.start, before.end) || view.insideQuote(before.start)) return null;
    const subj = namedSubjectOf(view, before);
    if (!subj) return null;
    const entity = discourse.resolve(subj, []);
    if (entity?.kind !== 'person') return null;
    const gender = entity.gender ?? discourse.genderOf(entity.person);
    if (gender && gender !== pronoun.gender) return null;
    return { entity: gender ? entity : discourse.withGender(entity, pronoun.gender as 'm' | 'f'), method: 'pronoun', mention: subj };
  },
};

/** The "he" or "she" right after the closing mark, subject of the verb that follows it ("…,” he said"). */
function speakingPronoun({ view, q, closeStop }: QuoteSite): Mention | null {
  const m = view.mentionsIn(q.close, closeStop)[0];
  if (!m || m.kind !== 'pronoun' || !m.gender || m.isPlural || !/^["”’]?[,\s]*$/.test(view.body.slice(q.close, m.start))) return null;
  const next = view.tokensIn(m.end, closeStop)[0];
  return next && isVerb(tagSpan(view.body, q.close, closeStop), next) ? m : null;
}

/** The sentence before s in its paragraph, or the last sentence of the paragraph before when s opens its own. */
function sentenceBefore(view: ArticleView, s: Span, paragraph: number): Span | null {
  const own = view.doc.sentences[paragraph] ?? [];
  const i = own.indexOf(s);
  if (i > 0) return own[i - 1] as Span;
  const prev = view.doc.paragraphs[paragraph - 1];
  if (i !== 0 || !prev || prev.isJunk) return null;
  return (view.doc.sentences[paragraph - 1] ?? []).at(-1) ?? null;
}
