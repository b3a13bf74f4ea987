import type { Range } from './paragraphs';

/**
 * Where, inside a sentence, the first of some phrases is written (case aside): the words a reader sees
 * marked for a meeting ("the NATO-Russia Council", else "Brussels"). Null when none is there.
 *
 * @example
 * phraseIn('They met in Geneva on Monday.', { start: 0, end: 29 }, ['talks', 'Geneva']) // { start: 12, end: 18 }
 */
export function phraseIn(body: string, sentence: Range, phrases: readonly (string | null)[]): Range | null {
  const text = body.slice(sentence.start, sentence.end).toLowerCase();
  for (const phrase of phrases) {
    const wanted = phrase?.trim().toLowerCase();
    if (!wanted) continue;
    const at = text.indexOf(wanted);
    if (at !== -1) return { start: sentence.start + at, end: sentence.start + at + wanted.length };
  }
  return null;
}

/**
 * Which of a person's names each article writes, with where it first appears: the aliases "as the
 * articles write them". A name counts only as whole words.
 *
 * @example
 * namesWritten(['Antony Blinken', 'Blinken'], [{ id: 'a', body: 'Mr Blinken said' }]) // [{ name: 'Blinken', articleId: 'a', start: 3, end: 10 }]
 */
export function namesWritten(names: readonly string[], articles: readonly { id: string; body: string }[]): { name: string; articleId: string; start: number; end: number }[] {
  const found: { name: string; articleId: string; start: number; end: number }[] = [];
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
    for (const article of articles) {
      const match = pattern.exec(article.body);
      if (match) found.push({ name, articleId: article.id, start: match.index, end: match.index + name.length });
    }
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
