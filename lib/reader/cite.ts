import type { Range } from './paragraphs';

/**
 * A link that opens an article at a sentence, highlighted, with the page to return to.
 *
 * @example
 * citeHref('talks-in-geneva', { start: 10, end: 42 }, '/timeline#m-1')
 * // '/articles/talks-in-geneva?cite=10-42&from=%2Ftimeline%23m-1#cited'
 */
export function citeHref(slug: string, range: Range, from?: string): string {
  const back = from ? `&from=${encodeURIComponent(from)}` : '';
  return `/articles/${slug}?cite=${range.start}-${range.end}${back}#cited`;
}

const BACK_LABELS: [RegExp, string][] = [
  [/^\/timeline/, 'Back to the timeline'],
  [/^\/people\/[^/?#]+/, 'Back to the person'],
  [/^\/people/, "Back to Who's who"],
  [/^\/conflicts\/[^/?#]+/, 'Back to the disagreement'],
  [/^\/conflicts/, 'Back to the disagreements'],
  [/^\/articles\/[^/?#]+\/questions/, 'Back to the questions'],
  [/^\/articles\//, 'Back to the article'],
  [/^\/library/, 'Back to the library'],
];

/** Words for a "back" link to a page of Cited. */
export function backLabel(path: string): string {
  return BACK_LABELS.find(([pattern]) => pattern.test(path))?.[1] ?? 'Back';
}
