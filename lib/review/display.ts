/**
 * Turning the generator's text into what a teacher reads: no file ids, and a cited sentence shown with the
 * words around it.
 */

/**
 * Removes article file ids that the generator appends to its source notes ("(Headline, 003_7dd9…)").
 *
 * @example
 * withoutArticleIds('“Hi.” (Talks resume, 003_7dd9)', ['003_7dd9']) // '“Hi.” (Talks resume)'
 */
export function withoutArticleIds(text: string, articleIds: Iterable<string>): string {
  let out = text;
  for (const id of articleIds) out = out.split(`, ${id})`).join(')');
  return out;
}

export interface CitationContext {
  before: string;
  sentence: string;
  after: string;
}

const CONTEXT_CHARS = 220;

/**
 * The cited sentence with the rest of its paragraph around it (cut at a word, at most about 220
 * characters each side), so a teacher can judge the question without opening the article.
 *
 * @example
 * citationContext('One.\nTwo three. Four.', 5, 15) // { before: '', sentence: 'Two three.', after: ' Four.' }
 */
export function citationContext(body: string, start: number, end: number): CitationContext {
  const from = Math.max(0, Math.min(start, body.length));
  const to = Math.max(from, Math.min(end, body.length));
  const lineStart = body.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = body.indexOf('\n', to);
  const lineEnd = nextBreak === -1 ? body.length : nextBreak;
  let before = body.slice(lineStart, from);
  let after = body.slice(to, lineEnd);
  if (before.length > CONTEXT_CHARS) before = `…${before.slice(before.indexOf(' ', before.length - CONTEXT_CHARS) + 1)}`;
  if (after.length > CONTEXT_CHARS) after = `${after.slice(0, after.lastIndexOf(' ', CONTEXT_CHARS))}…`;
  return { before, sentence: body.slice(from, to), after };
}

/**
 * A person tag's slug as a name, for when the people list does not have it.
 *
 * @example
 * nameFromSlug('antony-blinken') // 'Antony Blinken'
 */
export function nameFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
