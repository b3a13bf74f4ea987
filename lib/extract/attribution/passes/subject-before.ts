import type { Mention } from '../../mentions';
import { tagSpan, type TaggedWord } from '../../pos';
import type { Token } from '../../tokens';
import type { Span } from '../../types';
import { ADVERBS } from '../clause';
import type { ContextPass, QuoteSite } from '../pass';
import type { ArticleView } from '../view';

/** "Carter and Le Drian said …": a name joined to the subject shares it, so "he" could mean either. */
const JOINED_AFTER = /^,?\s+(?:and|with|together with|alongside)\b/;

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
    const subj = subjectOf(view, before);
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

/**
 * The person mention right before the verb of sentence s, every mention before it set off by a comma
 * (an opening phrase or the title it stands in apposition to), none joined to it by "and" or "with".
 */
function subjectOf(view: ArticleView, s: Span): Mention | null {
  // Objects ("with Petraeus") and owners ("his meeting") are never the subject, nor do they separate it.
  const ms = view.mentionsIn(s.start, s.end).filter((m) => !view.insideQuote(m.start) && !m.isObject && !m.isPossessive);
  const tags = tagSpan(view.body, s.start, s.end);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention;
    const prev = ms[k - 1];
    if (prev && !view.body.slice(prev.nameEnd, m.nameStart).includes(',')) return null;
    if (m.kind !== 'person' || m.isPlural) continue;
    if (JOINED_AFTER.test(view.body.slice(m.nameEnd, m.nameEnd + 20))) return null;
    const verb = verbAfter(view, m, s.end, tags);
    if (verb) return verb.start < (ms[k + 1]?.nameStart ?? s.end) ? m : null;
  }
  return null;
}

/** The verb right after a subject: past an appositive's comma, adverbs and a day ("Baitas on Monday disputed"). */
function verbAfter(view: ArticleView, m: Mention, end: number, tags: TaggedWord[]): Token | null {
  // From the name's end: an appositive read too far ("Tomas Vieira, predicts the …") holds the verb.
  const toks = view.tokensIn(m.nameEnd, end);
  let k = 0;
  while (k < toks.length && ADVERBS.has((toks[k] as Token).lower)) {
    const t = toks[k] as Token;
    k += /^(?:on|last|this)$/.test(t.lower) && /^\p{Lu}/u.test(toks[k + 1]?.word ?? '') ? 2 : 1;
  }
  const t = toks[k];
  return t && isVerb(tags, t) ? t : null;
}

const isVerb = (tags: TaggedWord[], t: Token) => tags.some((w) => w.start === t.start && w.pos === 'VERB');
