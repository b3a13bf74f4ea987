/**
 * The evidence a quotation question cites. A quotation attributed by a pronoun ("he said"), a role
 * ("the minister said") or a paragraph that continues an earlier one does not name its speaker; its
 * citation must also show the sentence that does, or a teacher cannot check the answer key.
 */
import type { Quote, Span } from '@/lib/extract/types';
import { isSentenceAbbreviation } from '@/lib/extract/lexicons/abbreviations';
import { isCaption } from '@/lib/extract/captions';
import { factsOfArticle, type GenerateContext } from './context';
import { escapeRegExp } from './text';

/** Dotted capitals ("U.S. officials") read as one word; the other abbreviations are the extractor's table. */
const DOTTED_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n']);
const isAbbreviation = (word: string) => isSentenceAbbreviation(word) || DOTTED_ABBREVIATIONS.has(word);

const sentenceCache = new Map<string, Span[]>();

/**
 * The sentences of an article body, as offsets: split at line breaks and at a full stop, question or
 * exclamation mark (and any closing quotation mark) followed by a capital or an opening mark.
 *
 * @example
 * sentencesOf('Mr. Blinken spoke. “Yes,” he said.\nNext.'); // → [{ start: 0, end: 18 }, { start: 19, end: 34 }, { start: 35, end: 40 }]
 */
export function sentencesOf(body: string): Span[] {
  const hit = sentenceCache.get(body);
  if (hit) return hit;
  if (sentenceCache.size > 5000) sentenceCache.clear();
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s] ?? '')) s++;
    while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const re = /\n|[.!?]+[”"’)\]]*(?=\s+[“"‘(\p{Lu}\d])/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0] !== '\n') {
      const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
      // "Mr. Blinken", "U.S. officials", "J. Smith": an abbreviation or an initial, not a sentence end.
      if (m[0] === '.' && (isAbbreviation(word) || isAbbreviation(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word))) continue;
    }
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(body.length);
  sentenceCache.set(body, out);
  return out;
}

/** How far back (in sentences) a speaker may have been named: a long continued quotation spans a few paragraphs. */
const MAX_SENTENCES_BACK = 12;

/** The extractor may say where it found the speaker (Quote.speakerSpan, an optional field of newer extractors). */
type QuoteWithSpeakerSpan = Quote & { speakerSpan?: Span | null };

