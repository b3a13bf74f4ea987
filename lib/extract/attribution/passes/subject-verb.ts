import { REPORTING_NOUNS } from '../../lexicons/speech-nouns';
import type { Mention } from '../../mentions';
import { isTaggedVerb, tagSpan } from '../../pos';
import type { Token } from '../../tokens';
import { ADVERBS, hasUnreadAttribution, isSpeech } from '../clause';
import type { ContextPass, QuoteSite } from '../pass';
import { methodOfMention } from '../types';
import { startsUpper } from '../../chars';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const STARTS_LETTER = /^\p{L}/u;

/** How far into its sentence the subject may start. */
const SUBJECT_REACH = 40;
/** Most words between the subject's verb and the quotation ("made clear that", "welcomed that the talks"). */
const MAX_GAP_WORDS = 10;

/**
 * Verbs whose quoted object is someone else's words or a text, not the subject's: "rejected “…”",
 * "quoted “…”", "signed the “…”", "unveiled the “…”".
 */
const OTHERS_WORDS_VERBS = new Set([
  'quoted', 'quotes', 'cited', 'cites', 'read', 'reads', 'repeated', 'repeats', 'echoed', 'echoes', 'recalled', 'recalls',
  'rejected', 'rejects', 'denied', 'denies', 'dismissed', 'dismisses', 'disputed', 'disputes', 'refuted', 'refutes',
  'criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'mocked', 'mocks', 'ridiculed',
  'questioned', 'questions', 'challenged', 'challenges', 'attacked', 'slammed', 'blasted', 'heard', 'hears', 'saw',
  'watched', 'received', 'receives', 'signed', 'signs', 'published', 'publishes', 'released', 'releases', 'launched',
  'launches', 'unveiled', 'unveils', 'titled', 'entitled', 'named', 'translated', 'adopted', 'approved', 'passed',
  'ratified', 'endorsed', 'opposed', 'backed', 'supported', 'shared', 'retweeted', 'posted', 'wore', 'carried', 'held',
  'sang', 'chanted', 'displayed', 'played', 'wrote', 'asked', 'answered', 'interviewed',
]);

/** Nouns that put another's words or a name between the verb and the quotation: "the reports that “…”", "the slogan “…”". */
const OTHERS_WORDS_NOUNS = new Set([
  'report', 'reports', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges',
  'criticism', 'label', 'term', 'slogan', 'motto', 'phrase', 'headline', 'title', 'book', 'song', 'film', 'article',
  'editorial', 'banner', 'sign', 'signs', 'letter', 'document', 'known',
]);

/** A quotation most of whose words are capitalised is a name ("the “Safer Streets for Everyone” plan"), not words said. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => STARTS_LETTER.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => startsUpper(w)).length / words.length >= 0.6;
}

/**
 * A quotation in the predicate of a person's verb, any verb the tagger reads so: "But he made clear that
 * “this horrific assassination will not change” NATO's strategy", "The Secretary General referred to “…”",
 * "The Iraqi president hailed Bush as “…”". The subject opens the sentence, the verb follows it, and
 * between the verb and the mark stands nobody else (but the subject again as "he", or the one hailed
 * "as"), no other quotation, no noun of another's words, and no verb of saying but the subject's own
 * ("recognized what he called “…”"). Verbs whose object is another's words or a text ("rejected",
 * "quoted", "signed") and quotations written as names are left alone.
 */
