import { isCutEnding } from './cut-ending';
import { foreignQuoteEntry } from './foreign-quotes';
import { numberedStatementsOf } from './numbered-statement';
import { pressPointOpening } from './press-point-opening';
import { remarksByline } from './remarks-byline';
import { NAME_ABBREVIATIONS } from './lexicons/abbreviations';
import { QUOTED_TEXT_NOUNS } from './lexicons/speech-nouns';
import { inlinePostEntry, readsAsTranslation, roundupEntriesOf, translationEntry } from './roundup-entries';
import { SPEECH_VERBS } from './lexicons/speech-verbs';
import { isStatementLead, runsToEnd } from './statement-run';
import { introOf } from './turn-intros';
import type { Paragraph, QuoteSpan } from './text';
import { FIRST_PERSON, dotLabelsOf, isOtherLabel, isTranscript, labelOf, openingLabelAt, type FoundLabel, type SpeakerLabel } from './turn-labels';

/**
 * Transcripts and interviews: paragraphs opened by a speaker label ("MR. PRICE: Good afternoon.",
 * "Q Hello.", "Andrew Marr: Welcome.", "AM: So what …", "William Hague (Foreign Secretary): Thank you.").
 * What follows a label, and every paragraph after it until the next label, is that speaker's words:
 * quotations without quotation marks.
 */


/**
 * The quotations of a transcript: one per paragraph of each speaker's turn, with the turn's label.
 * An article is read as a transcript when two paragraphs open with a label in capitals ("MR. PRICE:",
 * "Q"), when one label tells it by itself (a courtesy title or a post before the name, "MR PRICE:",
 * "ACTING ADMINISTRATOR SLAVITT:", a translator's note, Hansard's "The Minister (Mr X):"), or when two
 * different people are labelled by name ("Vladimir Putin:" … "Recep Tayyip Erdogan:"). A single
 * "WASHINGTON:" or a repeated "Sahel:" headline never makes one. Speeches and statements introduced
 * without marks ("Defence Secretary Gavin Williamson said:", "Transcript of press conference with
 * Prime Minister, David Cameron") are turns too, as long as they speak in the first person.
 *
 * @example
 * const body = 'MR PRICE: Good afternoon.\n\nQ: Thanks.\n\nMR PRICE: Next question.';
 * findTurns(body, paragraphsOf(body)).map((t) => t.label?.text) // ['MR PRICE', 'Q', 'MR PRICE']
 */
