import type { Mention } from '../../mentions';
import { tagSpan, type TaggedWord } from '../../pos';
import type { Token } from '../../tokens';
import type { Span } from '../../types';
import type { ContextPass, QuoteSite } from '../pass';
import { isVerb, subjectAndVerbOf } from '../sentence-subject';
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
    const found = subjectAndVerbOf(view, before);
    if (!found || !takesComplement(found.tags, found.verb)) return null;
    const subj = found.subject;
    const entity = discourse.resolve(subj, []);
    if (entity?.kind !== 'person') return null;
    const gender = entity.gender ?? discourse.genderOf(entity.person);
    if ((gender && gender !== pronoun.gender) || couldBeMeant(site, before, subj, pronoun.gender as 'm' | 'f')) return null;
    return { entity: gender ? entity : discourse.withGender(entity, pronoun.gender as 'm' | 'f'), method: 'pronoun', mention: subj };
  },
};

/** Word classes that open what a verb says or does to something ("disputed the accusations", "predicts Rice will …", "says people …"). */
const COMPLEMENT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'SCONJ', 'NUM']);

/** The verb has an object or a clause after it: "Okonjo arrived late." tells nothing she said. */
function takesComplement(tags: TaggedWord[], verb: Token): boolean {
  const i = tags.findIndex((w) => w.start === verb.start);
  const next = tags[i + 1];
  return i >= 0 && next !== undefined && COMPLEMENT_TAGS.has(next.pos);
}

/**
 * Someone else in that sentence whom "he" or "she" could mean: a person named in full, titled or of
 * known gender, or a title, whose gender is not shown to be the other ("Mattis met Fallon. “…,” he said":
 * either of them).
 */
function couldBeMeant({ view, discourse }: QuoteSite, s: Span, subj: Mention, gender: 'm' | 'f'): boolean {
  return view.mentionsIn(s.start, s.end).some((m) => {
    if (m === subj || view.insideQuote(m.start) || m.isPossessive || m.isPlural) return false;
    // "The director of the Heritage Foundation, Yevgeni Volk, predicts …": the title the subject stands in apposition to.
    if (m.kind === 'role') return !(m.end <= subj.start && /^[^,;.]*,\s*$/.test(view.body.slice(m.end, subj.start)));
    if (m.kind !== 'person' || (m.name.length < 2 && !m.role && !m.gender)) return false;
    const p = discourse.personOf(m);
    const g = m.gender ?? (p ? discourse.genderOf(p) : null);
    return g === null || g === gender;
  });
}

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
