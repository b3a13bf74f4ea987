/**
 * Speakers a report quotes in the same words as the asked quotation: "… brain damage in the next generation of
 * children born in this country" (Professor Eastman) beside "… putting the next generation of children born in
 * this country at risk" (Mu Li). Either could defensibly be taken for the speaker, so neither is offered for the other.
 */
import type { Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { memoByObject } from './memo';
import { normalise } from './text';

/** Consecutive words two quotations must share to say the same thing. */
const ECHO_WORDS = 7;

/** Every run of ECHO_WORDS consecutive words of a text, normalised. */
function runsOf(text: string): Set<string> {
  const words = normalise(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + ECHO_WORDS <= words.length; i++) out.add(words.slice(i, i + ECHO_WORDS).join(' '));
  return out;
}

/** Per library: each report's quoted speakers with the word runs of their quotations, read once, not per question. */
const runsByArticle = memoByObject(function runsByArticle(ctx: GenerateContext): Map<string, { speakerId: string; runs: Set<string> }[]> {
  const out = new Map<string, { speakerId: string; runs: Set<string> }[]>();
  for (const o of ctx.quotes) {
    if (!o.speakerId) continue;
    const list = out.get(o.articleId) ?? [];
    list.push({ speakerId: o.speakerId, runs: runsOf(o.text) });
    out.set(o.articleId, list);
  }
  return out;
});

/**
 * The ids of other people the quotation's own report quotes with a run of seven words of it.
 *
 * @example
 * echoingSpeakers(ctx, eastmanQuote, eastmanText); // → Set { 'mu-li' }
 */
export function echoingSpeakers(ctx: GenerateContext, q: Quote, text: string): Set<string> {
  const runs = runsOf(text);
  const out = new Set<string>();
  if (runs.size === 0) return out;
  for (const o of runsByArticle(ctx).get(q.articleId) ?? []) {
    if (o.speakerId === q.speakerId) continue;
    if ([...o.runs].some((r) => runs.has(r))) out.add(o.speakerId);
  }
  return out;
}