/** Role words worth matching ("Secretary of State" in "US Secretary of State"): the office, not the country. */
function roleCore(role: string | null | undefined): string | null {
  const words = (role ?? '').replace(/^(the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
  const core = words.filter((w, i) => i > 0 || !/^(US|UK|EU|UN|NATO|[A-Z][a-z]+(?:an|ish|ese|ian|i))$/.test(w));
  return core.length ? core.join(' ') : null;
}

/**
 * Where the speaker of a quotation is named, when the quotation's own citation does not name them:
 * the extractor's `speakerSpan` when it gives one, else the nearest earlier sentence of the article that
 * names the speaker (for a quotation attributed by role, one that names them with that role, if any).
 * Returns `null` when the cited span already names the speaker, and `undefined` when no sentence does:
 * such a quotation cannot be asked, since nothing shows who said it.
 *
 * @example
 * speakerEvidence(ctx, truss3, quoteSpan); // → { start: 4083, end: 4311 } ("British Foreign Minister Liz Truss said: …")
 */
export function speakerEvidence(ctx: GenerateContext, q: Quote, cited: Span): Span | null | undefined {
  if (!q.speakerId) return undefined;
  const label = q.method === 'label' ? turnLabel(ctx, q) : undefined;
  if (label) return cited.start <= label.start && cited.end >= label.end ? null : label;
  const byRole = q.method === 'role' || rolePrecedes(ctx, q.articleId, cited, q.speakerId);
  return namingEvidence(ctx, q.articleId, cited, q.speakerId, { given: (q as QuoteWithSpeakerSpan).speakerSpan, byRole });
}

/** A transcript's speaker label at the head of a line: "PRESIDENT OBAMA: …", "MR. PRICE: …". */
const LABEL_HEAD = /^(\s*)([^\n:]{2,80}):/;

/**
 * The label of the transcript turn a quotation belongs to, when it names the speaker: in a transcript the
 * label is what shows who spoke; a sentence of another turn that names them ("Barack, you talked about …")
 * only addresses them (blind-33).
 *
 * @example
 * turnLabel(ctx, obamasThirdParagraph); // → the span of "PRESIDENT OBAMA:"
 */
function turnLabel(ctx: GenerateContext, q: Quote): Span | undefined {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const turns = factsOfArticle(ctx.quotes, q.articleId).filter((x) => x.method === 'label' && x.start <= q.start).sort((a, b) => a.start - b.start);
  let first = q;
  for (let i = turns.length - 1; i >= 0; i--) {
    const x = turns[i] as Quote;
    if (x.speakerId !== q.speakerId) break;
    first = x;
  }
  const lineStart = body.lastIndexOf('\n', first.start - 1) + 1;
  const m = LABEL_HEAD.exec(body.slice(lineStart, first.start));
  if (!m) return undefined;
  const text = m[2] as string;
  const person = ctx.people.byId.get(q.speakerId ?? '');
  const namesSpeaker = ctx.people.isMentionedIn(q.speakerId ?? '', text) || labelNamesFamily(text, person?.name ?? '');
  const start = lineStart + (m[1] as string).length;
  return namesSpeaker ? { start, end: start + text.length + 1 } : undefined;
}

/**
 * Whether a capitalised label gives the person's family name: the last word of "Antony Blinken" ("MR. BLINKEN:"),
 * or the first of a name written family name first ("PRESIDENT YOON:" for Yoon Suk Yeol, "PRESIDENT XI:").
 *
 * @example
 * labelNamesFamily('PRESIDENT YOON', 'Yoon Suk Yeol'); // → true
 */
export function labelNamesFamily(label: string, name: string): boolean {
  const parts = name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const words = label.toLowerCase().split(/[^\p{L}]+/u);
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (last && words.includes(last)) return true;
  // A given name alone is no label a transcript writes ("PRESIDENT JOE"), so the first word counts only in capitals.
  return parts.length > 1 && !!first && label === label.toUpperCase() && words.includes(first);
}

/**
 * Whether the sentence right before the quotation calls the speaker by their office ("The U.S. president said
 * … “…,” he added."): the "he" reaches the name through the office, so the naming sentence that gives the
 * office shows the link.
 */
function rolePrecedes(ctx: GenerateContext, articleId: string, cited: Span, personId: string): boolean {
  const body = ctx.articles.get(articleId)?.body ?? '';
  const role = roleCore(ctx.people.byId.get(personId)?.role);
  const previous = sentencesOf(body).filter((s) => s.end <= cited.start).pop();
  if (!role || !previous) return false;
  const text = body.slice(previous.start, previous.end);
  return new RegExp(`\\bthe ${escapeRegExp(role)}\\b`, 'i').test(text) && !ctx.people.isMentionedIn(personId, text);
}

/**
 * Where an article names a person, for a cited span that does not: `given` when it does name them, else
 * the nearest earlier sentence that does (with `byRole`, one that also gives their role, if any).
 * Null when the span names them itself; undefined when nothing before it does.
 *
 * @example
 * namingEvidence(ctx, '003_…', heRenewedAnOffer, 'antony-blinken'); // → the sentence "“It sets out …,” Mr Blinken told reporters …"
 */
export function namingEvidence(
  ctx: GenerateContext, articleId: string, cited: Span, personId: string, options: { given?: Span | null; byRole?: boolean } = {},
): Span | null | undefined {
  const article = ctx.articles.get(articleId);
  if (!article) return undefined;
  const names = (span: Span) => ctx.people.isMentionedIn(personId, article.body.slice(span.start, span.end));
  if (names(cited)) return null;
  const given = options.given;
  if (given && given.end > given.start && given.end <= article.body.length && names(given) && !inCaption(article.body, given)) return { start: given.start, end: given.end };
  const before = sentencesOf(article.body).filter((s) => s.end <= cited.start).slice(-MAX_SENTENCES_BACK).reverse();
  // A photo caption names the person it shows, but describes a picture: a teacher checks the key in the story.
  const naming = before.filter((s) => names(s) && !inCaption(article.body, s));
  let found = naming[0];
  if (options.byRole) {
    const role = roleCore(ctx.people.byId.get(personId)?.role);
    found = (role ? naming.find((s) => article.body.slice(s.start, s.end).toLowerCase().includes(role.toLowerCase())) : undefined) ?? found;
  }
  return found ? wholeQuotedSentence(ctx, articleId, found, cited) : undefined;
}


/**
 * A sentence split inside a quotation ("… is unacceptable. There is no justification …") is widened to
 * the sentence the extractor cited for that quotation, so the evidence reads as the article wrote it.
 */
function wholeQuotedSentence(ctx: GenerateContext, articleId: string, span: Span, cited: Span): Span {
  let out = span;
  for (const f of factsOfArticle(ctx.quotes, articleId)) {
    const s = f.sentence;
    if (s.start <= span.start && s.end >= span.end && s.end <= cited.start && s.end - s.start > out.end - out.start) out = s;
  }
  return { start: out.start, end: out.end };
}

/**
 * Whether a sentence lies in a photo caption: its line ends with a photographer's credit and quotes no one
 * ("U.S. President Donald Trump meets … June 30, 2019. REUTERS/Kevin Lamarque.", blind-32), or has the AP caption's
 * dated close (", Dec. 21, 2017, in Bethesda, Md."): the extractor's rule (lib/extract/captions.ts).
 *
 * @example
 * inCaption('Lee meets Kim in Seoul, May 2, 2019. REUTERS/Jo Park.\nLee said so.', { start: 0, end: 36 }); // → true
 */
export function inCaption(body: string, s: Span): boolean {
  const start = body.lastIndexOf('\n', s.start - 1) + 1;
  const next = body.indexOf('\n', s.end);
  const end = next < 0 ? body.length : next;
  const line = body.slice(start, end).trimEnd();
  return isCaption(body, start, start + line.length);
}