export const subjectVerb: ContextPass = {
  name: 'subject-verb',
  kind: 'context',
  find({ view, q, reading, discourse, text, sentenceStop, closeStop }) {
    const s = reading.sentence;
    const subj = reading.mentions[0];
    if (!subj || subj.start >= q.open || subj.start - s.start >= SUBJECT_REACH || subj.isPlural || isTitleCase(text)) return null;
    // "At the meeting with Tom Hale, Ana Ruiz was blunt: “…”": a fronted phrase naming someone else leaves it open.
    if (view.quotesOpenIn(s.start, q.open) || view.mentionsIn(s.start, subj.start, true).some((m) => m.kind !== 'pronoun' || !m.isPossessive)) return null;
    if (!joinsSubjectsVerb(view.body.slice(q.close, closeStop)) && hasUnreadAttribution(view, q, sentenceStop, closeStop)) return null;
    const toks = reading.toks.filter((t) => t.start >= asideEnd(view, subj.end, q.open) && t.end <= q.open);
    let k = 0;
    while (k < toks.length && ADVERBS.has((toks[k] as Token).lower)) k++;
    const verb = toks[k];
    const gap = toks.slice(k + 1);
    if (!verb || OTHERS_WORDS_VERBS.has(verb.lower) || gap.length > MAX_GAP_WORDS) return null;
    if (gap.some((t) => OTHERS_WORDS_NOUNS.has(t.lower) || REPORTING_NOUNS.has(t.lower))) return null;
    if (!isTaggedVerb(tagSpan(view.body, s.start, q.open), verb.start)) return null;
    const entity = discourse.resolve(subj, reading.pending);
    if (entity?.kind !== 'person') return null;
    const gender = entity.gender ?? discourse.genderOf(entity.person);
    const others = view.mentionsIn(verb.end, q.open, true).filter((m) => !isSubjectAgain(m, gender) && !isHailedAs(view.body, m, q.open));
    if (others.length > 0 || !speechIsOwn(gap, view.mentionsIn(verb.end, q.open, true), gender)) return null;
    return { entity, method: methodOfMention(subj, 'explicit'), mention: subj.kind === 'person' ? subj : null };
  },
};

/** "… referred to “…” and said that …": a verb joined by "and" right after the mark has the same subject, no speaker of its own. */
function joinsSubjectsVerb(tail: string): boolean {
  return /^["”’]?[\s,]*and\s+(?:also\s+)?(?:said|added|stressed|noted|warned|told|called)\b/.test(tail);
}

/** Longest aside between a subject and its verb. */
const MAX_ASIDE_CHARS = 120;

/**
 * Where the verb may start after the subject: past a comma-set aside that names nobody ("Mr. Karzai, without
 * specifically mentioning allegations of corruption in his administration, recognized …"), else right after it.
 */
function asideEnd(view: QuoteSite['view'], from: number, open: number): number {
  const aside = /^,[^,;:.“”"]+,\s/.exec(view.body.slice(from, Math.min(open, from + MAX_ASIDE_CHARS)));
  if (!aside) return from;
  const end = from + aside[0].length;
  return view.mentionsIn(from, end, true).every((m) => m.kind === 'pronoun' && m.isPossessive) ? end : from;
}

/** "he", "his": the subject named again, when the pronoun's gender is not shown to be another. */
function isSubjectAgain(m: Mention, gender: 'm' | 'f' | null): boolean {
  return m.kind === 'pronoun' && !m.isPlural && m.gender !== null && (gender === null || m.gender === gender);
}

/** "hailed Bush as “…”": the one the words describe, right before "as" and the mark. */
function isHailedAs(body: string, m: Mention, open: number): boolean {
  return m.kind === 'person' && /^\s+as\s+$/.test(body.slice(m.end, open));
}

/** Verbs that name a thing in someone's words: "what critics called “…”", "what he calls a “…”". */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'dubbed', 'dubs', 'termed', 'terms', 'labelled', 'labeled', 'described', 'describes']);

/** A verb of saying or naming in the gap is the subject's own only right after "he" or "she" ("what he called"). */
function speechIsOwn(gap: Token[], mentions: Mention[], gender: 'm' | 'f' | null): boolean {
  return gap.every((t, i) => {
    if (!isSpeech(t, gap[i + 1]) && !NAMING_VERBS.has(t.lower)) return true;
    const before = gap[i - 1];
    return before !== undefined && mentions.some((m) => m.start === before.start && isSubjectAgain(m, gender));
  });
}
