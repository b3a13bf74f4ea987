import { accordingToIn } from '../according-to';
import type { SentenceAttribution } from '../claims';
import { type Mention } from '../mentions';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { isSpeech as speechAt, subjectBefore as subjectOfVerb } from './clause';
import type { Discourse } from './discourse';
import { joinedSpeechSubject } from './joined-speech-subject';
import { isSameEntity, sortByPosition, type Entity, type SalienceEvent, type SentenceSubject } from './types';
import type { ArticleView } from './view';

/*
 * Called per token, held in module constants: under the CommonJS transform that tsx and
 * vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const isSpeech = speechAt;
const subjectBefore = subjectOfVerb;

/** A sentence-opening clause that a pronoun in it may point past: "Asked whether she …, ", "When he arrived, ". */
const FRONTED_CLAUSE = /^(?:Asked|When|After|Before|While|Although|Though|Once|Since)\b[^.;:!?“”"‘’,]{0,120},\s+/;
/**
 * A subordinate clause that opens a sentence ("As Minister A prepares to travel, Deputy B previewed …"): a
 * person it names is not the sentence's subject; the main clause's, right after the comma, is.
 */
const SUBORDINATE_OPENING = /^(?:As|When|After|Before|While|Although|Though|Once|Since|Because|Until|Unless)\b[^.;:!?“”"‘’,]{0,120},\s+/;
/** Prepositions after which an -ing speech verb is a gerund ("for adding", "by saying"), not someone speaking. */
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'without', 'from', 'of', 'about', 'on', 'in', 'upon', 'since']);
/** How far into its sentence a mention may start and still be taken for the sentence's subject. */
const SUBJECT_REACH = 40;

/** A sentence as attribution reads it: its words and mentions outside quotation marks, and who it makes salient. */
export interface SentenceReading {
  sentence: Span;
  paragraph: number;
  /** Tokens outside quotation marks. */
  toks: Token[];
  /** Mentions outside quotation marks that could be a subject (no objects, no owners). */
  mentions: Mention[];
  /** Salience events of the sentence so far, by position. */
  pending: SalienceEvent[];
  subject: SentenceSubject | null;
  /** Speech verbs and "according to" with their resolved subjects: who vouches for a figure in the sentence. */
  attributions: SentenceAttribution<Entity>[];
}

const eventOf = (pos: number, paragraph: number, entity: Entity, m: Mention, speaks = false): SalienceEvent =>
  ({ pos, paragraph, entity, mention: m.kind === 'person' || m.kind === 'description' ? m : null, speaks });

/**
 * Reads a sentence before its quotations are attributed: its subject (or the subject a fronted clause
 * points to, "Asked whether she …, Raghunathan laughed"), every speech verb with its subject, and the
 * source after "according to".
 */
export function readSentence(d: Discourse, s: Span, paragraph: number): SentenceReading {
  const { view } = d;
  const toks = outsideQuotes(view, s);
  const mentions = view.mentionsIn(s.start, s.end).filter((m) => !view.insideQuote(m.start) && !m.isObject && !m.isPossessive);
  const r: SentenceReading = { sentence: s, paragraph, toks, mentions, pending: [], subject: null, attributions: [] };
  readSubject(d, r);
  readSpeechVerbs(d, r);
  readAccordingTo(d, r);
  sortByPosition(r.pending);
  return r;
}

/** The tokens of sentence s outside quotation marks, in one pass over the article's tokens. */
function outsideQuotes(view: ArticleView, s: Span): Token[] {
  return view.tokensOutsideQuotes(s.start, s.end);
}

function readSubject(d: Discourse, r: SentenceReading): void {
  const { sentence: s, paragraph, mentions } = r;
  const firstM = mentions[0];
  // "Asked whether she was worried, Raghunathan laughed": a pronoun in a fronted clause points ahead
  // to the subject after the comma, and tells that subject's gender.
  const fronted = firstM?.kind === 'pronoun' ? FRONTED_CLAUSE.exec(d.view.body.slice(s.start, s.end)) : null;
  const mainSubject = fronted ? mentions.find((m) => m.start === s.start + (fronted[0] as string).length && m.kind === 'person') : undefined;
  if (mainSubject && firstM?.gender) {
    const e = d.resolve(mainSubject, r.pending);
    if (e?.kind === 'person' && (e.gender === null || e.gender === firstM.gender)) {
      const entity = d.withGender(e, firstM.gender);
      r.pending.push(eventOf(mainSubject.start, paragraph, entity, mainSubject));
      r.subject = subjectOf(mainSubject, entity, false, s, paragraph);
    }
  } else if (firstM && firstM.kind !== 'pronoun' && mainClauseSubject(d, r)) {
    return;
  } else if (firstM && (firstM.start - s.start < SUBJECT_REACH || firstM.start - subjectFrom(d.view.body, s, firstM) < SUBJECT_REACH)) {
    const e = d.resolve(firstM, r.pending);
    if (e) {
      r.pending.push(eventOf(firstM.start, paragraph, e, firstM));
      r.subject = subjectOf(firstM, e, false, s, paragraph);
    }
  }
}

