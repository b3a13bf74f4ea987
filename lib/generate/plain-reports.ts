/**
 * Whether a report that no machine translated writes some words: a translated sentence shown as it stands must be
 * printed word for word by such a report too. Asked per figure of a translated report, so the library's plain
 * bodies are normalised and indexed by word once per library instead of scanned one by one per question.
 */
import type { GenerateContext } from './context';
import { isMachineTranslated } from './body-lines';
import { memoByObject } from './memo';
import { normalise } from './text';

interface PlainIndex {
  /** The normalised bodies of the reports no machine translated. */
  bodies: string[];
  /** For each word, the bodies that write it, in order. */
  byWord: Map<string, number[]>;
}

const plainIndex = memoByObject((ctx: GenerateContext): PlainIndex => {
  const bodies = [...ctx.articles.values()].filter((a) => !isMachineTranslated(a)).map((a) => normalise(a.body));
  const byWord = new Map<string, number[]>();
  bodies.forEach((body, i) => {
    for (const word of body.split(' ')) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return { bodies, byWord };
});

/**
 * Whether a report of the library that no machine translated holds these normalised words. A word with a space
 * on each side of it is a whole word of any body that holds them, so only the bodies writing the rarest such
 * word are searched.
 *
 * @example
 * isInPlainReport(ctx, normalise('Kolb stressed that Velmar had massed 60,000 troops')); // → true when a reporter's copy says so
 */
export function isInPlainReport(ctx: GenerateContext, words: string): boolean {
  const { bodies, byWord } = plainIndex(ctx);
  let candidates: readonly number[] | null = null;
  for (const word of words.split(' ').slice(1, -1)) {
    if (!word) continue;
    const list = byWord.get(word) ?? [];
    if (!candidates || list.length < candidates.length) candidates = list;
  }
  if (!candidates) return bodies.some((body) => body.includes(words));
  return candidates.some((i) => (bodies[i] as string).includes(words));
}
