import type { SentenceAttribution } from '../claims';
import type { PeopleIndex } from '../people';
import type { Paragraph } from '../text';
import type { AttributionMethod, Span } from '../types';
import { nextStop, speechBefore } from './clause';
import { Discourse } from './discourse';
import type { ContextDecision, Cue, QuoteSite } from './pass';
import { PASSES } from './passes';
import { cleanQuoteText, FRAGMENT_MAX_WORDS, hasAtMostWords } from './quote-text';
import { speakerSpanOf } from './speaker-span';
import { readSentence, subjectOf, type SentenceReading } from './sentence';
import { isSameEntity, sortByPosition, type Entity, type RawQuote } from './types';
import { ArticleView, type ArticleDoc } from './view';

export type { Entity, RawQuote } from './types';
export type { ArticleDoc } from './view';

/** How far past its sentence the clause after a closing mark may run ("…,” said X, who …). */
const CLAUSE_OVERRUN = 200;

/** Methods that say more than "anonymous" when the speaker is a description. */
const KEEPS_METHOD = new Set<AttributionMethod>(['continued', 'pronoun', 'label', 'statement', 'quoted-as-saying', 'roundup']);

/** What the passes decided for one quotation. */
interface Decision {
  speaker: Entity | null;
  method: AttributionMethod;
  pass: string;
  cue: Cue | null;
  mention: ContextDecision['mention'];
  text: string;
}

/**
 * Finds every quotation in one article and who said it. The article is read sentence by sentence;
 * each quotation is offered to the attribution passes in order (see passes/index.ts), and the pass that
 * decided is recorded with it.
 *
 * @example
 * const { quotes } = extractQuotes(doc, people);
 * quotes[0]?.pass // 'after-close' for "“We are ready,” Jane Doe said."
 */
export function extractQuotes(doc: ArticleDoc, people: PeopleIndex): { quotes: RawQuote[]; attributions: SentenceAttribution<Entity>[] } {
  const view = new ArticleView(doc);
  const d = new Discourse(view, people);
  const attributions: SentenceAttribution<Entity>[] = [];
  let lastParagraph = -1;
  for (const p of doc.paragraphs) {
    if (p.isJunk || view.captions.has(p.index)) continue;
    if (d.colonSpeaker && d.colonSpeaker.paragraph !== lastParagraph) d.colonSpeaker = null;
    lastParagraph = p.index;
    const sentences = doc.sentences[p.index] ?? [];
    for (const s of sentences) {
      const reading = readSentence(d, s, p.index);
      attributions.push(...reading.attributions);
      for (const q of view.quotesOf(s)) attributeQuote(d, p, reading, q);
      if (s === sentences[sentences.length - 1]) handOver(d, reading);
      d.prevSubject = reading.subject;
      d.history.push(...reading.pending);
    }
  }
  for (const q of d.quotes) q.speakerSpan = speakerSpanOf(d, q);
  return { quotes: d.quotes, attributions };
}

/**
 * A paragraph that ends handing over to the next one: "Ana Ruiz said:" or, as some copy writes it,
 * "Ana Ruiz stated," with nothing after the verb but the comma. Its speaker speaks in the quotation
 * that opens the next paragraph.
 */
function handOver(d: Discourse, reading: SentenceReading): void {
  const { view } = d;
  const s = reading.sentence;
  const text = view.body.slice(s.start, s.end);
  const isColon = /:\s*$/.test(text);
  if (!isColon && !/,\s*$/.test(text)) return;
  const found = speechBefore(view, s.end, s, reading.toks, reading.mentions);
  if (!isColon) {
    // A comma hands over only right after the verb: "Rathbun stated," not "Rathbun said the case, which …,".
    if (found && /^\s*,\s*$/.test(view.body.slice(found.end, s.end))) {
      const e = d.resolve(found.mention, reading.pending);
      d.colonSpeaker = e ? { entity: e, paragraph: reading.paragraph } : null;
    }
    return;
  }
  // "Yvette Cooper, who launched the white paper, made the point that …:" hands over without a speech
  // verb: the sentence's subject, when a person, speaks in the block it introduces.
  const subject = reading.subject?.entity.kind === 'person' && reading.subject.pronoun === null ? reading.subject.entity : null;
  const e = found ? d.resolve(found.mention, reading.pending) : subject;
  d.colonSpeaker = e ? { entity: e, paragraph: reading.paragraph } : null;
}

