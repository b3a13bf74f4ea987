/** Text helpers shared by the question builders: normalisation for comparisons, citations. */
import type { ArticleInput, Span } from '@/lib/extract/types';
import { memoByObjectAndKey } from './memo';
import { pairedMarks } from './quote-marks';

/**
 * Lower-case, strip accents, unify quote marks and dashes, keep letters/digits, collapse spaces.
 * Used for every "is X inside Y" and "are X and Y the same" check, never for display.
 *
 * @example
 * normalise('Mr. Blinken’s “door”'); // → 'mr blinken s door'
 */
export function normalise(text: string): string {
  const hit = normaliseCache.get(text);
  if (hit !== undefined) return hit;
  // Libraries repeat names and quotations endlessly; a bounded memo keeps comparisons cheap.
  if (normaliseCache.size > 100_000) normaliseCache.clear();
  const out = normaliseUncached(text);
  normaliseCache.set(text, out);
  return out;
}

const normaliseCache = new Map<string, string>();

function normaliseUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * True when `needle` occurs in `haystack` as whole words, after normalisation.
 *
 * @example
 * containsWords('Mr Blinken said', 'blinken'); // → true
 * containsWords('Blinkenlights', 'blinken'); // → false
 */
export function containsWords(haystack: string, needle: string): boolean {
  const n = normalise(needle);
  if (!n) return false;
  return padded(haystack).includes(` ${n} `);
}

/** The normalised text between spaces, memoised: whole article bodies are searched thousands of times. */
function padded(text: string): string {
  let hit = paddedCache.get(text);
  if (hit === undefined) {
    if (paddedCache.size > 100_000) paddedCache.clear();
    paddedCache.set(text, (hit = ` ${normalise(text)} `));
  }
  return hit;
}

const paddedCache = new Map<string, string>();

/**
 * Shortens long text to `max` words, ending with an ellipsis, so choices stay readable.
 *
 * @example
 * truncateWords('one two three four', 2); // → 'one two…'
 */
export function truncateWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= max) return text.trim();
  return `${words.slice(0, max).join(' ').replace(/[,;:–—-]+$/, '')}…`;
}

/**
 * The smallest span covering all the given spans.
 *
 * @example
 * unionSpan({ start: 5, end: 9 }, { start: 2, end: 7 }); // → { start: 2, end: 9 }
 */
export function unionSpan(...spans: Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/**
 * The cited text, with line breaks flattened so that it reads as one quotation.
 *
 * @example
 * citedText(article, fact.sentence); // → 'Nato has put 8,500 troops on standby.'
 */
export const citedText = memoByObjectAndKey(
  (article: ArticleInput, span: Span): string => article.body.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
  (span) => span.start * 1_000_003 + span.end,
);

/** Escapes a string for use inside a RegExp: the extractor's, so both layers escape alike. */
export { escapeRegExp } from '@/lib/extract/chars';

/**
 * A URL-safe slug for tags.
 *
 * @example
 * slugify('The Hague'); // → 'the-hague'
 */
export function slugify(text: string): string {
  return normalise(text).replace(/ /g, '-');
}

/**
 * The sentence around a span: back to the previous sentence end or line break, forward to the next.
 * Used when a source names only a word (a spelling) but a citation must show its sentence.
 *
 * @example
 * sentenceAround('One. Mr Blinker said so. Two.', { start: 8, end: 15 }); // → { start: 5, end: 24 }
 */
export function sentenceAround(body: string, span: Span): Span {
  let start = span.start;
  while (start > 0) {
    const prev = body[start - 1] ?? '';
    if (prev === '\n' || (/\s/.test(prev) && /[.!?]["”’]?$/.test(body.slice(Math.max(0, start - 3), start - 1)))) break;
    start--;
  }
  let end = span.end;
  while (end < body.length) {
    const c = body[end] ?? '';
    if (c === '\n') break;
    if (/[.!?]/.test(c)) {
      end++;
      while (end < body.length && /["”’]/.test(body[end] ?? '')) end++;
      if (end >= body.length || /\s/.test(body[end] ?? '')) break;
      continue;
    }
    end++;
  }
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  return { start, end };
}

/**
 * Cited text in quotation marks for an explanation, unless it opens with its own mark: a sentence that is a
 * quotation ("“It sets out …,” Blinken said") would read ““It sets out …”” (blind-28).
 *
 * @example
 * inMarks('Talks resumed.') // → '“Talks resumed.”'
 * inMarks('“We agree,” he said.') // → '“We agree,” he said.'
 * inMarks('“We are delighted you came.') // → '“We are delighted you came.”'
 * inMarks('Carter said, “We had direct conversations.”') // → '‘Carter said, “We had direct conversations.”’'
 * inMarks('We had talks,” he said.') // → '“We had talks,” he said.'
 */
export function inMarks(cited: string): string {
  // Paired and curly first: a source's stray or straight mark is not glued onto the app's own (blind-37).
  const text = pairedMarks(cited);
  if (text.startsWith('“')) return text;
  // "Carter said, “We had …”" wrapped read “Carter said, “We had ….”” (round 8): a sentence holding a
  // quotation of its own goes in single marks, its words left as the source writes them.
  return text.includes('“') ? `‘${text}’` : `“${text}”`;
}
