/**
 * Whether a report that no machine translated writes some words: a translated sentence shown as it stands must be
 * printed word for word by such a report too. Asked per figure of a translated report, so the library's plain
 * bodies are normalised and joined once per library instead of scanned one by one per question.
 */
import type { GenerateContext } from './context';
import { isMachineTranslated } from './body-lines';
import { memoByObject } from './memo';
import { normalise } from './text';

/**
 * The normalised bodies of the library's reports no machine translated, one per line (normalised text has no
 * line breaks, so no match spans two reports), or null when there are none.
 */
const plainBodies = memoByObject((ctx: GenerateContext): string | null => {
  const bodies = [...ctx.articles.values()].filter((a) => !isMachineTranslated(a)).map((a) => normalise(a.body));
  return bodies.length > 0 ? bodies.join('\n') : null;
});

/**
 * Whether a report of the library that no machine translated holds these normalised words.
 *
 * @example
 * isInPlainReport(ctx, normalise('Kolb stressed that Velmar had massed 60,000 troops')); // → true when a reporter's copy says so
 */
export function isInPlainReport(ctx: GenerateContext, words: string): boolean {
  return plainBodies(ctx)?.includes(words) ?? false;
}