/** Runs the passes over one quotation, records it, and lets what it decided make its speaker salient. */
function attributeQuote(d: Discourse, p: Paragraph, reading: SentenceReading, q: QuoteSite['q']): void {
  const { view } = d;
  const s = reading.sentence;
  const sentenceStop = Math.min(s.end + CLAUSE_OVERRUN, p.end);
  const site: QuoteSite = {
    view, discourse: d, q, paragraph: p, reading,
    text: view.body.slice(q.contentStart, q.contentEnd),
    sentenceStop,
    closeStop: nextStop(view.body, q.close, sentenceStop),
  };
  const decision = runPasses(d, site);
  d.colonSpeaker = null;
  const { speaker, cue } = decision;
  const clauseEnd = Math.max(cue?.clauseEnd ?? q.close, q.close);
  const endSentence = view.doc.sentences[p.index]?.find((x) => x.start <= clauseEnd - 1 && clauseEnd - 1 < x.end) ?? s;
  d.quotes.push({
    text: cleanQuoteText(decision.text),
    start: q.contentStart,
    end: q.contentEnd,
    sentence: { start: s.start, end: Math.max(s.end, endSentence.end) },
    speaker,
    method: decision.method,
    pass: decision.pass,
    speakerMention: decision.mention,
    speakerSpan: null,
    isFragment: hasAtMostWords(decision.text, FRAGMENT_MAX_WORDS),
    isClosed: q.isClosed,
    paragraph: p.index,
    ...(q.label ? { label: q.label } : {}),
  });
  if (!speaker) return;
  reading.pending.push({ pos: q.open, paragraph: p.index, entity: speaker, mention: decision.mention, speaks: true });
  sortByPosition(reading.pending);
  updateSubject(d, reading, q, decision, s);
}

/** The cue passes until one finds a cue, then the context passes while nobody is found. */
function runPasses(d: Discourse, site: QuoteSite): Decision {
  const out: Decision = { speaker: null, method: 'none', pass: 'none', cue: null, mention: null, text: site.text };
  // Words quoted inside a turn are read with the turn's passes: the others would hear the turn's speaker.
  const isTurn = site.q.label !== undefined || site.q.isQuotedInTurn === true;
  for (const pass of PASSES) {
    if (isTurn !== (pass.kind === 'context' && pass.readsTurns === true)) continue;
    if (pass.kind === 'cue') {
      if (out.cue) continue;
      const cue = pass.find(site);
      if (!cue) continue;
      out.cue = cue;
      if (cue.text !== undefined) site.text = out.text = cue.text;
      out.speaker = d.resolve(cue.mention, site.reading.pending, true);
      out.method = cue.mention.kind === 'pronoun' && out.speaker ? 'pronoun' : cue.method;
      out.pass = pass.name;
      out.mention = cue.mention.kind === 'person' || cue.mention.kind === 'description' ? cue.mention : null;
      if (out.speaker) break;
      continue;
    }
    const found = pass.find(site);
    if (!found) continue;
    Object.assign(out, { speaker: found.entity, method: found.method, pass: pass.name, mention: found.mention });
    break;
  }
  if (!out.speaker) Object.assign(out, { method: 'none', pass: 'none', mention: null });
  else if (out.speaker.kind === 'description' && !KEEPS_METHOD.has(out.method)) out.method = 'anonymous';
  return out;
}

/**
 * A sentence whose speaker is named before the quotation, outside the marks, is about them ("X said she
 * had “doubts”"); so is one that opens with a quotation; a continued one goes on about the subject before it.
 */
function updateSubject(d: Discourse, reading: SentenceReading, q: QuoteSite['q'], decision: Decision, s: Span): void {
  const speaker = decision.speaker as Entity;
  const m = decision.cue?.mention;
  if (reading.subject) return;
  if (m && m.start >= s.start && m.end <= q.open && !d.view.insideQuote(m.start)) {
    reading.subject = subjectOf(m, speaker, true, s, reading.paragraph);
    return;
  }
  if (d.view.quotesOf(s)[0] !== q || !/^\s*$/.test(d.view.body.slice(s.start, q.open))) return;
  const prev = d.prevSubject;
  reading.subject = decision.method === 'continued' && prev && isSameEntity(prev.entity, speaker)
    ? { ...prev, sentence: s, paragraph: reading.paragraph }
    : { entity: speaker, pronoun: m?.kind === 'pronoun' ? m.gender : null, speaks: true, sentence: s, paragraph: reading.paragraph };
}
