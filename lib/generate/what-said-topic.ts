/** What a report is about, roughly: the words a what-said choice from another story must share with the asked report. */
import type { GenerateContext } from './context';
import { normalise } from './text';
import { memoByObjectAndKey } from './memo';

/** Content words a quotation from another story must share with the asked article to be a plausible option. */
export const MIN_TOPIC_WORDS = 2;
const TOPIC_STOP = new Set(['about', 'after', 'again', 'their', 'there', 'these', 'those', 'which', 'where', 'would', 'could', 'should', 'think', 'other', 'being', 'because', 'while', 'today', 'people', 'really', 'every', 'going', 'always', 'never', 'first', 'years', 'three', 'still']);

/** The words of five letters or more an article uses: what it is about, roughly. */
export const topicWords = memoByObjectAndKey(function topicWords(ctx: GenerateContext, articleId: string): Set<string> {
  return new Set(normalise(ctx.articles.get(articleId)?.body ?? '').split(' ').filter((w) => w.length >= 5 && !TOPIC_STOP.has(w)));
});

/**
 * How many of the topic's words the text uses.
 *
 * @example
 * sharedWords(topicWords(ctx, 'kremlin-2018'), 'Gas transit through Ukraine'); // → 1
 */
export function sharedWords(topic: Set<string>, text: string): number {
  return new Set(normalise(text).split(' ').filter((w) => w.length >= 5 && topic.has(w))).size;
}