/**
 * "As the Secretary Clinton prepares to travel, Assistant Secretary Johnnie Carson previewed the forum": when
 * the first person named stands in an opening subordinate clause and a person opens the main clause after its
 * comma, that person is the sentence's subject and the one a "he" or "she" after it goes on about.
 */
function mainClauseSubject(d: Discourse, r: SentenceReading): boolean {
  const { sentence: s, paragraph, mentions } = r;
  const opening = SUBORDINATE_OPENING.exec(d.view.body.slice(s.start, s.end));
  if (!opening) return false;
  const clauseEnd = s.start + opening[0].length;
  const main = mentions.find((m) => m.start === clauseEnd);
  if (main?.kind !== 'person' || (mentions[0] as Mention).start >= clauseEnd) return false;
  const e = d.resolve(main, r.pending);
  if (!e) return false;
  r.pending.push(eventOf(main.start, paragraph, e, main));
  r.subject = subjectOf(main, e, false, s, paragraph);
  return true;
}

/** A short opening phrase set off by a comma, no mention in it: "Shortly after the vote, ", "On Sunday night, ". */
const OPENING_PHRASE = /^[^,;:“”"‘’.!?]{2,60},\s+/;

/**
 * Where the subject of sentence s may start: after an opening phrase the first mention lies past
 * ("Shortly after the vote, Crimea's pro-Russian leader Sergei Aksyonov hailed …"), or after an opening
 * clause that names nobody ("As the Liberia reconstruction conference drew to a close Friday, U.N.
 * Development Group Chairman Mark Malloch Brown was ecstatic").
 */
function subjectFrom(body: string, s: Span, firstM: Mention): number {
  const opening = OPENING_PHRASE.exec(body.slice(s.start, Math.min(s.end, s.start + 64))) ?? SUBORDINATE_OPENING.exec(body.slice(s.start, firstM.start));
  const after = opening ? s.start + opening[0].length : s.start;
  return after <= firstM.start ? after : s.start;
}

function readSpeechVerbs(d: Discourse, r: SentenceReading): void {
  const { toks } = r;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!isSpeech(t, toks[i + 1])) continue;
    // "critical of the referee for adding six minutes": a gerund after a preposition reports no speech.
    if (/ing$/.test(t.lower) && GERUND_PREPOSITIONS.has(toks[i - 1]?.lower ?? '')) continue;
    // "Chen called for mutual respect … and said …": the sentence's subject speaks, however far back.
    const subj = subjectBefore(d.view, t, r.mentions, toks) ?? joinedSpeechSubject(d.view, r.sentence, t, toks[i - 1]);
    if (!subj) continue;
    const e = d.resolve(subj, r.pending, true);
    if (!e) continue;
    r.pending.push(eventOf(t.start, r.paragraph, e, subj, true));
    if (!r.subject) r.subject = subjectOf(subj, e, true, r.sentence, r.paragraph);
    else if (!r.subject.speaks && isSameEntity(r.subject.entity, e)) r.subject.speaks = true;
    r.attributions.push({ sentence: r.sentence, start: subj.start, end: t.end, entity: e });
  }
}

/** "according to Sarah Cole, chief economist…": the source of the sentence, whom a later "she" means. */
function readAccordingTo(d: Discourse, r: SentenceReading): void {
  const { view } = d;
  for (const cue of accordingToIn(view.body, r.sentence.start, r.sentence.end)) {
    if (view.insideQuote(cue.start)) continue;
    const from = cue.sourceStart;
    const am = view.mentionsIn(from, from + 80).find((x) => x.start <= from + 2 && (x.kind === 'person' || x.kind === 'description'));
    const e = am ? d.resolve(am, r.pending) : null;
    if (!am || !e) continue;
    r.pending.push(eventOf(am.start, r.paragraph, e, am, true));
    r.attributions.push({ sentence: r.sentence, start: cue.start, end: am.end, entity: e });
  }
}

/** The subject a sentence is about, as written by mention m. */
export function subjectOf(m: Mention, entity: Entity, speaks: boolean, sentence: Span, paragraph: number): SentenceSubject {
  return { entity, pronoun: m.kind === 'pronoun' ? m.gender : null, speaks, sentence, paragraph };
}