export function findTurns(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const handles = lineLabelsOf(body, paragraphs);
  const read = paragraphs.map((p, i) => (p.isJunk || handles[i] ? null : labelOf(body, p)));
  const dots = dotLabelsOf(body, paragraphs, read);
  const labels: (FoundLabel | null)[] = read.map((l, i) => l ?? dots[i] ?? null);
  if (!isTranscript(labels.filter((l): l is FoundLabel => l !== null))) {
    const opening = openingLabelAt(body, paragraphs, labels);
    for (let i = 0; i < labels.length; i++) if (i !== opening) labels[i] = null;
  }
  const intros = paragraphs.map((p) => introOf(body, paragraphs, p));
  if (labels.some((l) => l !== null) && intros[0] === null) intros[0] = remarksByline(body, paragraphs);
  if (!labels.some((l) => l !== null) && !intros.some((l) => l !== null) && !handles.some((l) => l !== null)) {
    // A press point copied without labels: its heading names who may speak, its opening address tells who does.
    const opening = pressPointOpening(body, paragraphs);
    if (!opening) return [];
    intros[opening.paragraph] = opening.label;
  }
  const out: QuoteSpan[] = [];
  let current: SpeakerLabel | null = null;
  for (const p of paragraphs) {
    const handle = handles[p.index];
    if (handle) {
      // A tweet is one line: the paragraph after it is the reporter's again.
      // A roundup's label is the name alone; its words start after the outlet's colon.
      const colon = handle.isRoundupLine ? /: +/.exec(body.slice(handle.end, p.end)) : null;
      const contentStart = handle.entryStart ?? (handle.isSignedPost ? p.start : colon ? handle.end + colon.index + colon[0].length : handle.end);
      const contentEnd = handle.entryEnd ?? p.end;
      out.push({ open: p.start, close: p.end, contentStart, contentEnd, isClosed: true, paragraph: p.index, opensParagraph: false, label: handle });
      current = null;
      continue;
    }
    const label = labels[p.index] ?? null;
    const intro = intros[p.index] ?? null;
    if (label) current = label;
    else if (intro) {
      current = intro;
      continue;
    } else if (p.isJunk) {
      continue;
    } else if (TRANSCRIPT_END.test(body.slice(p.start, p.start + 12))) {
      current = null;
      continue;
    } else if (isOtherLabel(body.slice(p.start, p.start + 120))) {
      // A label not read ends a turn; inside a speech it is a line of page furniture ("Read 'Rede von …'").
      if (!current?.isIntro) current = null;
      continue;
    }
    if (!current) continue;
    const speaks = (x: Paragraph | undefined) => x !== undefined && !x.isJunk && !labels[x.index] && !intros[x.index] && speaksFirstHand(body, x);
    // A speech handed over by "X said:" goes on only while it speaks in the first person, without marks of its own:
    // its first paragraph always does, and so does a plain one between two that speak ("On 16 December, the court …").
    const isFirst = out[out.length - 1]?.label !== current;
    // Under a speaker's name and post, the place and date lines ("Treaty Room", "April 15, 2009") come before the speech.
    if (!label && current.skipsHeader && current.needsFirstPerson && isFirst && !speaks(p)) continue;
    // The body's last line cut short by the excerpt ("To then be further selected as … Captain fill") may have lost its "I".
    const isCut = p.index === paragraphs.length - 1 && isCutEnding(body.slice(p.start, p.end));
    // A post in another script, then the article's translation of it: the same writer's words, in whatever person.
    const last = out[out.length - 1];
    const isTranslation = !label && last?.label === current && last.paragraph === p.index - 1 && isTranslationOf(body, last, p);
    // A statement's last paragraph ("Details will be confirmed in due course."), after one that speaks, is its close.
    const closes = current.needsFirstPerson === true && !label && !isFirst && last?.paragraph === p.index - 1 && !speaks(p)
      && speaks(paragraphs[p.index - 1]) && closesStatement(body, paragraphs, p, current.text);
    // A spokesperson's statement in the third person ("The leaders welcomed …") is hers to the body's end when no reporter interrupts.
    const isStatement = !label && isStatementLead(current) && runsToEnd(body, paragraphs, p, current);
    if (!label && !isTranslation && !isStatement && current.needsFirstPerson && !(speaks(p) || closes || (!/^[“"‘]/.test(body.slice(p.start, p.start + 1)) && (isFirst || isCut || speaks(paragraphs[p.index + 1]))))) {
      current = null;
      continue;
    }
    // "“We will meet in Lund,” President Ana Ruiz said.": a quotation the reporter attributes ends the turn above it.
    if (!label && NARRATED_QUOTE.test(body.slice(p.start, p.end))) {
      current = null;
      continue;
    }
    // A photo caption between a speaker's paragraphs ("Russian President Vladimir Putin.") is no part of the turn.
    if (!label && NAME_LINE.test(body.slice(p.start, p.end))) continue;
    const contentStart = label ? label.end : p.start;
    if (contentStart >= p.end) continue;
    out.push({
      open: p.start, close: p.end, contentStart, contentEnd: p.end, isClosed: true, paragraph: p.index, opensParagraph: false, label: current,
    });
    // "BARACK OBAMA: “I am pleased …”": a broadcast's clip in marks is the whole turn; the narration follows it.
    if (current.isOnePost || closes || (label && QUOTED_CLIP.test(body.slice(contentStart, p.end)))) current = null;
  }
  return out;
}

/** What a reporter's narration has and a statement's closing lines lack: a verb reporting speech, marks, "he" or "she". */
const NARRATION = /\b(?:said|says|told|tells|added|adds|according to|he|she|his|her|him|He|She|His|Her)\b|[“”"]|:$/;

/**
 * Whether paragraph p closes a statement handed over by `lead` ("An FCO spokeswoman said"): the body's last prose,
 * with page furniture and nothing else after it (junk, or a short line of capitalised words and numbers, "Published
 * 4 March 2017"), reporting no speech and naming no word of the lead-in ("the Defence Secretary watched …" is the
 * reporter's). A last line with no furniture after it ("The ships sail on Monday.") stays the reporter's.
 */
function closesStatement(body: string, paragraphs: Paragraph[], p: Paragraph, lead: string): boolean {
  const text = body.slice(p.start, p.end);
  if (NARRATION.test(text)) return false;
  const words = new Set(text.split(/[^\p{L}\p{N}'’-]+/u));
  if (lead.split(/[^\p{L}\p{N}'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w) && words.has(w))) return false;
  // The page's end kept ("Published …") shows where the story ends; a body that just stops may have lost it.
  const rest = paragraphs.slice(p.index + 1);
  return rest.length > 0 && rest.every((x) => {
    const line = body.slice(x.start, x.end);
    return x.isJunk || (line.split(/\s+/).length <= 8 && !/(?<![\p{L}'’-])\p{Ll}/u.test(line));
  });
}

/** Whether paragraph p, in Latin script and prose, follows a turn's paragraph written in another script: its translation. */
function isTranslationOf(body: string, turn: QuoteSpan, p: Paragraph): boolean {
  return readsAsTranslation(body.slice(turn.contentStart, turn.contentEnd), body.slice(p.start, p.end));
}

/** A paragraph that speaks in the first person, outside any marks of its own. */
function speaksFirstHand(body: string, p: Paragraph): boolean {
  // "An announcement of Bakiev that “we can see …” has aroused indignation": a first person inside marks is the quoted speaker's.
  const text = body.slice(p.start, p.end);
  return FIRST_PERSON.test(text.replace(/“[^“”]*”|"[^"]*"/g, '')) && !/^[“"‘]/.test(text);
}

/** A turn's words all inside one pair of quotation marks. */
const QUOTED_CLIP = /^\s*["“][^"“”]+["”]\s*$/;

/** A paragraph opening with a quotation, then the reporter's "…,” Name said" or "…,” said Name". */
const NARRATED_QUOTE = /^[“"][^”"\n]{10,}[,.!?]?[”"]\s*,?\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:said|says|told|added)\b|(?:said|says|added)\s+\p{Lu})/u;

/** A line of three or more capitalised words and nothing else: a caption's name, not speech. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]*(?:,? (?:of |the )?\p{Lu}[\p{L}'’.-]*){2,8}\.?$/u;

/** Lines that close a transcript: "END 3:15 P.M. EST", "###". */
const TRANSCRIPT_END = /^(?:END\b|#{3}|\*\s*\*\s*\*|[—–-]{2,})/;

/** "@Moawen: While Bahrain claims …", "@Saudiwoman [4]: …": a tweet quoted on a line of its own, after its handle (and a copied page's link number). */
const HANDLE_LINE = /^@([\p{L}\p{N}_-]{1,30})(?: ?\[\d{1,3}\])?: +(?=\S)/u;

/** "Ana Ruiz, El País: The budget …": an opinion roundup's line, a name of two to four words and the outlet, no marks. */
const ROUNDUP_LINE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), (?:the )?\p{Lu}[^:,“”"\n]{1,50}: +(?=\p{Lu})/u;

/**
 * Lines that each quote one source without marks: a tweet after its handle, and a roundup's
 * "Name, Outlet: …" lines when two or more name different people (one such line may be a dateline).
 */
function lineLabelsOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const out = paragraphs.map((p): SpeakerLabel | null => {
    if (p.isJunk) return null;
    const head = body.slice(p.start, Math.min(p.end, p.start + 120));
    const handle = head.startsWith('@') ? HANDLE_LINE.exec(head) : null;
    if (handle) return { start: p.start, end: p.start + handle[0].length, text: `@${handle[1] as string}`, isIntro: true, isHandle: true };
    const roundup = head.includes(': ') && head.includes(', ') ? ROUNDUP_LINE.exec(head) : null;
    const name = roundup?.[1] as string;
    return roundup ? { start: p.start, end: p.start + name.length, text: name, isIntro: true, isRoundupLine: true } : null;
  });
  const names = new Set(out.flatMap((l) => (l?.isRoundupLine ? [l.text] : [])));
  const lines = names.size >= 2 ? out : out.map((l) => (l?.isRoundupLine ? null : l));
  const entries = roundupEntriesOf(body, paragraphs);
  const points = numberedStatementsOf(body, paragraphs);
  const labels: (SpeakerLabel | null)[] = [];
  // In order, so that a translation finds the label of the post before it.
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    labels.push(lines[i] ?? signedPost(body, paragraphs, i) ?? translationEntry(body, paragraphs, labels, i) ?? entries[i] ?? points[i] ?? inlinePostEntry(body, p)
      ?? foreignQuoteEntry(body, paragraphs, i));
  }
  return labels;
}

/** "— Richard Roe (@richroe) November 16, 2015": the signature a tweet embedded in a page ends with, on a line of its own. */
export const POST_SIGNATURE = /^[—–-]\s*(\p{Lu}[^()\n]{0,58}?)\s+\(@[\p{L}\p{N}_]{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/u;

/** The post of paragraph i when the line after it is its signature, labelled with the signer's name; null otherwise. */
function signedPost(body: string, paragraphs: Paragraph[], i: number): SpeakerLabel | null {
  const p = paragraphs[i] as Paragraph;
  const next = paragraphs[i + 1];
  if (p.isJunk || !next || (body.charCodeAt(next.start) < 0x2000 && body[next.start] !== '-')) return null;
  const sig = POST_SIGNATURE.exec(body.slice(next.start, next.end));
  if (!sig || POST_SIGNATURE.test(body.slice(p.start, p.end))) return null;
  const start = next.start + sig[0].indexOf(sig[1] as string);
  return { start, end: start + (sig[1] as string).length, text: sig[1] as string, isSignedPost: true };
}

/**
 * The quotations of an article with its transcript turns: a quotation inside a turn is part of what
 * the speaker said, so the turn stands for it.
 */
export function withTurns(spans: QuoteSpan[], turns: QuoteSpan[], body = ''): QuoteSpan[] {
  if (turns.length === 0) return spans;
  const turnOf = new Map(turns.map((t) => [t.paragraph, t]));
  const kept: QuoteSpan[] = [];
  for (const s of spans) {
    const turn = turnOf.get(s.paragraph);
    if (!turn) kept.push(s);
    else if (s.isClosed && quotesNamedSource(body, turn, s)) kept.push({ ...s, isQuotedInTurn: true });
  }
  return [...kept, ...turns].sort((a, b) => a.open - b.open);
}

/** Where the last clause of a text starts: after its last full stop that ends no abbreviation ("Dr. Johnson"). */
function clauseStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(/([\p{L}]*)[.!?;]\s+/gu)) {
    if (!NAME_ABBREVIATIONS.words.has((m[1] as string).toLowerCase())) start = (m.index as number) + m[0].length;
  }
  return start;
}

/** A verb of saying closing the words before a quotation: "it was Dr. Johnson who said, “", "as Ana Ruiz put it: “". */
const CUE_BEFORE_MARK = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join('|')}|put it)[,:]?\s*$`);
/** The turn's speaker as the subject of that verb: "as I said, “…”" is his own words again. */
const FIRST_PERSON_CUE = /\b(?:I|we|you)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:\s+it)?[,:]?\s*$/u;

/**
 * Whether a quotation inside a turn is someone else's: its clause ends in a verb of saying and holds a
 * capitalised word after its first ("Ladies and gentlemen, it was Dr. Johnson who said,"), or the speaker
 * recites a text he names (a poem, a proverb).
 */
function quotesNamedSource(body: string, turn: QuoteSpan, s: QuoteSpan): boolean {
  const before = body.slice(turn.contentStart, s.open);
  const at = clauseStart(before);
  const clause = before.slice(at);
  if (recitesText(before.slice(clauseStart(before.slice(0, at).replace(/[.!?;]\s*$/, ''))), clause)) return true;
  if (!CUE_BEFORE_MARK.test(clause) || FIRST_PERSON_CUE.test(clause)) return false;
  return /\s(?!I\b)\p{Lu}[\p{L}'’.-]*/u.test(clause.trim().replace(/^\S+/, ''));
}

/**
 * "There is a well known poem about just this. … in Russian it is very convincing: “…”": a text the speaker
 * recites, named in this sentence or the one before, and a colon handing over to it. Its words are not his.
 */
function recitesText(sentences: string, clause: string): boolean {
  return /:\s*$/.test(clause) && sentences.toLowerCase().split(/[^\p{L}]+/u).some((w) => QUOTED_TEXT_NOUNS.has(w));
}
