/**
 * Speakers a report quotes in the same words as the asked quotation: "… brain damage in the next generation of
 * children born in this country" (Professor Eastman) beside "… putting the next generation of children born in
 * this country at risk" (Mu Li). Either could defensibly be taken for the speaker, so neither is offered for the other.
 */
import type { Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
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
  for (const o of ctx.quotes) {
    if (o.articleId !== q.articleId || !o.speakerId || o.speakerId === q.speakerId) continue;
    if ([...runsOf(o.text)].some((r) => runs.has(r))) out.add(o.speakerId);
  }
  return out;
}
